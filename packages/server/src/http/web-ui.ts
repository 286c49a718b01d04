// Serves the built web apps (packages/web/dist): Studio under /studio/, Learn under /learn/, their
// assets under /assets/. Any other path under an app gets its index.html, so that the app's own
// router shows the screen (a reload on /learn/paths/… works). `/` goes to Learn.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.ts';

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
const APPS = ['studio', 'learn'] as const;

export async function registerWebUi(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/learn/'));
  if (!existsSync(dist)) {
    for (const name of APPS)
      app.get(`/${name}/*`, { schema: { hide: true } }, (_request, reply) =>
        sendProblem(reply, 503, 'the web UI is not built: run `npm run build`, then start again'),
      );
    return;
  }
  await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false, index: false });
  for (const name of APPS) {
    app.get(`/${name}`, { schema: { hide: true } }, (_request, reply) => reply.redirect(`/${name}/`));
    for (const route of [`/${name}/`, `/${name}/*`])
      app.get(route, { schema: { hide: true } }, (_request, reply) => reply.sendFile(`${name}/index.html`));
  }
}
