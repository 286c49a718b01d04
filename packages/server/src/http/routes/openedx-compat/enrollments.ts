// `{key}/enrollments/` (list, enroll, unenroll), `enrollments/` (every enrollment the caller may
// see, a page at a time) and `{key}/enrollments/{course_key}/` (start a step's course), in the
// plugin's shapes. The services decide who may do what.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { enrollUser } from '../../../services/enrollments/enroll-user.ts';
import { listEnrollments } from '../../../services/enrollments/list-enrollments.ts';
import { listPathEnrollments } from '../../../services/enrollments/list-path-enrollments.ts';
import { unenrollLearner } from '../../../services/enrollments/unenroll-learner.ts';
import { startStepCourse } from '../../../services/learning/start-step-course.ts';
import { security, useCaseContext } from '../../request-context.ts';
import { asEnrollment } from './mappers/enrollment.ts';
import { pageBounds, pageOf, pageQuery, paginated } from './pagination.ts';
import { BASE, enrollment, enrollmentBody, keyParams, TAGS } from './shapes.ts';
import { wellFormedKey } from './well-formed-key.ts';

const usernameQuery = z.object({
  username: z.string().min(1).max(150).optional().meta({ description: "Only this learner's (staff)" }),
});

const courseEnrollment = z.object({
  detail: z.string(),
  course_key: z.string(),
  launch_url: z.string().nullable().meta({ description: 'Where to take the course' }),
});

export const enrollmentRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    `${BASE}/:key/enrollments/`,
    {
      schema: {
        tags: TAGS,
        summary: "A path's active enrollments (Open edX plugin shape)",
        description:
          "Staff see every learner's, or with `?username=` that learner's; a learner sees only their own (403 when naming someone else). Newest first, not paginated, as in the plugin.",
        security,
        params: keyParams,
        querystring: usernameQuery,
        response: { 200: z.array(enrollment) },
      },
    },
    async (request) => {
      const { data, actor } = await useCaseContext(request);
      const enrollments = await listPathEnrollments({
        data,
        actor,
        pathKey: request.params.key,
        username: request.query.username,
      });
      return enrollments.map(asEnrollment);
    },
  );

  app.post(
    `${BASE}/:key/enrollments/`,
    {
      schema: {
        tags: TAGS,
        summary: 'Enroll on a path (Open edX plugin shape)',
        description:
          'The caller enrolls themself on a public path; staff may name any user. 201 when enrolled, 200 when an inactive enrollment is made active again, 409 when already enrolled. `org` and `role` are accepted and not kept.',
        security,
        params: keyParams,
        body: enrollmentBody,
        response: { 200: enrollment, 201: enrollment },
      },
    },
    async (request, reply) => {
      const { data, compiled, actor, now, hooks } = await useCaseContext(request);
      const username = request.body?.username;
      const result = await enrollUser({
        data,
        compiled,
        actor,
        pathKey: request.params.key,
        username,
        reason: request.body?.reason,
        source: username === undefined || username === actor.user.username ? 'self' : 'api',
        now,
        hooks,
      });
      return reply.code(result.reactivated ? 200 : 201).send(asEnrollment(result.enrollment));
    },
  );

  app.delete(
    `${BASE}/:key/enrollments/`,
    {
      schema: {
        tags: TAGS,
        summary: 'Unenroll from a path (Open edX plugin shape)',
        description:
          'Staff may unenroll anyone (`username` in the body); a learner only themself, and only from a public path. The progress is kept.',
        security,
        params: keyParams,
        body: enrollmentBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { data, actor, now, hooks } = await useCaseContext(request);
      await unenrollLearner({
        data,
        actor,
        pathKey: request.params.key,
        username: request.body?.username,
        reason: request.body?.reason,
        now,
        hooks,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${BASE}/enrollments/`,
    {
      schema: {
        tags: TAGS,
        summary: 'Enrollments, active or not, newest first (Open edX plugin shape)',
        description:
          'Administrators see every enrollment; staff those on the paths they are staff of, and their own; learners their own (403 when naming someone else).',
        security,
        querystring: usernameQuery.extend(pageQuery.shape),
        response: { 200: pageOf(enrollment) },
      },
    },
    async (request) => {
      const { data, actor } = await useCaseContext(request);
      const { items, total } = await listEnrollments({
        data,
        actor,
        username: request.query.username,
        ...pageBounds(request.query),
      });
      return paginated(request, request.query, total, items.map(asEnrollment));
    },
  );

  app.post(
    `${BASE}/:key/enrollments/:course_key/`,
    {
      schema: {
        tags: TAGS,
        summary: "Enroll the caller in one of the path's courses (Open edX plugin shape)",
        description:
          'Works for invite-only courses. 403 when the caller is not enrolled on the path or the step is locked, 404 when the course is not a step of the path, 502 when the LMS refuses the enrollment.',
        security,
        params: keyParams.extend({
          course_key: z.string().meta({ description: 'A course key of a step' }),
        }),
        response: {
          201: courseEnrollment.meta({ description: 'Enrolled in the course (or already)' }),
          202: courseEnrollment.meta({
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
        pathKey: wellFormedKey(request.params.key),
        step: request.params.course_key,
        now,
        hooks,
      });
      const queued = started.lms === 'queued';
      return reply.code(queued ? 202 : 201).send({
        detail: queued
          ? 'The enrollment is queued for the LMS and is made as soon as it answers.'
          : 'User successfully enrolled in the course.',
        course_key: started.course,
        launch_url: started.launchUrl,
      });
    },
  );
  return Promise.resolve();
};
