// Use case: a learner's live evaluation on a path's published version (spec section 4), with the
// tiers they achieved before kept and its schedule against the catalog's course dates. Evaluating one learner on one path from their stored facts
// takes microseconds, and it is the only way release dates unlock at the right moment.
import { stepRuns, withSchedule, type CompiledPath, type PathEvaluation } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import type { UserRecord } from '../../store/repositories/user-repository.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import { visiblePath } from '../paths/path-access.ts';
import type { CompiledPaths } from './compiled-paths.ts';
import { withKeptTiers } from './kept-tiers.ts';
import { stepCatalog } from './step-catalog.ts';
import { engineFacts } from './learner-facts.ts';

export interface LearnerEvaluation {
  readonly path: PathRecord;
  readonly learner: UserRecord;
  readonly compiled: CompiledPath;
  readonly version: number;
  readonly evaluation: PathEvaluation;
  /** The learner's facts about every course, by course key. */
  readonly facts: ReadonlyMap<string, StoredFacts>;
  /** The catalog's entries for the path's courses (every run of those steps follow), by course key. */
  readonly catalog: ReadonlyMap<string, CourseRecord>;
  /** Active or not; null when the learner was never enrolled. */
  readonly enrollment: { readonly isActive: boolean; readonly createdAt: string } | null;
}

export interface EvaluateLearnerOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  /** The learner; the caller when absent. */
  readonly username?: string | undefined;
  readonly now: string;
}

export async function evaluateLearner(options: EvaluateLearnerOptions): Promise<LearnerEvaluation> {
  const { data, actor, pathKey, now } = options;
  const username = options.username ?? actor.user.username;
  const self = username === actor.user.username;
  const path = await visiblePath(data, actor, pathKey);
  // Another learner's data is answered as absent, like a path one may not see.
  if (!isPathStaff(actor, pathKey) && !self)
    throw new AppError('not_found', `no path has the key ${pathKey}`);
  if (path.publishedVersion === null)
    throw new AppError('conflict', `${pathKey} has no published version to evaluate against yet`);
  const learner = self ? actor.user : await data.users.findByUsername(username);
  const enrollment = learner && (await data.enrollments.get(pathKey, learner.id));
  // Staff see their path's learners, those who left it too (their history is the path's), and no
  // one else: whoever is not on it, pending by email included, is absent whether or not the
  // username exists, in the same words (the username left out). Admins may evaluate anyone.
  if (!learner || (!self && !actor.user.isAdmin && !enrollment))
    throw new AppError('not_found', `no learner of ${pathKey} has this username`);
  const version = enrollment?.isActive ? enrollment.version : path.publishedVersion;
  const compiled = await options.compiled.get(data.paths, pathKey, version);
  const facts = (await data.facts.ofUsers([learner.id])).get(learner.id)!;
  const stored = (await data.progress.ofUser(learner.id, [pathKey])).get(pathKey);
  const { catalog, runsOf } = await stepCatalog(data, compiled);
  const evaluated = withKeptTiers(
    compiled,
    compiled.evaluate({ now, courses: engineFacts(facts) }),
    stored?.achievedTiers ?? [],
  );
  const satisfied = (id: string) => evaluated.nodes[id]?.satisfied === true;
  const courses = evaluated.runs && stepRuns(compiled, { runs: evaluated.runs, satisfied }, runsOf, now);
  const evaluation = withSchedule(compiled, evaluated, (course) => catalog.get(course), now, courses);
  return {
    path,
    learner,
    compiled,
    version,
    evaluation,
    facts,
    catalog,
    enrollment: enrollment ? { isActive: enrollment.isActive, createdAt: enrollment.createdAt } : null,
  };
}
