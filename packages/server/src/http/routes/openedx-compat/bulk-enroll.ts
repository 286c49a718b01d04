// `enrollments/bulk-enroll/`: staff enroll or unenroll people, named by email, on several paths at
// once (comma-separated lists, spaces allowed). An address without an account becomes a pending
// enrollment, which the LMS is told of; unenrolling cancels those too. What the LMS failed is
// logged and told to the caller, and the database keeps what was done.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { enrollByEmail } from '../../../services/enrollments/enroll-by-email.ts';
import { unenrollByEmail } from '../../../services/enrollments/unenroll-by-email.ts';
import { security, useCaseContext } from '../../request-context.ts';
import { splitCommaList } from './comma-list.ts';
import { BASE, bulkBody, TAGS } from './shapes.ts';

/** The counts of a bulk unenrollment: a 204 carries no body, so they travel as headers. */
const UNENROLLED_HEADER = 'x-enrollments-unenrolled';
const DEACTIVATED_HEADER = 'x-enrollment-allowed-deactivated';
const LMS_QUEUED_HEADER = 'x-lms-queued';

export const bulkEnrollRoutes: FastifyPluginAsyncZod = (app) => {
  app.post(
    `${BASE}/enrollments/bulk-enroll/`,
    {
      schema: {
        tags: TAGS,
        summary: 'Enroll people by email on several paths (Open edX plugin shape)',
        description:
          'Staff of every named path only (404 for a path the caller is not staff of); all or nothing. 400 naming every entry that is not an email address. `enrollments_created` counts new and reactivated enrollments, `enrollment_allowed_created` the addresses newly waiting for an account. Letting those into every course of their paths in the LMS (Open edX: `enrollment_allowed` with auto-enroll) is queued with the enrollments and sent in the background; `lms_queued`, present only when calls were queued (none with the standalone LMS), counts those (address, course) calls, and path staff see where each stands among the pending enrollments of the path. `org` and `role` are accepted and not kept.',
        security,
        body: bulkBody,
        response: {
          201: z.object({
            enrollments_created: z.number().int(),
            enrollment_allowed_created: z.number().int(),
            lms_queued: z.number().int().optional(),
          }),
        },
      },
    },
    async (request, reply) => {
      const { data, compiled, lms, actor, now, hooks } = await useCaseContext(request);
      const { enrolled, pendingAdded, queuedForLms } = await enrollByEmail({
        data,
        compiled,
        lms,
        actor,
        pathKeys: splitCommaList(request.body.learning_paths),
        emails: splitCommaList(request.body.emails),
        reason: request.body.reason,
        source: 'api',
        now,
        hooks,
      });
      return reply.code(201).send({
        enrollments_created: enrolled,
        enrollment_allowed_created: pendingAdded,
        ...(queuedForLms > 0 ? { lms_queued: queuedForLms } : {}),
      });
    },
  );

  app.delete(
    `${BASE}/enrollments/bulk-enroll/`,
    {
      schema: {
        tags: TAGS,
        summary: 'Unenroll people by email from several paths (Open edX plugin shape)',
        description: `Ends the active enrollments of those addresses (the progress is kept) and cancels their pending enrollments, taking the addresses out of the paths' courses in the LMS again (except courses other pending enrollments of theirs still need); staff of every named path only, all or nothing. The plugin sends its counts as a body with the 204, which HTTP does not allow (clients never see it): here they come as the headers \`${UNENROLLED_HEADER}\` (enrollments_unenrolled) and \`${DEACTIVATED_HEADER}\` (enrollment_allowed_deactivated); \`${LMS_QUEUED_HEADER}\` counts the (address, course) removals queued for the LMS, sent in the background.`,
        security,
        body: bulkBody,
        response: {
          204: z.null().meta({
            headers: {
              [UNENROLLED_HEADER]: { type: 'integer', description: 'enrollments_unenrolled' },
              [DEACTIVATED_HEADER]: { type: 'integer', description: 'enrollment_allowed_deactivated' },
              [LMS_QUEUED_HEADER]: { type: 'integer', description: 'removals queued for the LMS' },
            },
          }),
        },
      },
    },
    async (request, reply) => {
      const { data, lms, actor, now, hooks } = await useCaseContext(request);
      const { unenrolled, pendingCancelled, queuedForLms } = await unenrollByEmail({
        data,
        lms,
        actor,
        pathKeys: splitCommaList(request.body.learning_paths),
        emails: splitCommaList(request.body.emails),
        reason: request.body.reason,
        now,
        hooks,
      });
      return reply
        .code(204)
        .header(UNENROLLED_HEADER, unenrolled)
        .header(DEACTIVATED_HEADER, pendingCancelled)
        .header(LMS_QUEUED_HEADER, queuedForLms)
        .send(null);
    },
  );
  return Promise.resolve();
};
