#!/usr/bin/env node
// `learning-paths` from the TypeScript sources, through tsx, for development and the tests: no
// build step, and every change is seen at once. The workspace packages resolve to their sources
// (the "source" export condition) instead of their dist/ builds.
import { register } from 'node:module';
import { register as registerTypeScript } from 'tsx/esm/api';

registerTypeScript();
register('./source-condition.js', import.meta.url);
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
