// Builds the HTTP application: fastify with zod schemas, the OpenAPI document and its docs page,
// problem+json errors, each request's context, and the routes. Routes hold no rules; they call
// services.
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config, TrustProxy } from '../config/config.ts';
import type { Store } from '../store/database.ts';
import { FORMAT_LIMITS } from '@learning-paths/core';
import { handleError, sendProblem } from './problem.ts';
import { answerConnectionError } from './connection-errors.ts';
import { healthRoutes } from './routes/health.ts';
import { validatePathRoutes } from './routes/validate-path.ts';
import { pathRoutes } from './routes/paths.ts';
import { courseRoutes } from './routes/courses.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { teamRoutes } from './routes/team.ts';
import { callerResolver } from './authenticate.ts';
import { sessionRoutes } from './routes/session.ts';
import { enrollmentRoutes } from './routes/enrollments.ts';
import { factRoutes } from './routes/facts.ts';
import { learnerRoutes } from './routes/learners.ts';
import { exploreRoutes } from './routes/explore.ts';
import { pathFileRoutes } from './routes/path-files.ts';
import { imageRoutes } from './routes/images.ts';
import { userRoutes } from './routes/users.ts';
import { registerWebUi } from './web-ui.ts';
import { registerSecurityHeaders, type SecurityHeaderOptions } from './security-headers.ts';
import { registerCors } from './cors.ts';
import { openedxCompatRoutes } from './routes/openedx-compat/index.ts';
import { registerRequestContext } from './request-context.ts';
import { dataAccess } from '../store/data-access.ts';
import { CompiledPaths } from '../services/progress/compiled-paths.ts';
import { CatalogCache } from '../services/catalog/catalog-cache.ts';
import { resolvePendingEnrollments } from '../services/enrollments/resolve-pending-enrollments.ts';
import type { UserRecord } from '../store/repositories/user-repository.ts';
import type { LmsPort } from '../lms/lms-port.ts';
import type { OutboxSend } from '../services/learning/start-step-course.ts';
import { StandaloneLms } from '../lms/standalone-lms.ts';
import { finishAnswersOnClose } from './graceful-close.ts';
import { NO_PLUGINS, type LoadedPlugins } from '../plugins/loaded-plugins.ts';
import { pluginRegistry } from '../plugins/plugin-registry.ts';
import { NO_HOOKS, type Hooks } from '../services/plugin-hooks.ts';
import { mountPluginRoutes, pluginListRoutes } from './routes/plugins.ts';
import { pluginSettingsRoutes } from './routes/plugin-settings.ts';
import { pluginBundleRoutes } from './routes/plugin-bundles.ts';

export interface AppOptions {
  readonly store: Store;
  readonly config: Pick<
    Config,
    'bodyLimitBytes' | 'logLevel' | 'openedxJwt' | 'sessionTtlHours' | 'sessionCookieSecure' | 'trustProxy'
  > &
    Partial<SecurityHeaderOptions> &
    Partial<Pick<Config, 'corsOrigins' | 'csrfTrustedOrigins'>>;
  /** The LMS adapter; the standalone one when absent. */
  readonly lms?: LmsPort;
  /** The outbox's adapter for calls requests send at once, and how long they wait (tests shorten it). */
  readonly outbox?: OutboxSend;
  /** The time services record; tests pass a fixed one. */
  readonly clock?: () => Date;
  /** What the plugins registered: their rules join the engine's, their routes are mounted. */
  readonly plugins?: LoadedPlugins;
  /**
   * The compiled-path cache, made with the plugins' rules; createServer shares one with the work
   * beside the app (the Open edX schedule, fact sources). A new one when absent.
   */
  readonly compiled?: CompiledPaths;
  /** The plugins' filters and events, handed to the use cases (createHooks(plugins)); none when absent. */
  readonly hooks?: Hooks;
}

/**
 * TRUST_PROXY as fastify takes it. Fastify 5 trusts no proxy at all for a bare number, so a number
 * of proxies becomes the function proxy-addr makes of one: it believes the connection's peer (hop 0)
 * and the X-Forwarded-For entries up to that many hops, the farthest one believed being the client.
 */
function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return typeof trust === 'boolean' ? trust : [...trust];
}

export async function buildApp({
  store,
  config,
  lms,
  outbox = {},
  clock = () => new Date(),
  plugins = NO_PLUGINS,
  compiled = new CompiledPaths(pluginRegistry(plugins)),
  hooks = NO_HOOKS,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    logger: { level: config.logLevel },
    // The router measures parameters decoded: the longest are keys; usernames and emails are shorter.
    routerOptions: { maxParamLength: FORMAT_LIMITS.keyLength },
    // A URL the router refuses (bad percent-encoding, a segment over that length) is a problem too.
    frameworkErrors: (error, request, reply) => void handleError(error, request, reply),
    clientErrorHandler: answerConnectionError,
  }).withTypeProvider<ZodTypeProvider>();
  finishAnswersOnClose(app.server);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  const { imageHosts = [], frameAncestors = [] } = config;
  const data = dataAccess(store);
  // Someone signing in through the LMS for the first time may have been enrolled by email already.
  const onUserCreated = async (user: UserRecord, now: string) => {
    await resolvePendingEnrollments({ data, compiled, user, now, hooks });
  };
  // Both declare request decorations (the style nonce, the request's context), so they come before
  // any plugin: fastify gives a plugin only the decorations declared before it is registered.
  registerSecurityHeaders(app, { imageHosts, frameAncestors });
  registerRequestContext(app, {
    shared: {
      data,
      compiled,
      catalog: new CatalogCache(),
      lms: lms ?? new StandaloneLms(data),
      outbox,
      imageHosts,
      hooks,
    },
    resolveCaller: callerResolver({ data, config, onUserCreated }),
    clock,
  });
  registerCors(app, { corsOrigins: config.corsOrigins ?? [] });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 404, `no route ${request.method} ${request.url}`),
  );

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Learning Paths API',
        version: '1.0.0',
        description: 'Paths, enrollments and progress. Errors are application/problem+json.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API token (learning-paths token create USERNAME)',
          },
          jwt: {
            type: 'apiKey',
            in: 'header',
            name: 'Authorization',
            description: 'An Open edX JWT: `JWT <token>` (or the edx-jwt-cookie-* cookie pair)',
          },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'lp_session',
            description: 'The web UI session (POST /api/v1/session); writes need X-CSRF-Token',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // Without the top bar, whose logo carries an inline <style> the Content-Security-Policy refuses.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { layout: 'BaseLayout' } });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(healthRoutes(store));
  await app.register(sessionRoutes(config));
  for (const routes of [
    validatePathRoutes,
    pathRoutes,
    pathFileRoutes,
    imageRoutes,
    courseRoutes,
    organizationRoutes,
    teamRoutes,
    enrollmentRoutes,
    factRoutes,
    learnerRoutes,
    exploreRoutes,
    userRoutes,
    openedxCompatRoutes,
  ])
    await app.register(routes);
  await app.register(pluginListRoutes(plugins));
  await app.register(pluginSettingsRoutes(plugins));
  await mountPluginRoutes(app, plugins);
  await app.register(pluginBundleRoutes(plugins));
  await registerWebUi(app, { imageHosts });
  return app;
}
