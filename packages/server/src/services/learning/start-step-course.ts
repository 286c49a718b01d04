// Use case: a learner starts (or resumes) a step's course through the path: the LMS enrolls them,
// even in an invite-only course, and the answer says where to take it. Refused, with the reason
// in words, while the step is locked; refused for learners not enrolled on the path, and when the
// course is another organisation's invite-only course it does not share with the path's.
import { explainLock } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { LmsPort } from '../../lms/lms-port.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { assertCourseOpensFrom } from '../catalog/course-sharing.ts';
import { recordFacts } from '../facts/apply-facts.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { evaluateLearner } from '../progress/evaluate-learner.ts';

export interface StartStepCourseOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly lms: LmsPort;
  readonly actor: Actor;
  readonly pathKey: string;
  /** The step, by id or by its course key. */
  readonly step: string;
  readonly now: string;
}

export interface StartedCourse {
  readonly course: string;
  readonly step: string;
  /** False when the learner was enrolled in the course already. */
  readonly created: boolean;
  readonly launchUrl: string | null;
}

export async function startStepCourse(options: StartStepCourseOptions): Promise<StartedCourse> {
  const { data, actor, pathKey, step, now } = options;
  const { compiled, evaluation, enrollment } = await evaluateLearner({
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
  const course = await data.courses.get(node.course);
  if (!course) throw new AppError('not_found', `the course ${node.course} is not in the catalog`);
  await assertCourseOpensFrom(data, pathKey, course);
  const { created } = await options.lms.enroll({ user: actor.user, course, viaPath: pathKey, now });
  // The enrollment is a fact like any other: it moves the step to in progress everywhere at once.
  await recordFacts({
    data,
    compiled: options.compiled,
    facts: [{ user: actor.user.username, course: course.key, enrolled: true, time: now }],
    source: options.lms.name,
    now,
  });
  return { course: course.key, step: node.id, created, launchUrl: options.lms.launchUrl(course) };
}
