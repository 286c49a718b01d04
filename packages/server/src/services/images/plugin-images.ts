// The uploaded images the loaded plugins use (host.images.inUse), which prune keeps although no path
// names them: every plugin's list at once. A plugin that cannot list them stops prune, named, since
// deleting what it may still use cannot be undone.
import { AppError } from '../../errors.ts';
import type { LoadedPlugins } from '../../plugins/loaded-plugins.ts';

/** What lists the images the plugins use, as pruneUnusedImages takes it (`alsoInUse`). */
export function imagesPluginsUse(plugins: LoadedPlugins): () => Promise<string[]> {
  return async () => {
    const lists = await Promise.all(
      plugins.imagesInUse.map(async ({ pluginId, list }) => {
        try {
          return await list();
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new AppError(
            'plugin_failed',
            `the plugin ${pluginId} could not list the images it uses: ${message}`,
          );
        }
      }),
    );
    return lists.flat();
  };
}
