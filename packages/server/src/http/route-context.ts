// What every route module receives: the data access, the compiled-path and catalog caches, the
// LMS adapter, the resolver of who is calling, the clock, and the allowed image hosts. Built once in
// app.ts.
import type { LmsPort } from '../lms/lms-port.ts';
import type { OutboxSend } from '../services/learning/start-step-course.ts';
import type { CatalogCache } from '../services/catalog/catalog-cache.ts';
import type { CompiledPaths } from '../services/progress/compiled-paths.ts';
import type { DataAccess } from '../store/data-access.ts';
import type { ActorResolver } from './authenticate.ts';

export interface RouteContext {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly catalog: CatalogCache;
  readonly lms: LmsPort;
  /** How requests send a remote LMS the calls they queued at once (a learner starting a course). */
  readonly outbox: OutboxSend;
  readonly authenticate: ActorResolver;
  /** The current time as ISO 8601, from the app's clock (fixed in tests). */
  readonly now: () => string;
  /** Origins besides the service's own that images in authors' Markdown may load from (IMAGE_HOSTS). */
  readonly imageHosts: readonly string[];
}

/** The OpenAPI security requirement of routes that need a caller. */
export const security: Record<string, string[]>[] = [{ bearer: [] }, { jwt: [] }, { session: [] }];
