// Learner routes: a learner's evaluation on a path (their own, or anyone's for the path's staff),
// "My Learning", the path page (their own, or a learner's for the path's staff), starting a step's
// course, and joining or leaving a public path.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FORMAT_LIMITS } from '@learning-paths/core';
import { enrollUser } from '../../services/enrollments/enroll-user.ts';
import { unenrollLearner } from '../../services/enrollments/unenroll-learner.ts';
import { myLearning } from '../../services/learning/my-learning.ts';
import { learnerPathPage } from '../../services/learning/learner-path-page.ts';
import { pathPage } from '../../services/learning/path-page.ts';
import { startStepCourse } from '../../services/learning/start-step-course.ts';
import { evaluateLearner } from '../../services/progress/evaluate-learner.ts';
import { PROGRESS_STATUSES } from '../../domain/progress.ts';
import { security, useCaseContext } from '../request-context.ts';
import { message } from './message-schema.ts';

const keyParams = z.object({ key: z.string().meta({ description: 'The path key' }) });
const evaluation = z.unknown().meta({ description: 'An evaluation (docs/path-format.md, section 4)' });
const learningItem = z.object({
  type: z.enum(['path', 'course']),
  key: z.string(),
  title: z.string(),
  org: z.string(),
  image: z.string().nullable(),
  status: z.enum(PROGRESS_STATUSES),
  progress: z.number(),
  enrolledAt: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  dateState: z.enum(['open', 'upcoming', 'ended']),
  subtitle: z.string().nullable().optional(),
  currentTier: z.string().nullable().optional(),
  currentTierTitle: z.string().nullable().optional(),
  next: z
    .array(z.object({ id: z.string(), title: z.string(), course: z.string().nullable() }))
    .optional()
    .meta({ description: 'Paths: the suggested next steps whose course can be taken now' }),
  opensAt: z
    .string()
    .nullable()
    .optional()
    .meta({ description: 'Paths: when none of the suggested steps can be taken now, when the first opens' }),
  completable: z
    .boolean()
    .optional()
    .meta({ description: 'Paths: false once a required course ended before the learner completed it' }),
  archived: z
    .boolean()
    .optional()
    .meta({ description: 'Paths: archived; the learner keeps it and their progress, no one can join it' }),
  grade: z.number().nullable().optional(),
  launchUrl: z.string().nullable().optional(),
  paths: z.array(z.object({ key: z.string(), title: z.string() })).optional(),
});

