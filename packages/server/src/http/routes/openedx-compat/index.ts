// The Open edX compatibility surface under /api/learning_paths/v1/: the routes and shapes of
// OpenCraft's learning-paths-plugin (and learning-credentials' `configured/` for paths), so that its
// learner micro-frontend and scripts work unchanged.
// Bodies may also come form-encoded, as scripts written against Django often send them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bulkEnrollRoutes } from './bulk-enroll.ts';
import { credentialRoutes } from './credentials.ts';
import { enrollmentRoutes } from './enrollments.ts';
import { learningPathRoutes } from './learning-paths.ts';
import { programRoutes } from './programs.ts';
import { progressRoutes } from './progress.ts';

export const openedxCompatRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  for (const routes of [
    learningPathRoutes,
    progressRoutes,
    enrollmentRoutes,
    bulkEnrollRoutes,
    programRoutes,
    credentialRoutes,
  ])
    await app.register(routes);
};
