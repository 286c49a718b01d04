// The plugins' browser bundles (host.ui): GET /api/v1/plugins/ui lists them for Learn and Studio,
// which import each at start (packages/web/src/shared/plugins/browser-plugins.ts); GET
// /plugins/{id}/ui.js serves one. Public, as the apps load them before anyone signs in (a bundle is
// code every browser runs anyway). Each bundle is read once, when the app is built: a new one needs
// a restart, never a rebuild of the apps. The listed URL carries the bundle's hash, so the browser
// may keep it for good; the bare URL is revalidated with its ETag.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LoadedPlugins } from '../../plugins/loaded-plugins.ts';
import { sendProblem } from '../problem.ts';

interface ServedBundle {
  readonly source: Buffer;
  /** Of the content: the ETag, and the `v` of the listed URL. */
  readonly hash: string;
}

const bundleUrl = (pluginId: string, hash: string) => `/plugins/${pluginId}/ui.js?v=${hash}`;

async function readBundles(loaded: LoadedPlugins): Promise<Map<string, ServedBundle>> {
  const bundles = new Map<string, ServedBundle>();
  for (const { pluginId, bundle } of loaded.ui ?? []) {
    const source = await readFile(bundle);
    bundles.set(pluginId, {
      source,
      hash: createHash('sha256').update(source).digest('base64url').slice(0, 22),
    });
  }
  return bundles;
}

export function pluginBundleRoutes(loaded: LoadedPlugins): FastifyPluginAsyncZod {
  return async (app) => {
    const bundles = await readBundles(loaded);
    app.get(
      '/api/v1/plugins/ui',
      {
        schema: {
          tags: ['plugins'],
          summary: 'The plugins\u2019 browser bundles, which Learn and Studio import at start',
          description: 'Public. Each URL carries its content\u2019s hash; the answer is revalidated.',
          response: { 200: z.array(z.object({ id: z.string(), url: z.string() })) },
        },
      },
      (_request, reply) => {
        void reply.header('cache-control', 'no-cache');
        return [...bundles].map(([id, { hash }]) => ({ id, url: bundleUrl(id, hash) }));
      },
    );
    app.get(
      '/plugins/:id/ui.js',
      {
        schema: {
          hide: true,
          params: z.object({ id: z.string() }),
          querystring: z.object({ v: z.string().optional() }),
        },
      },
      (request, reply) => {
        const bundle = bundles.get(request.params.id);
        if (!bundle) return sendProblem(reply, 404, `no plugin ${request.params.id} has a browser bundle`);
        const etag = `"${bundle.hash}"`;
        void reply
          .header('etag', etag)
          .header(
            'cache-control',
            request.query.v === bundle.hash ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        if (request.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply.type('text/javascript; charset=utf-8').send(bundle.source);
      },
    );
  };
}
