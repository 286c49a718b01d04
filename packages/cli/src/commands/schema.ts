// `learning-paths schema`: the JSON Schema of the definition format.
import { pathDefinitionJsonSchema } from '@learning-paths/core';
import { EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';

export function schemaCommand(output: Output): number {
  output.out(JSON.stringify(pathDefinitionJsonSchema(), null, 2) + '\n');
  return EXIT_OK;
}
