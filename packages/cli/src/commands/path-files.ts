// `learning-paths path import FILE [--publish]` and `path export KEY [--draft]`: moving path
// definition files in and out of a service's database, as the operator.
import {
  AppError,
  CompiledPaths,
  createPath,
  dataAccess,
  getPath,
  operatorActor,
  publishPath,
  saveDraft,
} from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { formatProblems } from '../problems-text.ts';
import { readDocument } from '../read-document.ts';
import { withStore } from '../with-store.ts';

export async function pathImportCommand(
  file: string,
  options: { database?: string; publish?: boolean },
  output: Output,
): Promise<number> {
  const definition = readDocument(file);
  const key =
    typeof definition === 'object' && definition !== null && 'key' in definition
      ? String(definition.key)
      : undefined;
  try {
    await withStore(options.database, async (store) => {
      const data = dataAccess(store);
      const { paths } = data;
      const actor = operatorActor();
      const now = new Date().toISOString();
      const existing = key === undefined ? undefined : await paths.get(key);
      const saved = existing
        ? await saveDraft({ paths, actor, key: existing.key, definition, now })
        : await createPath({ paths, actor, definition, now });
      output.out(
        `${existing ? 'updated' : 'created'} the draft of ${saved.key} (revision ${saved.draftRevision})\n`,
      );
      if (options.publish) {
        const version = await publishPath({
          data,
          compiled: new CompiledPaths(),
          actor,
          key: saved.key,
          now,
        });
        output.out(`published ${saved.key} as version ${version.version}\n`);
      }
    });
  } catch (error) {
    // withStore turns application errors into CliErrors; invalid definitions deserve their list.
    const cause = error instanceof CliError ? error.cause : error;
    if (cause instanceof AppError && cause.errors) {
      output.err(formatProblems(file, cause.errors));
      return EXIT_INVALID;
    }
    throw error;
  }
  return EXIT_OK;
}

export async function pathExportCommand(
  key: string,
  options: { database?: string; draft?: boolean },
  output: Output,
): Promise<number> {
  const view = await withStore(options.database, (store) =>
    getPath({ data: dataAccess(store), actor: operatorActor(), key }),
  );
  const definition = options.draft ? view.draft : view.definition;
  if (!definition)
    throw new CliError(`${key} has never been published; export its draft with --draft`, EXIT_INVALID);
  output.out(JSON.stringify(definition, null, 2) + '\n');
  return EXIT_OK;
}
