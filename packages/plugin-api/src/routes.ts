// A plugin's HTTP routes: a fastify plugin registered under /api/v1/plugins/{id}/, whose handlers
// get the caller as the core resolves it and answer errors as problem+json like the core's.
import type { PathDefinition } from '@learning-paths/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface PluginCaller {
  readonly username: string;
  readonly isAdmin: boolean;
  /** `author`, `instructor`, … with their scope (`org:DemoU`, a path key, `*`). */
  readonly grants: readonly { readonly role: string; readonly scope: string }[];
}

/**
 * Who may reach a path: `learner` (its staff, and learners once it is published and public or they
 * are enrolled), `staff` (its authors and instructors) or `author` (those who may change it).
 */
export type PathAccess = 'learner' | 'staff' | 'author';

/** A path as a plugin's route sees it. */
export interface PluginPath {
  readonly key: string;
  readonly org: string;
  readonly title: string;
  readonly status: 'draft' | 'published' | 'archived';
  /** The published version and its definition; null before the first publication. */
  readonly version: number | null;
  readonly definition: PathDefinition | null;
}

/**
 * How the core refuses a plugin's request through the context: an Error whose `statusCode` is the
 * core's answer (401, 403, 404), which the core's error handler sends as problem+json if not caught.
 */
export interface RefusedByCore extends Error {
  readonly statusCode: number;
}

export interface PluginRouteContext {
  /** The signed-in caller; rejects with 401 (RefusedByCore) when there is none. */
  caller(request: FastifyRequest): Promise<PluginCaller>;
  /**
   * The signed-in caller, or null when the request signs in no one (no credentials, or ones that do
   * not sign in): for routes open to anyone that show more to some (a private credential to its owner).
   */
  signedIn(request: FastifyRequest): Promise<PluginCaller | null>;
  /**
   * The path `key` if the caller has `access` to it, as the core decides; otherwise rejects
   * (RefusedByCore) with the core's answer: 404 when they may not know it exists, 403 when they may
   * see it but not change it, 401 without a caller.
   */
  path(request: FastifyRequest, key: string, access: PathAccess): Promise<PluginPath>;
  /** The request's time (ISO 8601), as the core's use cases see it. */
  now(request: FastifyRequest): string;
}

export type PluginRoutes = (app: FastifyInstance, context: PluginRouteContext) => Promise<void>;

export interface PluginRoutesOptions {
  /**
   * Mounted at the service's root instead of under `/api/v1/plugins/{id}/`: for addresses another
   * specification fixes (`/.well-known/did.json`) or an API shared with other services. A route the
   * core (or another plugin) has already stops start-up, naming the plugin.
   */
  readonly root?: boolean;
}

/** What a route's `schema` takes: zod schemas of its request parts and words for the API documentation. */
export interface RouteSchemaParts {
  readonly description?: string;
  readonly params?: unknown;
  readonly querystring?: unknown;
  readonly body?: unknown;
  /** Left out of the OpenAPI document. */
  readonly hide?: boolean;
}

/**
 * A route's `schema`: its request parts as zod schemas, which the core validates (a request that
 * fails them is answered 400 problem+json pointing at what is wrong) and documents, with `summary`.
 * Typed loosely for fastify, whose own schema type knows neither zod nor the documentation's fields.
 */
export function routeSchema(summary: string, parts: RouteSchemaParts = {}): Record<string, unknown> {
  return { summary, ...parts };
}
