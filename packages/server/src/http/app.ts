// Builds the HTTP application: fastify with zod schemas, the OpenAPI document and its docs page,
// problem+json errors, and the routes. Routes hold no rules; they call services.
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config/config.ts';
import type { Store } from '../store/database.ts';
import { handleError, sendProblem } from './problem.ts';
import { healthRoutes } from './routes/health.ts';
import { validatePathRoutes } from './routes/validate-path.ts';
import { pathRoutes } from './routes/paths.ts';
import { courseRoutes } from './routes/courses.ts';
import { CourseRepository } from '../store/repositories/course-repository.ts';
import { bearerTokenResolver } from './authenticate.ts';
import { PathRepository } from '../store/repositories/path-repository.ts';
import { UserRepository } from '../store/repositories/user-repository.ts';

export interface AppOptions {
  readonly store: Store;
  readonly config: Pick<Config, 'bodyLimitBytes' | 'logLevel'>;
  /** The time services record; tests pass a fixed one. */
  readonly clock?: () => Date;
}

export async function buildApp({
  store,
  config,
  clock = () => new Date(),
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: config.bodyLimitBytes,
    logger: { level: config.logLevel },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
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
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(healthRoutes(store));
  await app.register(validatePathRoutes);
  const authenticate = bearerTokenResolver(new UserRepository(store.db));
  await app.register(pathRoutes({ paths: new PathRepository(store.db), authenticate, clock }));
  await app.register(courseRoutes({ courses: new CourseRepository(store.db), authenticate, clock }));
  return app;
}
