// One process of the backfill benchmark: opens the SQLite database it is given, loads the
// credentials plugin as `learning-paths start` does (its tables migrated), runs its work at start
// (the issuer key, then a backfill pass) and prints `{ issued, seconds, finished }` as one JSON line.
// The benchmark kills the first such process part-way and starts a second, which goes on.
import { fileURLToPath } from 'node:url';
import { openPlugins, openStore } from '@learning-paths/server';
import { backfillFinished, credentialCount } from './credential-count.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: backfill-process.ts <sqlite file>');
const plugin = fileURLToPath(new URL('..', import.meta.url));
const quiet = { info: () => undefined, warn: () => undefined, error: console.error };

const store = openStore(file);
const loaded = await openPlugins(
  { plugins: { entries: [plugin], configFile: null, environment: {} } },
  store,
  quiet,
);
const before = await credentialCount(store);
const started = performance.now();
for (const { run } of loaded.starts) await run();
const seconds = (performance.now() - started) / 1000;
const issued = (await credentialCount(store)) - before;
const finished = await backfillFinished(store);
process.stdout.write(`${JSON.stringify({ issued, seconds, finished })}\n`);
await store.close();
