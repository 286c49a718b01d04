// Where this page may load an author's images from: the service's own uploads, and the hosts an
// administrator allows (IMAGE_HOSTS). The server writes those hosts into every page it serves as a
// meta tag (packages/server/src/http/web-ui.ts), so changing them needs a restart, not a rebuild.
import type { ImagePolicy } from '@learning-paths/core';

/** The name of the meta tag whose content lists the allowed origins, separated by spaces. */
const IMAGE_HOSTS_META = 'learning-paths-image-hosts';

export function pageImagePolicy(): ImagePolicy {
  const hosts = document.querySelector<HTMLMetaElement>(`meta[name="${IMAGE_HOSTS_META}"]`)?.content ?? '';
  return { serviceOrigin: window.location.origin, imageHosts: hosts.split(' ').filter(Boolean) };
}
