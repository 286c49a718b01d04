// Routes for a path's enrollments, for its staff: enroll (JSON list or CSV upload, one result per
// row), list learners with progress and where each stands (JSON pages or a CSV export), unenroll,
// pending enrollments, the audit log, the progress summary and the count of learners at each step.
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvLine, downloadFileName, FORMAT_LIMITS } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import { cancelPendingEnrollment } from '../../services/enrollments/cancel-pending-enrollment.ts';
import { enrollLearners } from '../../services/enrollments/enroll-learners.ts';
import { exportPathLearners } from '../../services/enrollments/export-path-learners.ts';
import { listEnrollmentAudit } from '../../services/enrollments/list-enrollment-audit.ts';
import { listPathLearners } from '../../services/enrollments/list-path-learners.ts';
import { listPendingEnrollments } from '../../services/enrollments/list-pending-enrollments.ts';
import { retryPendingInLms } from '../../services/enrollments/retry-pending-in-lms.ts';
import { summarizePathProgress } from '../../services/enrollments/summarize-path-progress.ts';
import { summarizeLearnerSteps } from '../../services/enrollments/summarize-learner-steps.ts';
import { STEP_POSITIONS, WAITING_REASONS } from '../../services/progress/current-step.ts';
import { unenrollLearner } from '../../services/enrollments/unenroll-learner.ts';
import { ENROLLMENT_RESULT_KINDS } from '../../domain/enrollment-results.ts';
import { OUTBOX_STATES } from '../../domain/lms-outbox.ts';
import { PROGRESS_STATUSES } from '../../domain/progress.ts';
import { firstColumnLines } from '../../formats/csv.ts';
import { enrollCsvLines } from '../../services/enrollments/enroll-csv-lines.ts';
import { security, useCaseContext } from '../request-context.ts';
import { message } from './message-schema.ts';

/** Rows one enrollment request may carry (JSON or CSV). */
export const MAX_ENROLLMENT_ROWS = 100_000;

