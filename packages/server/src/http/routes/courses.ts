// Routes for the course catalog: import (create or update, in bulk), list, read, and who may use
// a course while it is invite-only.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { COURSE_TITLE_LENGTH, importCourses } from '../../services/catalog/import-courses.ts';
import { courseSharing } from '../../services/catalog/course-sharing.ts';
import { shareCourse } from '../../services/catalog/share-course.ts';
import { requestContext, security, useCaseContext } from '../request-context.ts';
import { organisations } from './organizations.ts';
import { FORMAT_LIMITS, joinPointer } from '@learning-paths/core';

const isoTime = z.iso.datetime({ offset: true }).nullable().optional();
const courseRow = z.strictObject({
  key: z.string().meta({ description: 'course-v1:org+number+run' }),
  title: z.string().min(1).max(COURSE_TITLE_LENGTH),
  startsAt: isoTime,
  endsAt: isoTime,
  lmsUrl: z.string().max(2000).nullable().optional(),
  inviteOnly: z.boolean().optional(),
});
const course = z.object({
  key: z.string(),
  title: z.string(),
  org: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  lmsUrl: z.string().nullable(),
  inviteOnly: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const sharingView = z.object({
  course: z.string(),
  org: z.string(),
  inviteOnly: z.boolean(),
  sharedWith: organisations
    .nullable()
    .meta({ description: "The course's own list; null when it follows its organisation's default" }),
  organizationDefault: organisations,
  effective: organisations.meta({ description: 'The list in force' }),
});

export const courseRoutes: FastifyPluginAsyncZod = (app) => {
  app.post(
    '/api/v1/courses',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Create or update courses (up to 10,000 a request)',
        description:
          'All or nothing: one bad row refuses the request with 422 and every problem at its pointer.',
        security,
        body: z.object({ courses: z.array(courseRow).min(1).max(10_000) }),
        response: { 200: z.object({ saved: z.number().int() }) },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return { saved: await importCourses({ data, actor, rows: request.body.courses, now }) };
    },
  );

  app.get(
    '/api/v1/courses',
    {
      schema: {
        tags: ['catalog'],
        summary: 'List catalog courses',
        security,
        querystring: z.object({
          org: z.string().max(FORMAT_LIMITS.keyLength).optional(),
          search: z.string().max(200).optional().meta({ description: 'Part of the title or key, any case' }),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({
            items: z.array(course),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { data, caller } = requestContext(request);
      await caller();
      const { org, search, limit, offset } = request.query;
      const page = await data.courses.list({
        limit,
        offset,
        ...(org ? { org } : {}),
        ...(search ? { search } : {}),
      });
      return { ...page, limit, offset };
    },
  );

  app.put(
    '/api/v1/courses/:key',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Create or update one course',
        security,
        params: z.object({ key: z.string() }),
        body: courseRow.omit({ key: true }),
        response: { 200: course },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      await importCourses({
        data,
        actor,
        rows: [{ ...request.body, key: request.params.key }],
        now,
        // One course as the body; its key is the address's, where no pointer into the body reaches.
        pointer: (_, field) => (field === 'key' ? '' : joinPointer('', field)),
      });
      return (await data.courses.get(request.params.key))!;
    },
  );

  app.get(
    '/api/v1/courses/:key',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Read a catalog course',
        security,
        params: z.object({ key: z.string() }),
        response: { 200: course },
      },
    },
    async (request) => {
      const { data, caller } = requestContext(request);
      await caller();
      const found = await data.courses.get(request.params.key);
      if (!found) throw new AppError('not_found', `no course has the key ${request.params.key}`);
      return found;
    },
  );

  app.get(
    '/api/v1/courses/:key/sharing',
    {
      schema: {
        tags: ['catalog'],
        summary: "Which organisations' paths may use the course while it is invite-only",
        security,
        params: z.object({ key: z.string() }),
        response: { 200: sharingView },
      },
    },
    async (request) => {
      const { data, caller } = requestContext(request);
      await caller();
      return courseSharing(data, request.params.key);
    },
  );

  app.put(
    '/api/v1/courses/:key/sharing',
    {
      schema: {
        tags: ['catalog'],
        summary: "Say which organisations' paths may use the course while it is invite-only",
        description:
          "Authors of the course's organisation and admins. `null` goes back to the organisation's default (PUT /api/v1/organizations/{org}/sharing). Paths that stop being allowed keep their steps, but learners can no longer start them.",
        security,
        params: z.object({ key: z.string() }),
        body: z.strictObject({ sharedWith: organisations.nullable() }),
        response: { 200: sharingView },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return shareCourse({ data, actor, key: request.params.key, sharedWith: request.body.sharedWith, now });
    },
  );
  return Promise.resolve();
};
