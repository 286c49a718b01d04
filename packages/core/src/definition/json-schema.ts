// The JSON Schema of the definition format, generated from the zod schemas of a registry.
import { z } from 'zod';
import { defaultRegistry } from '../registry/create-registry.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { schemasFor } from './schemas.ts';

export const SCHEMA_ID = 'https://learning-paths.dev/schemas/path-definition.schema.json';

/** The JSON Schema (draft 2020-12) of path definitions, including rules registered by plugins. */
export function pathDefinitionJsonSchema(registry: RuleRegistry = defaultRegistry): Record<string, unknown> {
  const schema = z.toJSONSchema(schemasFor(registry).definition, { target: 'draft-2020-12', io: 'input' });
  return { ...schema, $id: SCHEMA_ID };
}
