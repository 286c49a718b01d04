// The demo's four published paths: the spec's data-science path and the nested credit programme,
// read from examples/ (the same files the documentation and the `demo` command use), and the two
// OpenTech paths of opentech-paths.ts.
import { readFileSync } from 'node:fs';
import { parseDocument } from '@learning-paths/core';
import { CLOUD_NATIVE, SECURITY_PRACTITIONER } from './opentech-paths.ts';

const EXAMPLES = new URL('../../../../examples/', import.meta.url);

function example(file: string): unknown {
  const text = readFileSync(new URL(file, EXAMPLES), 'utf8');
  return parseDocument(text);
}

/** The definitions, unvalidated (createPath validates them), in the order they are created. */
export function demoPaths(): unknown[] {
  return [
    example('data-science/path.json'),
    example('credit-programme/path.yaml'),
    CLOUD_NATIVE,
    SECURITY_PRACTITIONER,
  ];
}
