// Generates the TypeScript types of the service API (packages/web/src/shared/api/openapi.ts) from
// the OpenAPI document the server builds, so the web apps are typed by the real routes.
// `npm run api-types` writes it; a test fails when it is out of date.
import { buildApp, loadConfig, migrateToLatest, openStore } from '@learning-paths/server';
import openapiTS, { astToString } from 'openapi-typescript';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const API_TYPES_FILE = fileURLToPath(new URL('../src/shared/api/openapi.ts', import.meta.url));

const HEADER =
  '// The service API as TypeScript types, generated from its OpenAPI document by\n' +
  '// packages/web/scripts/openapi-types.ts (npm run api-types). Do not edit by hand.\n';

export async function apiTypes(): Promise<string> {
  const store = openStore(':memory:');
  await migrateToLatest(store);
  const app = await buildApp({ store, config: { ...loadConfig({}), logLevel: 'silent' } });
  await app.ready();
  const document = app.swagger() as Parameters<typeof openapiTS>[0];
  await app.close();
  await store.close();
  return HEADER + astToString(await openapiTS(document, { alphabetize: true }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(API_TYPES_FILE, await apiTypes());
