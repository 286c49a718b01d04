// Use case: whether a learning context carries credentials, as learning-credentials' `configured/`
// answers it. A path's tiers are what carry its credentials; course keys are the LMS's business
// (its own learning-credentials answers them), and text that is no key is refused as that plugin does.
import { courseKeyProblem, pathKeyProblem } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { getVisiblePath } from './get-visible-path.ts';

export interface CredentialConfiguration {
  readonly credentialCount: number;
}

export async function getCredentialConfiguration(options: {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly key: string;
  readonly now: string;
}): Promise<CredentialConfiguration> {
  const { key } = options;
  if (pathKeyProblem(key) !== null) {
    if (courseKeyProblem(key) === null)
      throw new AppError('not_found', `${key} is a course: the LMS answers for the credentials of courses`);
    throw new AppError('malformed', 'Invalid learning context key.');
  }
  const { compiled } = await getVisiblePath(options);
  return { credentialCount: compiled.definition.tiers?.length ?? 0 };
}
