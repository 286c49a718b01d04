// `learning-paths course share KEY --with ORGS|--default` and `org share ORG --with ORGS`: which
// organisations' paths may use an organisation's invite-only courses, set as the operator.
import {
  AppError,
  dataAccess,
  operatorActor,
  shareCourse,
  shareOrganizationCourses,
  type DataAccess,
} from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { withStore } from '../with-store.ts';

export interface ShareOptions {
  readonly database?: string;
  /** Organisations separated by commas, `*` for every one, empty for no one. */
  readonly with?: string;
  /** For a course: follow its organisation's default instead of a list of its own. */
  readonly default?: boolean;
}

function organisations(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function inWords(list: readonly string[]): string {
  if (list.includes('*')) return 'every organisation';
  return list.length === 0 ? 'no other organisation' : list.join(', ');
}

/** Runs a sharing change as the operator; a bad entry is named in the error. */
async function asOperator<T>(
  database: string | undefined,
  change: (data: DataAccess) => Promise<T>,
): Promise<T> {
  try {
    return await withStore(database, (store) => change(dataAccess(store)));
  } catch (error) {
    const cause = error instanceof CliError ? error.cause : error;
    if (cause instanceof AppError && cause.errors)
      throw new CliError(cause.errors.map((problem) => problem.message).join('; '), EXIT_INVALID);
    throw error;
  }
}

export async function courseShareCommand(
  key: string,
  options: ShareOptions,
  output: Output,
): Promise<number> {
  if ((options.with === undefined) === !options.default)
    throw new CliError('say either --with ORG[,ORG…] (or "*", or "" for no one) or --default');
  const view = await asOperator(options.database, (data) =>
    shareCourse({
      data,
      actor: operatorActor(),
      key,
      sharedWith: options.default ? null : organisations(options.with!),
      now: new Date().toISOString(),
    }),
  );
  output.out(
    `${key} is shared with ${inWords(view.effective)}` +
      (view.sharedWith === null ? ` (the default of ${view.org})` : '') +
      (view.inviteOnly ? '' : '; it is open, so any path may use it anyway') +
      '\n',
  );
  return EXIT_OK;
}

export async function orgShareCommand(org: string, options: ShareOptions, output: Output): Promise<number> {
  if (options.with === undefined) throw new CliError('say --with ORG[,ORG…] (or "*", or "" for no one)');
  const view = await asOperator(options.database, (data) =>
    shareOrganizationCourses({
      data,
      actor: operatorActor(),
      org,
      shareWith: organisations(options.with!),
      now: new Date().toISOString(),
    }),
  );
  output.out(
    `the invite-only courses of ${org} without a list of their own are shared with ${inWords(view.shareInviteOnlyCoursesWith)}\n`,
  );
  return EXIT_OK;
}
