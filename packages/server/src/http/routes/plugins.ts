// GET /api/v1/plugins: the plugins loaded (id, version, the plugin-API versions each supports) and
// the service's plugin-API version, for any signed-in caller; administrators also see each one's
// settings, its secrets masked. And each plugin's own routes, mounted under /api/v1/plugins/{id}/
// in an encapsulated fastify context: the core's caller resolution, clock and problem+json errors,
// and a `plugin:{id}` tag in the OpenAPI document.
import {
  PLUGIN_API_VERSION,
  type PathAccess,
  type PluginRouteContext,
  type PluginRoutes,
} from '@learning-paths/plugin-api';
import { PluginLoadError } from '../../plugins/plugin-load-error.ts';
import { AppError } from '../../errors.ts';
import { statusOfCode } from '../problem.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LoadedPlugins } from '../../plugins/loaded-plugins.ts';
import { maskedSettings } from '../../services/plugins/plugin-settings-view.ts';
import { pathForAuthor, pathForStaff, visiblePath } from '../../services/paths/path-access.ts';
import { requestContext, security, useCaseContext } from '../request-context.ts';

const pluginView = z.object({
  id: z.string(),
  version: z.string(),
  apiVersions: z.array(z.number().int()),
  settings: z
    .record(z.string(), z.unknown())
    .optional()
    .meta({ description: 'Administrators only: the settings in force, secrets masked' }),
});

export function pluginListRoutes(loaded: LoadedPlugins): FastifyPluginAsyncZod {
  return (app) => {
    app.get(
      '/api/v1/plugins',
      {
        schema: {
          tags: ['plugins'],
          summary: 'The plugins loaded, and the plugin-API version of the service',
          description:
            'Any signed-in caller; administrators also get each plugin\u2019s settings, secrets masked.',
          security,
          response: { 200: z.object({ apiVersion: z.number().int(), plugins: z.array(pluginView) }) },
        },
      },
      async (request) => {
        const { actor } = await requestContext(request).caller();
        return {
          apiVersion: PLUGIN_API_VERSION,
          plugins: loaded.plugins.map((plugin) => ({
            id: plugin.manifest.id,
            version: plugin.manifest.version,
            apiVersions: [...plugin.manifest.apiVersions],
            ...(actor.user.isAdmin ? { settings: maskedSettings(plugin) } : {}),
          })),
        };
      },
    );
    return Promise.resolve();
  };
}

/** The core's refusals as plugins get them: with the HTTP status they stand for as `statusCode`. */
async function withStatus<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError) throw Object.assign(error, { statusCode: statusOfCode(error.code) });
    throw error;
  }
}

async function callerOf(request: FastifyRequest) {
  const { actor } = await withStatus(requestContext(request).caller());
  return {
    username: actor.user.username,
    isAdmin: actor.user.isAdmin,
    grants: actor.grants.map(({ role, scope }) => ({ role, scope })),
  };
}

/** What a plugin's handlers get from the core: the caller (401 without one) and the request's time. */
const routeContext: PluginRouteContext = {
  caller: callerOf,
  async signedIn(request) {
    try {
      return await callerOf(request);
    } catch (error) {
      // No credentials at all, or ones that do not sign in: nobody. A refusal of another kind stands.
      if (error instanceof AppError && error.code === 'unauthenticated') return null;
      throw error;
    }
  },
  path: (request, key, access) => withStatus(visiblePathFor(request, key, access)),
  now: (request) => requestContext(request).now,
};

/** The path `key` if the caller has `access` to it, as the core's use cases decide. */
async function visiblePathFor(request: FastifyRequest, key: string, access: PathAccess) {
  const { data, compiled, actor } = await useCaseContext(request);
  const path =
    access === 'author'
      ? await pathForAuthor(data.paths, actor, key)
      : access === 'staff'
        ? await pathForStaff(data.paths, actor, key)
        : await visiblePath(data, actor, key);
  const version = path.publishedVersion;
  return {
    key: path.key,
    org: path.org,
    title: path.title,
    status: path.status,
    version,
    definition: version === null ? null : (await compiled.get(data.paths, key, version)).definition,
  };
}

export async function mountPluginRoutes(app: FastifyInstance, loaded: LoadedPlugins): Promise<void> {
  for (const { pluginId, routes, root } of loaded.routes)
    await mountRoutes(app, pluginId, routes, root).catch((error: unknown) => {
      // A route the core or an earlier plugin has already (a root one, mostly).
      throw new PluginLoadError(pluginId, `its routes could not be mounted: ${(error as Error).message}`, {
        cause: error,
      });
    });
}

async function mountRoutes(app: FastifyInstance, pluginId: string, routes: PluginRoutes, root: boolean) {
  await app.register(
    async (scope) => {
      const tag = `plugin:${pluginId}`;
      // Every route of the plugin under its tag in the OpenAPI document.
      scope.addHook('onRoute', (route) => {
        route.schema = { ...route.schema, tags: [tag] };
      });
      await routes(scope, routeContext);
    },
    root ? {} : { prefix: `/api/v1/plugins/${pluginId}` },
  );
}