/** What a learner's path page shows: their own at /me/paths, or a learner's read by the path's staff. */
const pathPageAnswer = z.object({
  key: z.string(),
  version: z.number().int(),
  definition: z.unknown(),
  enrollment: z.object({ active: z.boolean(), enrolledAt: z.string() }).nullable(),
  archived: z
    .boolean()
    .meta({ description: 'Archived: learners on it keep their progress; no one new may join' }),
  evaluation,
  lockReasons: z.record(z.string(), z.string()),
  lockReasonMessages: z
    .record(z.string(), message)
    .meta({ description: 'The lock reasons as messages, by node id' }),
  titles: z.record(z.string(), z.string()),
  summaries: z
    .record(z.string(), z.string())
    .meta({ description: 'What each node asks, in a few words: "choose 2 of 3", "grade ≥ 70%"' }),
  summaryMessages: z.record(z.string(), message).meta({
    description: "The summaries as messages, by node id (none for a plugin rule's plain summary)",
  }),
  tierNeeds: z
    .record(
      z.string(),
      z.array(
        z.object({
          node: z.string(),
          text: z.string(),
          message: message.optional(),
          locked: z.boolean(),
        }),
      ),
    )
    .meta({
      description:
        'For each tier not achieved yet, what it still needs in words: what to do in the parts open now, and why locked parts are locked',
    }),
  courses: z.record(
    z.string(),
    z.object({
      run: z.string().meta({
        description:
          'The run the step sends the learner to: the one it names, unless it follows its course (run: current)',
      }),
      title: z.string(),
      org: z.string(),
      startsAt: z.string().nullable(),
      endsAt: z.string().nullable(),
      dateState: z.enum(['open', 'upcoming', 'ended']),
      inviteOnly: z.boolean(),
      inCatalog: z.boolean(),
      enrolled: z.boolean(),
      completion: z.number().nullable(),
      grade: z.number().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
});

const startedCourse = z.object({
  course: z.string(),
  step: z.string(),
  created: z.boolean(),
  lms: z.enum(['done', 'queued']),
  launchUrl: z.string().nullable(),
});

export const learnerRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    '/api/v1/learners/:username/paths/:key',
    {
      schema: {
        tags: ['learners'],
        summary: "A learner's live evaluation on the path's published version",
        description:
          'A learner may read only their own; staff of the path may read anyone. Achieved tiers are never taken back.',
        security,
        params: keyParams.extend({ username: z.string() }),
        response: { 200: evaluation },
      },
    },
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      const { evaluation: result } = await evaluateLearner({
        data,
        compiled,
        actor,
        pathKey: request.params.key,
        username: request.params.username,
        now,
      });
      return result;
    },
  );

  app.get(
    '/api/v1/me/learning',
    {
      schema: {
        tags: ['learners'],
        summary: "The caller's paths and courses with status and progress",
        security,
        querystring: z.object({
          search: z.string().max(200).optional().meta({ description: 'Part of the title or key' }),
          type: z.enum(['path', 'course']).optional(),
          status: z.enum(PROGRESS_STATUSES).optional(),
          org: z.string().max(FORMAT_LIMITS.keyLength).optional(),
          dates: z.enum(['open', 'upcoming', 'ended']).optional(),
          sort: z.enum(['recent', 'title', 'progress']).default('recent'),
          limit: z.coerce.number().int().min(1).max(100).default(20),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({
            items: z.array(learningItem),
            total: z.number().int(),
            orgs: z
              .array(z.string())
              .meta({ description: "The organisations of all the caller's items, whatever the filters" }),
            limit: z.number(),
            offset: z.number(),
          }),
        },
      },
      // The answer is built by typed code from stored rows; checking it against the schema on
      // every request cost more than the rest of serialising it, on the busiest learner route.
      serializerCompiler: () => (answer) => JSON.stringify(answer),
    },
    async (request) => {
      const { data, compiled, catalog, actor, now } = await useCaseContext(request);
      const result = await myLearning({ data, compiled, catalog, actor, query: request.query, now });
      return { ...result, limit: request.query.limit, offset: request.query.offset };
    },
  );

  app.get(
    '/api/v1/me/paths/:key',
    {
      schema: {
        tags: ['learners'],
        summary: "The caller's path page: definition, live evaluation, lock reasons, course details",
        security,
        params: keyParams,
        response: { 200: pathPageAnswer },
      },
    },
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      return pathPage({ data, compiled, actor, pathKey: request.params.key, now });
    },
  );

  app.get(
    '/api/v1/learners/:username/paths/:key/page',
    {
      schema: {
        tags: ['learners'],
        summary: "A learner's path page as they see it in Learn, for the path's staff",
        description:
          'The answer of GET /api/v1/me/paths/{key} for that learner: read-only, for staff of the path only. Anyone else, and any username that is not a learner of the path (or one who left it), gets 404. Never stored by caches.',
        security,
        params: keyParams.extend({ username: z.string() }),
        response: { 200: pathPageAnswer },
      },
    },
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      const { key, username } = request.params;
      return learnerPathPage({ data, compiled, actor, pathKey: key, username, now });
    },
  );

  app.post(
    '/api/v1/me/paths/:key/steps/:step/start',
    {
      schema: {
        tags: ['learners'],
        summary: "Start a step's course: enroll in it through the path and get its launch URL",
        description:
          'Works for invite-only courses. 403 with the reason while the step is locked or when the caller is not enrolled on the path; 409 with the date when its course has not started, or has ended and the step is not completed; 502 with the reason when the LMS refuses the enrollment.',
        security,
        params: keyParams.extend({
          step: z.string().meta({ description: 'The step id or its course key' }),
        }),
        response: {
          200: startedCourse.meta({ description: 'Enrolled in the course (or already): go to launchUrl' }),
          202: startedCourse.meta({
            description:
              'The LMS did not answer in time: the enrollment is queued and made as soon as it does',
          }),
        },
      },
    },
    async (request, reply) => {
      const { data, compiled, lms, outbox, actor, now, hooks } = await useCaseContext(request);
      const started = await startStepCourse({
        data,
        compiled,
        lms,
        outbox,
        actor,
        pathKey: request.params.key,
        step: request.params.step,
        now,
        hooks,
      });
      return reply.code(started.lms === 'queued' ? 202 : 200).send(started);
    },
  );

  app.post(
    '/api/v1/me/paths/:key/enrollment',
    {
      schema: {
        tags: ['learners'],
        summary: 'Join a public path',
        description:
          '201 when enrolled, 200 when an earlier enrollment is made active again, 409 when already enrolled.',
        security,
        params: keyParams,
        response: { 200: z.object({ enrolledAt: z.string() }), 201: z.object({ enrolledAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const { data, compiled, actor, now, hooks } = await useCaseContext(request);
      const { enrollment, reactivated } = await enrollUser({
        data,
        compiled,
        actor,
        pathKey: request.params.key,
        source: 'self',
        now,
        hooks,
      });
      return reply.code(reactivated ? 200 : 201).send({ enrolledAt: enrollment.createdAt });
    },
  );

  app.delete(
    '/api/v1/me/paths/:key/enrollment',
    {
      schema: {
        tags: ['learners'],
        summary: 'Leave a public path',
        security,
        params: keyParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { data, actor, now, hooks } = await useCaseContext(request);
      await unenrollLearner({ data, actor, pathKey: request.params.key, now, hooks });
      return reply.code(204).send(null);
    },
  );
  return Promise.resolve();
};
