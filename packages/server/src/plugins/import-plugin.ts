// Imports what an LP_PLUGINS entry names and returns its default export: a package name through
// import() (resolved from the service's own node_modules), an absolute path to a file, or to a
// folder (its package.json entry point, else its index file), through its file URL.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PluginLoadError } from './plugin-load-error.ts';

/** Tried in a folder without a package.json entry point; index.ts where TypeScript runs (tsx, tests). */
const INDEX_FILES = ['index.js', 'index.mjs', 'index.ts'];

/** The file an exports or main field points to: the import or default condition of `.`. */
function entryPoint(field: unknown): string | null {
  if (typeof field === 'string') return field;
  if (typeof field !== 'object' || field === null) return null;
  const conditions = field as Record<string, unknown>;
  for (const key of ['.', 'import', 'default']) {
    const found = entryPoint(conditions[key]);
    if (found !== null) return found;
  }
  return null;
}

function folderEntry(folder: string): string | null {
  const manifest = join(folder, 'package.json');
  if (existsSync(manifest)) {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown; main?: unknown };
    const entry = entryPoint(parsed.exports) ?? entryPoint(parsed.main);
    if (entry !== null) return join(folder, entry);
  }
  const index = INDEX_FILES.map((name) => join(folder, name)).find((file) => existsSync(file));
  return index ?? null;
}

/** The module an absolute path names, as a file URL. */
function fileOf(path: string): string {
  if (!existsSync(path)) throw new PluginLoadError(path, 'no such file or folder');
  const file = statSync(path).isDirectory() ? folderEntry(path) : path;
  if (file === null)
    throw new PluginLoadError(
      path,
      `the folder has no package.json entry point and no ${INDEX_FILES.join(', ')}`,
    );
  return pathToFileURL(file).href;
}

function isMissing(error: unknown, specifier: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // Only the package itself missing, not something it imports.
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    (message.includes(`'${specifier}'`) || message.includes(`"${specifier}"`))
  );
}

export async function importPlugin(entry: string): Promise<unknown> {
  const specifier = isAbsolute(entry) ? fileOf(entry) : entry;
  let module: { default?: unknown };
  try {
    module = (await import(specifier)) as { default?: unknown };
  } catch (error) {
    if (isMissing(error, specifier))
      throw new PluginLoadError(entry, 'no such package is installed', { cause: error });
    throw new PluginLoadError(entry, `cannot be imported: ${(error as Error).message}`, { cause: error });
  }
  if (module.default === undefined) throw new PluginLoadError(entry, 'it has no default export');
  return module.default;
}
