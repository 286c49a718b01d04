// The web apps' API types are generated from the server's OpenAPI document: they must be current.
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../scripts/openapi-types.ts';

it('src/shared/api/openapi.ts matches the API (regenerate with npm run api-types)', async () => {
  const options = await resolveConfig(API_TYPES_FILE);
  const expected = await format(await apiTypes(), { ...options, filepath: API_TYPES_FILE });
  expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(expected);
});
