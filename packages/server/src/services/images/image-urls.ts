// Where an uploaded image is served, and which uploaded images a text (a path definition) names.
// Ids are base64url, so an id in a URL ends at the first character outside that alphabet.
import { IMAGES_PATH } from '@learning-paths/core';

export { IMAGES_PATH };

/** The address of an uploaded image on this service, as a path's `image` names it. */
export function imagePath(id: string): string {
  return `${IMAGES_PATH}/${id}`;
}

const NAMED_IMAGE = new RegExp(`${IMAGES_PATH}/([A-Za-z0-9_-]+)`, 'g');

/** The ids of the uploaded images a text names, relative or absolute, in any field (Markdown too). */
export function imageIdsNamedIn(text: string): string[] {
  return [...text.matchAll(NAMED_IMAGE)].map((match) => match[1]!);
}
