// Use case: a page of the published paths a caller may see, in the Open edX plugin's order, each
// with its published version compiled and its courses from the catalog.
import { listedPaths, withDetails, type VisiblePath, type VisiblePathsOptions } from './visible-paths.ts';

export async function listVisiblePaths(
  options: VisiblePathsOptions & { readonly limit: number; readonly offset: number },
): Promise<{ items: VisiblePath[]; total: number }> {
  const listed = await listedPaths(options);
  const page = listed.slice(options.offset, options.offset + options.limit);
  return { items: await withDetails(options, page), total: listed.length };
}
