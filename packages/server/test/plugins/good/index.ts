// A test plugin that uses every part of the host: settings (one a secret), a criterion, routes, a
// migration of its own table, a fact source fed by one of its routes, a job writing to its table, and
// routes that answer what the host tells of paths and accounts.
import type { CriterionDefinition } from '@learning-paths/core';
import { definePlugin, type PluginFact, type RecordFacts } from '@learning-paths/plugin-api';
import { z } from 'zod';

/** Its table: what its job and its routes wrote. */
export const NOTES = 'plugin_good_notes';

/** Its criterion: at least this fraction of the course completed. */
const halfDone: CriterionDefinition<number> = {
  name: 'halfDone',
  description: 'At least the given fraction of the course completed.',
  schema: z.number().min(0).max(1),
  isSatisfied: (minimum, course) => (course.completion ?? 0) >= minimum,
  progress: (minimum, course) => (minimum === 0 ? 1 : Math.min(1, (course.completion ?? 0) / minimum)),
  explain: (minimum, _course, title) => `Complete ${minimum * 100}% of ${title}`,
  summarize: (minimum) => `completion ≥ ${minimum * 100}%`,
};

export default definePlugin({
  id: 'org.example.good',
  version: '1.2.3',
  apiVersions: [1],
  settings: z.object({
    greeting: z.string().default('hello'),
    maxNotes: z.coerce.number().int().positive().default(10),
    apiKey: z.string().default('unset'),
  }),
  secrets: ['apiKey'],
  register(host) {
    host.rules.criterion(halfDone);
    host.migrations({
      '0001-notes': {
        async up(db) {
          await db.schema
            .createTable(NOTES)
            .addColumn('text', 'text', (column) => column.notNull())
            .execute();
        },
        async down(db) {
          await db.schema.dropTable(NOTES).execute();
        },
      },
    });
    host.schedule({
      name: 'write-note',
      everyMinutes: 1,
      async run(now) {
        await host.database
          .insertInto(NOTES)
          .values({ text: `job at ${now}` })
          .execute();
      },
    });
    let record: RecordFacts | undefined;
    host.factSource({
      name: 'good-source',
      start(given) {
        record = given;
      },
      stop() {
        record = undefined;
      },
    });
    host.routes(async (app, context) => {
      app.get('/whoami', async (request) => {
        const caller = await context.caller(request);
        return { ...caller, now: context.now(request), greeting: host.settings.greeting };
      });
      app.get('/fail', () => Promise.reject(new Error('the plugin failed')));
      app.get('/signed-in', async (request) => ({
        caller: (await context.signedIn(request))?.username ?? null,
      }));
      // What the caller may see of a path (context.path), and what the plugin itself reads (host.paths).
      app.get<{ Params: { key: string; access: 'learner' | 'staff' | 'author' } }>(
        '/paths/:key/as/:access',
        async (request) => {
          const path = await context.path(request, request.params.key, request.params.access);
          return { ...path, definition: path.definition?.title ?? null };
        },
      );
      app.get<{ Params: { key: string } }>('/paths/:key', async (request) => {
        const path = await host.paths.get(request.params.key);
        return path && { ...path, definition: path.definition?.title ?? null };
      });
      app.get<{ Params: { username: string }; Querystring: { path: string; email?: string } }>(
        '/users/:username',
        async (request) => ({
          account: await host.users.get(request.params.username),
          byEmail: request.query.email ? await host.users.byEmail(request.query.email) : null,
          enrolled: await host.users.isEnrolled(request.params.username, request.query.path),
        }),
      );
      app.post('/facts', async (request, reply) => {
        if (!(await context.caller(request)).isAdmin)
          throw Object.assign(new Error('only administrators may record facts here'), { statusCode: 403 });
        if (!record) throw new Error('the fact source is not started');
        await record(request.body as PluginFact[]);
        return reply.code(204).send();
      });
      return Promise.resolve();
    });
    // An address another specification fixes, at the service's root.
    host.routes(
      async (app) => {
        app.get('/.well-known/good.json', () => ({ good: true }));
        return Promise.resolve();
      },
      { root: true },
    );
  },
});
