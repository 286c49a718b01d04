// Use case: deleting uploaded images that no path names, neither a draft nor any published version
// (old versions stay readable, images included), and that no plugin says it uses. Only images older
// than a grace period go, because an author uploads an image before saving the draft that names it.
import type { DataAccess } from '../../store/data-access.ts';
import { imageIdsNamedIn } from './image-urls.ts';

export interface PruneImagesOptions {
  readonly data: DataAccess;
  /** Images uploaded at or after this ISO time are kept, named or not. */
  readonly uploadedBefore: string;
  /** Counts what would go without deleting it. */
  readonly dryRun?: boolean;
  /** Texts naming more images to keep (addresses, as a path names its own): the plugins' (plugin-images.ts). */
  readonly alsoInUse?: () => Promise<Iterable<string>>;
}

export interface PruneImagesResult {
  /** Unused images deleted (or, on a dry run, that would be). */
  readonly unused: number;
  readonly unusedBytes: number;
  /** Images older than the grace period that a path still names, or a plugin uses. */
  readonly inUse: number;
}

export async function pruneUnusedImages({
  data,
  uploadedBefore,
  dryRun = false,
  alsoInUse = () => Promise.resolve([]),
}: PruneImagesOptions): Promise<PruneImagesResult> {
  // Asked before the transaction: plugins read through their own handle on the database, which on
  // SQLite (one connection) would wait for this transaction to end, and it for them.
  const usedElsewhere = [...(await alsoInUse())].flatMap(imageIdsNamedIn);
  // A draft (or a plugin's record) saved while this runs could name again an image that nothing had
  // named for the whole grace period, and lose it: that takes pasting such an old URL at that moment.
  return data.transaction(async (data) => {
    const candidates = await data.images.uploadedBefore(uploadedBefore);
    if (candidates.length === 0) return { unused: 0, unusedBytes: 0, inUse: 0 };
    const named = new Set([
      ...(await data.paths.definitionTexts()).flatMap(imageIdsNamedIn),
      ...usedElsewhere,
    ]);
    const unused = candidates.filter((image) => !named.has(image.id));
    if (!dryRun) await data.images.delete(unused.map((image) => image.id));
    return {
      unused: unused.length,
      unusedBytes: unused.reduce((total, image) => total + image.size, 0),
      inUse: candidates.length - unused.length,
    };
  });
}
