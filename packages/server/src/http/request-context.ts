// The context of each request, set once as it arrives: what every request shares (the data access,
// the compiled-path and catalog caches, the LMS adapter, the outbox's sender, the allowed image
// hosts, the plugins' hooks), the request's time read once from the app's clock, and who is
// calling, resolved at the first ask and kept for the rest of the request. Handlers read it with requestContext(request), or
// useCaseContext(request) once they need the caller, and pass use cases what each one takes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LmsPort } from '../lms/lms-port.ts';
import type { Actor } from '../services/actor.ts';
import type { CatalogCache } from '../services/catalog/catalog-cache.ts';
import type { OutboxSend } from '../services/learning/start-step-course.ts';
import type { Hooks } from '../services/plugin-hooks.ts';
import type { CompiledPaths } from '../services/progress/compiled-paths.ts';
import type { DataAccess } from '../store/data-access.ts';
import type { Caller, CallerResolver } from './authenticate.ts';

/** What the app builds once and every request shares. */
export interface SharedContext {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly catalog: CatalogCache;
  readonly lms: LmsPort;
  /** How requests send a remote LMS the calls they queued at once (a learner starting a course). */
  readonly outbox: OutboxSend;
  /** Origins besides the service's own that images in authors' Markdown may load from (IMAGE_HOSTS). */
  readonly imageHosts: readonly string[];
  /** The plugins' filters and events, which handlers pass to the use cases that run them. */
  readonly hooks: Hooks;
}

export interface RequestContext extends SharedContext {
  /** The request's time as ISO 8601, from the app's clock (fixed in tests): all it records. */
  readonly now: string;
  /**
   * Who is calling and how they signed in, resolved at the first call and kept for the request;
   * rejects with 401 or 403 (authenticate.ts). Routes open to anyone never call it.
   */
  readonly caller: () => Promise<Caller>;
}

/** The request's context with its caller known: what use cases take their options from. */
export interface UseCaseContext extends SharedContext {
  readonly now: string;
  readonly actor: Actor;
}

export interface RequestContextOptions {
  readonly shared: SharedContext;
  readonly resolveCaller: CallerResolver;
  readonly clock: () => Date;
}

const DECORATION = 'requestContext';

/**
 * Sets each request's context in an onRequest hook of the app: fastify runs the app's onRequest
 * hooks first, before a route's own hooks (the image upload checks its caller in one) and its
 * handler, which read the context. Call it before registering any plugin or route: a plugin sees
 * only the request decorations declared before it.
 */
export function registerRequestContext(
  app: FastifyInstance,
  { shared, resolveCaller, clock }: RequestContextOptions,
): void {
  // Declared as null and set per request: an object declared here would be shared by all requests.
  app.decorateRequest(DECORATION, null);
  app.addHook('onRequest', (request, _reply, done) => {
    const now = clock().toISOString();
    let caller: Promise<Caller> | undefined;
    request.setDecorator<RequestContext>(DECORATION, {
      ...shared,
      now,
      caller: () => (caller ??= resolveCaller(request, now)),
    });
    done();
  });
}

export function requestContext(request: FastifyRequest): RequestContext {
  return request.getDecorator<RequestContext>(DECORATION);
}

/** The request's context once its caller is resolved; 401 or 403 without valid credentials. */
export async function useCaseContext(request: FastifyRequest): Promise<UseCaseContext> {
  const { caller, ...context } = requestContext(request);
  return { ...context, actor: (await caller()).actor };
}

/** The OpenAPI security requirement of routes that need a caller. */
export const security: Record<string, string[]>[] = [{ bearer: [] }, { jwt: [] }, { session: [] }];
