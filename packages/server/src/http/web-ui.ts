// Serves the built web apps (packages/web/dist): Studio under /studio/, Learn under /learn/, their
// assets under /assets/. Any other path under an app gets its index.html, so that the app's own
// router shows the screen (a reload on /learn/paths/… works). `/` goes to Learn. Each index.html
// carries, in meta tags the apps read, the image hosts an administrator allows (IMAGE_HOSTS; see
// packages/web/src/shared/content/image-policy.ts), so changing them needs a restart and no rebuild,
// and the nonce its Content-Security-Policy allows <style> elements with (security-headers.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { escapeHtml } from '@learning-paths/core';
import { sendProblem } from './problem.ts';
import { styleNonce } from './security-headers.ts';

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
const APPS = ['studio', 'learn'] as const;
const IMAGE_HOSTS_META = 'learning-paths-image-hosts';
const STYLE_NONCE_META = 'learning-paths-style-nonce';

export async function registerWebUi(
  app: FastifyInstance,
  { imageHosts, dist = WEB_DIST }: { readonly imageHosts: readonly string[]; readonly dist?: string },
): Promise<void> {
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/learn/'));
  if (!existsSync(dist)) {
    for (const name of APPS)
      app.get(`/${name}/*`, { schema: { hide: true } }, (_request, reply) =>
        sendProblem(reply, 503, 'the web UI is not built: run `npm run build`, then start again'),
      );
    return;
  }
  await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false, index: false });
  const hosts = `<meta name="${IMAGE_HOSTS_META}" content="${escapeHtml(imageHosts.join(' '))}" />`;
  for (const name of APPS) {
    // With the query: Learn's router writes its home's filters as /learn?type=path, which a reload
    // or a shared link must keep.
    app.get(`/${name}`, { schema: { hide: true } }, (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(`/${name}/${query < 0 ? '' : request.url.slice(query)}`);
    });
    for (const route of [`/${name}/`, `/${name}/*`])
      app.get(route, { schema: { hide: true } }, async (request, reply) => {
        const nonce = `<meta name="${STYLE_NONCE_META}" content="${styleNonce(request)}" />`;
        // Read at each request, as a rebuild replaces the assets it names.
        const page = await readFile(join(dist, name, 'index.html'), 'utf8');
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-cache')
          .send(page.replace('</head>', `  ${hosts}\n    ${nonce}\n  </head>`));
      });
  }
}
