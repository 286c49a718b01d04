// A plugin's HTTP routes: a fastify plugin registered under /api/v1/plugins/{id}/, whose handlers
// get the caller as the core resolves it and answer errors as problem+json like the core's.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface PluginCaller {
  readonly username: string;
  readonly isAdmin: boolean;
  /** `author`, `instructor`, … with their scope (`org:DemoU`, a path key, `*`). */
  readonly grants: readonly { readonly role: string; readonly scope: string }[];
}

export interface PluginRouteContext {
  /** The signed-in caller; answers 401 problem+json when there is none. */
  caller(request: FastifyRequest): Promise<PluginCaller>;
  /** The request's time (ISO 8601), as the core's use cases see it. */
  now(request: FastifyRequest): string;
}

export type PluginRoutes = (app: FastifyInstance, context: PluginRouteContext) => Promise<void>;
