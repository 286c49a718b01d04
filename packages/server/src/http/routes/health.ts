// GET /healthz: 200 when the database answers, 503 when it does not.
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../../store/database.ts';
import { DATABASE_RETRY_AFTER_SECONDS, sendProblem } from '../problem.ts';

export function healthRoutes(store: Store): FastifyPluginAsyncZod {
  return (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['health'],
          summary: 'Liveness and database check',
          response: { 200: z.object({ status: z.literal('ok') }) },
        },
      },
      async (request, reply) => {
        try {
          await sql`select 1`.execute(store.db);
          return { status: 'ok' as const };
        } catch (error) {
          request.log.error({ err: error }, 'database check failed');
          void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
          return sendProblem(reply, 503, 'the database does not answer');
        }
      },
    );
    return Promise.resolve();
  };
}
