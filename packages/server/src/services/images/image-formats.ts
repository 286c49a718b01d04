// The images the service takes: PNG, JPEG, WebP and GIF up to 2 MiB, each known by its magic
// number. SVG is not among them: it can carry script, and would run as the service's own page.
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** Whether `bytes` hold `signature` at `offset`. */
const holds = (bytes: Buffer, offset: number, signature: string | number[]) => {
  const expected = Buffer.from(signature);
  return bytes.subarray(offset, offset + expected.length).equals(expected);
};

const MAGIC_NUMBERS: Record<ImageType, (bytes: Buffer) => boolean> = {
  'image/png': (bytes) => holds(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (bytes) => holds(bytes, 0, [0xff, 0xd8, 0xff]),
  'image/webp': (bytes) => holds(bytes, 0, 'RIFF') && holds(bytes, 8, 'WEBP'),
  'image/gif': (bytes) => holds(bytes, 0, 'GIF87a') || holds(bytes, 0, 'GIF89a'),
};

/** The media type of a Content-Type header, without parameters, in lower case. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isImageType(type: string): type is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/** The accepted type whose magic number the bytes start with, if any. */
export function sniffImageType(bytes: Buffer): ImageType | undefined {
  return IMAGE_TYPES.find((type) => MAGIC_NUMBERS[type](bytes));
}

export function unsupportedTypeMessage(contentType: string | undefined): string {
  const type = mediaType(contentType);
  return `${type ? `Content-Type ${type}` : 'a body without Content-Type'} is not accepted: send ${IMAGE_TYPES.join(', ')} (SVG is refused, as it can carry script)`;
}

export function tooLargeMessage(): string {
  return `an image may have at most 2 MiB (${MAX_IMAGE_BYTES} bytes)`;
}
