// `learning-paths path import FILE [--publish]` and `path export KEY [--draft]`: moving path
// definition files in and out of a service's database, as the operator.
import { AppError, dataAccess, getPath, importPath, operatorActor } from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { formatProblems } from '../problems-text.ts';
import { readDocument } from '../read-document.ts';
import { withStore } from '../with-store.ts';
import { commandPluginContext } from '../plugins.ts';

export async function pathImportCommand(
  file: string,
  options: { database?: string; publish?: boolean },
  output: Output,
): Promise<number> {
  const definition = readDocument(file);
  try {
    await withStore(options.database, async (store) => {
      const { compiled, hooks } = await commandPluginContext(store);
      const { path, created, published } = await importPath({
        data: dataAccess(store),
        compiled,
        hooks,
        actor: operatorActor(),
        definition,
        publish: options.publish ?? false,
        now: new Date().toISOString(),
      });
      output.out(
        `${created ? 'created' : 'updated'} the draft of ${path.key} (revision ${path.draftRevision})\n`,
      );
      if (published) output.out(`published ${path.key} as version ${published.version}\n`);
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
