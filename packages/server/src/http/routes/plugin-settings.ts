// GET and PUT /api/v1/plugin-settings/{id}: a loaded plugin's settings for administrators, with the
// JSON Schema Studio generates their form from; saving checks them with the plugin's own schema and
// puts them in force at once. Anyone else gets 404. Not under /api/v1/plugins/{id}/, which is the
// plugin's own.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LoadedPlugins } from '../../plugins/loaded-plugins.ts';
import { getPluginSettings } from '../../services/plugins/get-plugin-settings.ts';
import { savePluginSettings } from '../../services/plugins/save-plugin-settings.ts';
import { useCaseContext, security } from '../request-context.ts';

const params = z.object({ id: z.string().min(1).max(214) });

const settingsView = z.object({
  id: z.string(),
  version: z.string(),
  schema: z
    .record(z.string(), z.unknown())
    .nullable()
    .meta({ description: 'JSON Schema of the settings as the plugin reads them; null when it has none' }),
  values: z
    .record(z.string(), z.unknown())
    .meta({ description: 'The settings in force; secrets as ********' }),
  secrets: z.array(z.string()),
  saved: z
    .array(z.string())
    .meta({ description: 'Settings with a value saved here; null in PUT removes one' }),
  locked: z
    .array(z.object({ name: z.string(), variable: z.string() }))
    .meta({ description: 'Settings the environment sets: shown, not changeable here' }),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  history: z.array(z.object({ changed: z.array(z.string()), actor: z.string(), at: z.string() })),
});

export function pluginSettingsRoutes(plugins: LoadedPlugins): FastifyPluginAsyncZod {
  return (app) => {
    app.get(
      '/api/v1/plugin-settings/:id',
      {
        schema: {
          tags: ['plugins'],
          summary: 'A plugin\u2019s settings, for its form in Studio (administrators)',
          security,
          params,
          response: { 200: settingsView },
        },
      },
      async (request) =>
        getPluginSettings({ ...(await useCaseContext(request)), plugins, id: request.params.id }),
    );
    app.put(
      '/api/v1/plugin-settings/:id',
      {
        schema: {
          tags: ['plugins'],
          summary: 'Save a plugin\u2019s settings (administrators)',
          description:
            'Changes what was saved: values as the environment gives them (strings for numbers and booleans) or JSON; a name not sent keeps its saved value; null removes it (back to the file or the default); a secret sent as ******** keeps its value. Settings the environment sets cannot be sent.',
          security,
          params,
          body: z.object({ values: z.record(z.string().max(100), z.unknown()) }),
          response: { 200: settingsView },
        },
      },
      async (request) =>
        savePluginSettings({
          ...(await useCaseContext(request)),
          plugins,
          id: request.params.id,
          values: request.body.values,
        }),
    );
    return Promise.resolve();
  };
}
