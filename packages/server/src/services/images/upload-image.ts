// Use case: an author (of any organisation) or an admin uploads an image for a path: one of the
// accepted types, declared by Content-Type and confirmed by the bytes' magic number.
import { AppError } from '../../errors.ts';
import type { ImageRecord, ImageRepository } from '../../store/repositories/image-repository.ts';
import type { Actor } from '../actor.ts';
import {
  isImageType,
  MAX_IMAGE_BYTES,
  mediaType,
  sniffImageType,
  tooLargeMessage,
  unsupportedTypeMessage,
} from './image-formats.ts';

export interface UploadImageOptions {
  readonly images: ImageRepository;
  readonly actor: Actor;
  /** The Content-Type the image came with. */
  readonly contentType: string | undefined;
  readonly bytes: Buffer | undefined;
  readonly now: string;
}

/** Refuses those who may not upload; the route asks before reading a body it would not keep. */
export function checkMayUploadImages(actor: Actor): void {
  if (!actor.user.isAdmin && !actor.grants.some((grant) => grant.role === 'author'))
    throw new AppError('forbidden', 'only authors and admins may upload images');
}

export async function uploadImage({
  images,
  actor,
  contentType,
  bytes,
  now,
}: UploadImageOptions): Promise<ImageRecord> {
  checkMayUploadImages(actor);
  if (!bytes || bytes.length === 0)
    throw new AppError('malformed', "the body is empty: send the image's bytes");
  const declared = mediaType(contentType);
  if (!isImageType(declared)) throw new AppError('unsupported_type', unsupportedTypeMessage(contentType));
  if (bytes.length > MAX_IMAGE_BYTES)
    throw new AppError('too_large', `${tooLargeMessage()}; this one has ${bytes.length} bytes`);
  const actual = sniffImageType(bytes);
  if (actual !== declared)
    throw new AppError(
      'malformed',
      actual
        ? `the bytes are ${actual}, not ${declared} as Content-Type says`
        : `the bytes are not ${declared} as Content-Type says: their magic number does not match`,
    );
  return images.create({ contentType: declared, bytes, uploadedBy: actor.user.username, now });
}
