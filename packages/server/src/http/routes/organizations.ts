// Routes for an organisation's settings: the default sharing of its invite-only courses with other
// organisations' paths.
import { z } from 'zod';
import { FORMAT_LIMITS } from '@learning-paths/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organizationSharing } from '../../services/catalog/course-sharing.ts';
import { shareOrganizationCourses } from '../../services/catalog/share-organization-courses.ts';
import { requestContext, security, useCaseContext } from '../request-context.ts';

/** A sharing list in requests and answers; courses.ts uses it too. */
export const organisations = z
  .array(z.string().min(1).max(FORMAT_LIMITS.keyLength))
  .max(1_000)
  .meta({ description: 'Organisations (the org part of course keys), or ["*"] for every organisation' });
const params = z.object({
  org: z.string().max(FORMAT_LIMITS.keyLength).meta({ description: 'The org part of course keys' }),
});
const sharingView = z.object({
  org: z.string(),
  shareInviteOnlyCoursesWith: organisations,
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const organizationRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    '/api/v1/organizations/:org/sharing',
    {
      schema: {
        tags: ['catalog'],
        summary: "Which organisations' paths may use this organisation's invite-only courses by default",
        description: 'Empty (no one) until its authors share them.',
        security,
        params,
        response: { 200: sharingView },
      },
    },
    async (request) => {
      const { data, caller } = requestContext(request);
      await caller();
      return organizationSharing(data, request.params.org);
    },
  );

  app.put(
    '/api/v1/organizations/:org/sharing',
    {
      schema: {
        tags: ['catalog'],
        summary: "Say which organisations' paths may use this organisation's invite-only courses by default",
        description:
          'Authors of the organisation and admins. Applies to its invite-only courses without a list of their own (PUT /api/v1/courses/{key}/sharing).',
        security,
        params,
        body: z.strictObject({ shareInviteOnlyCoursesWith: organisations }),
        response: { 200: sharingView },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return shareOrganizationCourses({
        data,
        actor,
        org: request.params.org,
        shareWith: request.body.shareInviteOnlyCoursesWith,
        now,
      });
    },
  );
  return Promise.resolve();
};
