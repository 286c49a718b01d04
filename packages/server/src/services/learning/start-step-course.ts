// Use case: a learner starts (or resumes) a step's course through the path: the LMS enrolls them,
// even in an invite-only course, and the answer says where to take it. Refused, with the reason
// in words, while the step is locked; refused for learners not enrolled on the path, and when the
// course is another organisation's invite-only course it does not share with the path's. A remote
// LMS gets the enrollment through the outbox, sent at once but waited for only briefly: an LMS
// away or slow leaves it queued, and the learner is told so instead of being held. The plugins'
// `step.start.before` filters may refuse the start, once the service's own checks have passed.
// A course that has not started yet, or has ended before the step was completed, cannot be taken:
// refused with its date.
import { explainLock, formatDate } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import { LmsError, type LmsPort } from '../../lms/lms-port.ts';
import { sendNow } from '../../lms/outbox-sender.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { assertCourseOpensFrom } from '../catalog/course-sharing.ts';
import { recordFactsInTransaction } from '../facts/apply-facts.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { evaluateLearner } from '../progress/evaluate-learner.ts';
import { NO_HOOKS, type Hooks } from '../plugin-hooks.ts';

export interface StartStepCourseOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly lms: LmsPort;
  readonly actor: Actor;
  readonly pathKey: string;
  /** The step, by id or by the course key it names. */
  readonly step: string;
  readonly now: string;
  /** How a remote LMS gets the enrollment at once: see OutboxSend. */
  readonly outbox?: OutboxSend;
  /** The plugins' filters and events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

/**
 * The adapter the outbox sends with (one attempt a call: a refused connection answers at once
 * rather than after the request adapter's retries), and how long the request waits for it.
 */
export interface OutboxSend {
  readonly lms?: LmsPort;
  /** Default 5 s. */
  readonly waitMs?: number;
}

/** Long enough for an LMS that answers, short enough that a learner is not left waiting. */
const LMS_WAIT_MS = 5000;

export interface StartedCourse {
  readonly course: string;
  readonly step: string;
  /** False when the learner was enrolled in the course already, or the enrollment is queued. */
  readonly created: boolean;
  /** `queued`: the LMS did not answer in time; the enrollment is sent as soon as it does. */
  readonly lms: 'done' | 'queued';
  readonly launchUrl: string | null;
}

type Enrollment = { readonly lms: 'done'; readonly created: boolean } | { readonly lms: 'queued' };

/** Enrolls through the outbox for a remote LMS (see the header), else at once. */
async function enrollInLms(
  options: StartStepCourseOptions,
  input: Parameters<LmsPort['enroll']>[0],
): Promise<Enrollment> {
  const { data, lms } = options;
  if (!lms.remote) return { lms: 'done', created: (await lms.enroll(input)).created };
  const call = {
    action: 'enroll',
    username: input.user.username,
    courseKey: input.course.key,
    viaPath: input.viaPath,
  } as const;
  await data.lmsOutbox.queue([call], input.now);
  const sent = await sendNow(
    { data, lms: options.outbox?.lms ?? lms },
    call,
    options.outbox?.waitMs ?? LMS_WAIT_MS,
  );
  if (sent.outcome === 'failed') throw new LmsError(sent.error);
  return sent.outcome === 'done' ? { lms: 'done', created: sent.changed } : { lms: 'queued' };
}

export async function startStepCourse(options: StartStepCourseOptions): Promise<StartedCourse> {
  const { data, actor, pathKey, step, now } = options;
  const { compiled, evaluation, catalog, enrollment } = await evaluateLearner({
    ...options,
    username: actor.user.username,
  });
  if (!enrollment?.isActive)
    throw new AppError('forbidden', `enroll on ${pathKey} before starting its courses`);
  const node = compiled.nodes.find(
    (candidate) => candidate.course !== null && (candidate.id === step || candidate.course === step),
  );
  if (!node?.course) throw new AppError('not_found', `${pathKey} has no step ${step}`);
  const result = evaluation.nodes[node.id]!;
  if (result.status === 'locked')
    throw new AppError(
      'forbidden',
      `${node.title} is locked: ${explainLock(compiled, node.id, result.lockedBy)}`,
    );
  // A step that follows its course sends the learner to the run its schedule chose.
  const runKey = evaluation.schedule?.courses?.[node.id] ?? node.course;
  const course = catalog.get(runKey);
  if (!course) throw new AppError('not_found', `the course ${runKey} is not in the catalog`);
  // A completed step's course stays open for review after it ended, as the LMS keeps it.
  const run = evaluation.schedule?.steps[node.id];
  if (run === 'upcoming')
    throw new AppError('conflict', `${node.title} starts on ${formatDate(course.startsAt!)}`);
  if (run === 'ended' && result.status !== 'completed')
    throw new AppError('conflict', `${node.title} ended on ${formatDate(course.endsAt!)}`);
  await assertCourseOpensFrom(data, pathKey, course);
  const hooks = options.hooks ?? NO_HOOKS;
  await hooks.filter('step.start.before', { pathKey, step: node.id, learner: actor.user.username });
  const enrolled = await enrollInLms(options, { user: actor.user, course, viaPath: pathKey, now });
  const launchUrl = options.lms.launchUrl(course);
  // Queued, the LMS reports the enrollment once made (its event, or reconciliation).
  if (enrolled.lms === 'queued')
    return { course: course.key, step: node.id, created: false, lms: 'queued', launchUrl };
  // The enrollment is a fact like any other: it moves the step to in progress everywhere at once.
  await recordFactsInTransaction({
    data,
    compiled: options.compiled,
    facts: [{ user: actor.user.username, course: course.key, enrolled: true, time: now }],
    source: options.lms.name,
    hooks,
    now,
  });
  return { course: course.key, step: node.id, created: enrolled.created, lms: 'done', launchUrl };
}
