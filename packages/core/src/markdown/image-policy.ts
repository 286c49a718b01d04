// Where an image an author names may load from: the service's own uploads, or a host an
// administrator allows (IMAGE_HOSTS). Any other address would let an author watch who reads a
// path (a remote image is a request from every reader), so it is not loaded.

/** Where the service serves the images authors upload. */
export const IMAGES_PATH = '/api/v1/images';

export interface ImagePolicy {
  /** The origin the service answers at (scheme://host[:port]): its uploads are served there. */
  readonly serviceOrigin: string;
  /** Other origins images may load from, exactly as URL.origin writes them. */
  readonly imageHosts: readonly string[];
}

/** The absolute address to load an image from, or null when the policy does not allow it. */
export function allowedImageSource(
  address: string,
  { serviceOrigin, imageHosts }: ImagePolicy,
): string | null {
  let url: URL;
  try {
    url = new URL(address, `${serviceOrigin}/`);
  } catch {
    return null;
  }
  const ownUpload = url.origin === serviceOrigin && url.pathname.startsWith(`${IMAGES_PATH}/`);
  return ownUpload || imageHosts.includes(url.origin) ? url.href : null;
}
