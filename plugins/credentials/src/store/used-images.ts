// The uploaded images (the core's `/api/v1/images/{id}`) the plugin's rows name, which `learning-paths
// images prune` must keep: the templates' images, and those in the credentials issued, which stay
// as signed when a template changes its image. Issued credentials are read a page at a time.
import { IMAGES_PATH } from '@learning-paths/core';
import type { CredentialDatabase } from '../tables.ts';

const PAGE = 500;
const NAMING_AN_IMAGE = `%${IMAGES_PATH}/%`;
/** An image's address within a text: its id is base64url, so it ends at the first other character. */
const IMAGE_ADDRESS = new RegExp(`${IMAGES_PATH}/[A-Za-z0-9_-]+`, 'g');
const addressesIn = (text: string) => [...text.matchAll(IMAGE_ADDRESS)].map(([address]) => address);

/** The addresses of the uploaded images that templates and issued credentials name, each once. */
export async function imagesInUse(db: CredentialDatabase): Promise<string[]> {
  const templates = await db
    .selectFrom('plugin_credentials_templates')
    .select('image')
    .distinct()
    .where('image', 'like', NAMING_AN_IMAGE)
    .execute();
  const used = new Set(templates.flatMap(({ image }) => addressesIn(image ?? '')));
  for (let after = ''; ;) {
    const page = await db
      .selectFrom('plugin_credentials')
      .select(['id', 'credential'])
      .where('id', '>', after)
      .where('credential', 'like', NAMING_AN_IMAGE)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const { credential } of page) for (const address of addressesIn(credential)) used.add(address);
    if (page.length < PAGE) return [...used];
    after = page.at(-1)!.id;
  }
}
