// Use case: a learner's path page as they see it in Learn, read by the path's staff (Studio shows it
// read-only). Only staff of the path may ask, and only about its learners, those who left it
// included: anyone else, and any other learner, is answered "not found".
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { pathPage, type PathPage } from './path-page.ts';

export async function learnerPathPage(options: {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly username: string;
  readonly now: string;
}): Promise<PathPage> {
  // A learner reads their own page at /me/paths; this one is the staff's view of a learner.
  if (!isPathStaff(options.actor, options.pathKey))
    throw new AppError('not_found', `no path has the key ${options.pathKey}`);
  return pathPage(options);
}
