#!/usr/bin/env node
// The `learning-paths` executable: runs the compiled CLI (dist/, written by `npm run build`), as a
// server should. A checkout that was never built runs the TypeScript sources instead, as
// bin/learning-paths-dev.js does (development and the tests use that one directly), and says so.
const compiled = new URL('../dist/main.js', import.meta.url).href;

const main = await import(compiled).then(
  (cli) => cli.main,
  (error) => {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && error.url === compiled) return undefined;
    throw error;
  },
);
if (main) process.exitCode = await main(process.argv.slice(2));
else {
  console.error('learning-paths is not built (`npm run build`): running its TypeScript sources.');
  await import('./learning-paths-dev.js');
}
