// Uploaded images, kept in the database as bytes: the only SQL about them. Each gets a random
// 128-bit url-safe id, which is all a reader needs to fetch it.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { chunksOf } from './chunks.ts';

export interface NewImage {
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly uploadedBy: string;
  readonly now: string;
}

export interface ImageRecord {
  readonly id: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly size: number;
  readonly uploadedBy: string;
  readonly createdAt: string;
}

export class ImageRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create({ contentType, bytes, uploadedBy, now }: NewImage): Promise<ImageRecord> {
    const image: ImageRecord = {
      id: randomBytes(16).toString('base64url'),
      contentType,
      bytes,
      size: bytes.length,
      uploadedBy,
      createdAt: now,
    };
    await this.db
      .insertInto('images')
      .values({
        id: image.id,
        content_type: contentType,
        bytes,
        size: image.size,
        uploaded_by: uploadedBy,
        created_at: now,
      })
      .execute();
    return image;
  }

  async find(id: string): Promise<ImageRecord | undefined> {
    const row = await this.db.selectFrom('images').selectAll().where('id', '=', id).executeTakeFirst();
    return (
      row && {
        id: row.id,
        contentType: row.content_type,
        bytes: row.bytes,
        size: Number(row.size),
        uploadedBy: row.uploaded_by,
        createdAt: row.created_at,
      }
    );
  }

  /** The id and size of every image uploaded before `cutoff` (an ISO time), without the bytes. */
  async uploadedBefore(cutoff: string): Promise<{ readonly id: string; readonly size: number }[]> {
    const rows = await this.db
      .selectFrom('images')
      .select(['id', 'size'])
      .where('created_at', '<', cutoff)
      .execute();
    return rows.map((row) => ({ id: row.id, size: Number(row.size) }));
  }

  /** Deletes these images; unknown ids are ignored. */
  async delete(ids: readonly string[]): Promise<void> {
    for (const chunk of chunksOf(ids)) await this.db.deleteFrom('images').where('id', 'in', chunk).execute();
  }
}
