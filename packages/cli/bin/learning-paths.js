#!/usr/bin/env node
// The `learning-paths` executable: runs the TypeScript CLI through tsx, so that
// `npx learning-paths` works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