const keyParams = z.object({ key: z.string().meta({ description: 'The path key' }) });
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
const enrollmentResult = z.object({
  learner: z.string(),
  result: z.enum(ENROLLMENT_RESULT_KINDS),
  detail: z.string().meta({ description: 'In English' }),
  message: message.meta({ description: 'The detail for the page to translate (ids lp.enroll.*)' }),
  line: z.number().int().optional().meta({ description: "The row's line in the CSV body (CSV only)" }),
});
const learnerRow = z.object({
  username: z.string(),
  email: z.string().nullable(),
  displayName: z.string().nullable(),
  enrolledAt: z.string(),
  source: z.string(),
  status: z.enum(PROGRESS_STATUSES),
  progress: z.number(),
  currentTier: z.string().nullable(),
  achievedTiers: z.array(z.string()),
  updatedAt: z.string().nullable(),
});
const learnersQuery = z.object({
  search: z.string().max(200).optional().meta({ description: 'Part of the username, email or name' }),
  status: z.enum(PROGRESS_STATUSES).optional(),
  tier: z
    .string()
    .max(64)
    .optional()
    .meta({ description: 'The current tier; `none` for learners without one' }),
  sort: z.enum(['username', 'progress', 'enrolled', 'updated']).default('username'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
const stepQuery = z.object({
  step: z
    .string()
    .max(FORMAT_LIMITS.keyLength)
    .optional()
    .meta({ description: 'Only learners whose current step is this step id' }),
  position: z
    .enum(STEP_POSITIONS)
    .optional()
    .meta({ description: 'Only learners in this position (with `step`: at that step)' }),
});
const currentStepSchema = z
  .object({
    kind: z.enum(STEP_POSITIONS),
    stepId: z.string().nullable(),
    stepTitle: z.string().nullable(),
    waitingOn: z.enum(WAITING_REASONS).nullable().meta({
      description:
        "Waiting only: the step's course has not started (`courseStart`), a release date is ahead (`releaseDate`), or it needs other parts first (`locked`)",
    }),
    date: z.string().nullable().meta({
      description: 'Waiting: when the step opens, when known; ended: when its course ended',
    }),
  })
  .meta({
    description:
      'Where the learner stands: working on a step, waiting for it to open, kept out by its ended course (the path can no longer be completed), not started (with the first step open to them), or completed',
  });

/** The list filters the caller set (empty ones left out), shared by the JSON list and the CSV export. */
function learnerFilters({ search, status, tier, sort, order }: z.infer<typeof learnersQuery>) {
  return {
    sort,
    order,
    ...(search ? { search } : {}),
    ...(status ? { status } : {}),
    ...(tier ? { tier } : {}),
  };
}

const LEARNER_CSV_HEADER = [
  'username',
  'email',
  'name',
  'enrolled_at',
  'source',
  'status',
  'progress',
  'current_tier',
  'achieved_tiers',
  'updated_at',
];

/** The CSV export, a line at a time as the pages of learners come, so it is never held whole. */
async function* learnerCsv(pages: AsyncIterable<z.infer<typeof learnerRow>[]>): AsyncGenerator<string> {
  yield csvLine(LEARNER_CSV_HEADER);
  for await (const page of pages)
    yield page
      .map((row) =>
        csvLine([
          row.username,
          row.email,
          row.displayName,
          row.enrolledAt,
          row.source,
          row.status,
          Math.round(row.progress * 1000) / 1000,
          row.currentTier,
          row.achievedTiers.join(' '),
          row.updatedAt,
        ]),
      )
      .join('');
}

export const enrollmentRoutes: FastifyPluginAsyncZod = (app) => {
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post(
    '/api/v1/paths/:key/enrollments',
    {
      schema: {
        tags: ['enrollments'],
        summary: 'Enroll learners by username or email, one result per row',
        description: `A JSON body \`{ learners, reason }\`, or a \`text/csv\` body whose first column holds usernames or emails (a header row is allowed; the reason then goes in \`?reason=\`). At most ${MAX_ENROLLMENT_ROWS.toLocaleString('en')} rows. Each line of a CSV body is read on its own: a line that is not CSV (an unmatched quote) is an \`invalid\` result at its \`line\`, and the other lines are enrolled. A row naming a learner named earlier in the request is a \`duplicate\`. Usernames and emails are matched without regard to case. An email without an account becomes a pending enrollment, made when the account appears. All rows are written in one transaction.`,
        security,
        params: keyParams,
        querystring: z.object({ reason: z.string().max(1000).optional() }),
        body: z.union([
          z.strictObject({
            learners: z.array(z.string().max(320)).min(1).max(MAX_ENROLLMENT_ROWS),
            reason: z.string().max(1000).optional(),
          }),
          z.string().meta({ description: 'text/csv' }),
        ]),
        response: { 200: z.object({ results: z.array(enrollmentResult) }) },
      },
    },
    async (request) => {
      const { body } = request;
      const useCase = async () => {
        const { data, compiled, lms, actor, now, hooks } = await useCaseContext(request);
        return { data, compiled, actor, pathKey: request.params.key, now, lms, hooks };
      };
      if (typeof body !== 'string') {
        const { learners, reason } = body;
        return { results: await enrollLearners({ ...(await useCase()), learners, reason, source: 'api' }) };
      }
      if (!request.headers['content-type']?.startsWith('text/csv'))
        throw new AppError('malformed', 'send { "learners": [...] } as JSON, or a text/csv body');
      const lines = firstColumnLines(body);
      if (lines.length === 0) throw new AppError('malformed', 'the CSV body has no rows');
      if (lines.length > MAX_ENROLLMENT_ROWS)
        throw new AppError(
          'too_large',
          `at most ${MAX_ENROLLMENT_ROWS} rows a request; this one has ${lines.length}`,
        );
      const { reason } = request.query;
      return { results: await enrollCsvLines({ ...(await useCase()), lines, reason, source: 'csv' }) };
    },
  );

  app.get(
    '/api/v1/paths/:key/enrollments',
    {
      schema: {
        tags: ['enrollments'],
        summary: "The path's active learners with their progress",
        security,
        params: keyParams,
        querystring: learnersQuery.extend(stepQuery.shape).extend(page),
        response: {
          200: z.object({
            items: z.array(
              learnerRow.extend({
                currentStep: currentStepSchema,
                lastActivity: z.string().nullable().meta({
                  description:
                    "The time of the learner's newest fact about the path's courses (not when progress was last computed); null when none",
                }),
                blockedBy: z.array(z.object({ id: z.string(), title: z.string() })).meta({
                  description:
                    'The steps whose course ended before the learner completed them, without which the path cannot be completed; empty when it still can be',
                }),
              }),
            ),
            total: z.number().int(),
            limit: z.number(),
            offset: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { limit, offset, step, position } = request.query;
      const { data, compiled, actor, now } = await useCaseContext(request);
      const result = await listPathLearners({
        data,
        compiled,
        now,
        actor,
        pathKey: request.params.key,
        query: { ...learnerFilters(request.query), limit, offset, step, position },
      });
      return { ...result, limit, offset };
    },
  );

  app.get(
    '/api/v1/paths/:key/enrollments.csv',
    {
      schema: {
        tags: ['enrollments'],
        summary: "Export the path's learners and their progress as CSV",
        description:
          'Same filters as the JSON list, every matching row. Cells that could run as spreadsheet formulas are neutralised.',
        security,
        params: keyParams,
        querystring: learnersQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { data, actor } = await useCaseContext(request);
      const pages = await exportPathLearners({
        data,
        actor,
        pathKey: request.params.key,
        query: learnerFilters(request.query),
      });
      const filename = downloadFileName(request.params.key, 'learners', 'csv');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(Readable.from(learnerCsv(pages)));
    },
  );

  app.delete(
    '/api/v1/paths/:key/enrollments/:username',
    {
      schema: {
        tags: ['enrollments'],
        summary: 'Unenroll a learner',
        description:
          'Staff may unenroll anyone; a learner only themself, and only from a public path. The progress is kept.',
        security,
        params: keyParams.extend({ username: z.string() }),
        querystring: z.object({ reason: z.string().max(1000).optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { data, actor, now, hooks } = await useCaseContext(request);
      await unenrollLearner({
        data,
        actor,
        pathKey: request.params.key,
        username: request.params.username,
        reason: request.query.reason,
        now,
        hooks,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/paths/:key/pending-enrollments',
    {
      schema: {
        tags: ['enrollments'],
        summary: 'Enrollments waiting for an account with their email',
        security,
        params: keyParams,
        querystring: z.object(page),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                email: z.string(),
                source: z.string(),
                reason: z.string().nullable(),
                createdBy: z.string().nullable(),
                createdAt: z.string(),
                lms: z
                  .object({
                    state: z.enum(OUTBOX_STATES),
                    attempts: z.number().int(),
                    error: z.string().nullable(),
                  })
                  .nullable()
                  .meta({
                    description:
                      "Where letting the address into the path's courses stands in the LMS: waiting (queued, or retried after a failure, `error` saying the last), done, or failed (the LMS refused, `error` says why; try again with POST …/lms-retry); null when nothing was queued (an LMS of the service's own)",
                  }),
              }),
            ),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { data, actor } = await useCaseContext(request);
      const { items, total } = await listPendingEnrollments({
        data,
        actor,
        pathKey: request.params.key,
        ...request.query,
      });
      return { items: items.map(({ pathKey: _path, ...pending }) => pending), total };
    },
  );

  app.delete(
    '/api/v1/paths/:key/pending-enrollments/:email',
    {
      schema: {
        tags: ['enrollments'],
        summary: 'Cancel a pending enrollment',
        security,
        params: keyParams.extend({ email: z.string() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { data, lms, actor, now } = await useCaseContext(request);
      await cancelPendingEnrollment({
        data,
        actor,
        pathKey: request.params.key,
        email: request.params.email,
        now,
        // Taking the address out of the LMS is queued with the cancellation.
        lms,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/paths/:key/pending-enrollments/:email/lms-retry',
    {
      schema: {
        tags: ['enrollments'],
        summary: 'Try again the LMS calls the LMS refused for a pending enrollment',
        description:
          'Path staff. The refused calls are queued again and sent in the background; `retried` counts them. 404 when the address is not pending on the path.',
        security,
        params: keyParams.extend({ email: z.string().max(320) }),
        response: { 200: z.object({ retried: z.number().int() }) },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      const { key: pathKey, email } = request.params;
      return { retried: await retryPendingInLms({ data, actor, pathKey, email, now }) };
    },
  );

  app.get(
    '/api/v1/paths/:key/audit',
    {
      schema: {
        tags: ['enrollments'],
        summary: "The path's enrollment audit log, newest first",
        security,
        params: keyParams,
        querystring: z.object({ learner: z.string().max(320).optional(), ...page }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                learner: z.string(),
                action: z.string(),
                before: z.unknown(),
                after: z.unknown(),
                reason: z.string().nullable(),
                actor: z.string(),
                at: z.string(),
              }),
            ),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { data, actor } = await useCaseContext(request);
      const { items, total } = await listEnrollmentAudit({
        data,
        actor,
        pathKey: request.params.key,
        ...request.query,
      });
      return { items: items.map(({ pathKey: _path, ...entry }) => entry), total };
    },
  );

  app.get(
    '/api/v1/paths/:key/progress-summary',
    {
      schema: {
        tags: ['enrollments'],
        summary: 'How many active learners are at each status and at each tier',
        security,
        params: keyParams,
        response: {
          200: z.object({
            enrolled: z.number().int(),
            byStatus: z.record(z.string(), z.number().int()),
            byTier: z.record(z.string(), z.number().int()),
            cannotComplete: z.number().int().meta({
              description: 'Learners who can no longer complete the path: a course it needs ended first',
            }),
          }),
        },
      },
    },
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      return summarizePathProgress({ data, compiled, actor, now, pathKey: request.params.key });
    },
  );

  app.get(
    '/api/v1/paths/:key/step-summary',
    {
      schema: {
        tags: ['enrollments'],
        summary: 'How many active learners stand at each step, and in which position',
        description:
          'One entry per step and position with learners ("41 learners are waiting on Statistics"), in the order of the published version\'s steps; completed learners, and those not started where nothing is open yet, without a step. Each entry is the list\'s `?step=&position=` filter.',
        security,
        params: keyParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                position: z.enum(STEP_POSITIONS),
                stepId: z.string().nullable(),
                stepTitle: z.string().nullable(),
                count: z.number().int(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      return {
        items: await summarizeLearnerSteps({ data, compiled, actor, now, pathKey: request.params.key }),
      };
    },
  );
  return Promise.resolve();
};
