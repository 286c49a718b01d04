// `learning-paths images prune [--older-than HOURS] [--dry-run]`: deletes uploaded images that no
// path names any more (from cron, say), after a grace period for drafts not yet saved. The plugins
// LP_PLUGINS names are loaded, so that the images they use (a credential's) are kept too.
import { dataAccess, imagesPluginsUse, pruneUnusedImages } from '@learning-paths/server';
import { CliError, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { commandPlugins } from '../plugins.ts';
import { readConfig } from '../read-config.ts';
import { withStore } from '../with-store.ts';

export const DEFAULT_GRACE_HOURS = 24;

export interface ImagesPruneOptions {
  readonly database?: string;
  readonly olderThan?: string;
  readonly dryRun?: boolean;
}

/** The grace period in hours: a whole number, zero allowed (everything unused goes). */
function graceHours(value: string | undefined): number {
  if (value === undefined) return DEFAULT_GRACE_HOURS;
  if (!/^\d+$/.test(value.trim()))
    throw new CliError(`--older-than takes a whole number of hours, not "${value}"`);
  return Number(value);
}

/** A size as people read it: bytes, KiB or MiB. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export async function imagesPruneCommand(options: ImagesPruneOptions, output: Output): Promise<number> {
  const hours = graceHours(options.olderThan);
  const uploadedBefore = new Date(Date.now() - hours * 3_600_000).toISOString();
  const result = await withStore(options.database, async (store) => {
    const plugins = await commandPlugins(readConfig(), store);
    return pruneUnusedImages({
      data: dataAccess(store),
      uploadedBefore,
      dryRun: options.dryRun ?? false,
      alsoInUse: imagesPluginsUse(plugins),
    });
  });
  const images = (count: number) => `${count} ${count === 1 ? 'image' : 'images'}`;
  output.out(
    `${options.dryRun ? 'would delete' : 'deleted'} ${images(result.unused)} that no path or plugin ` +
      `uses (${size(result.unusedBytes)}); ${images(result.inUse)} uploaded over ${hours} h ago ` +
      `${result.inUse === 1 ? 'is' : 'are'} still in use\n`,
  );
  return EXIT_OK;
}
