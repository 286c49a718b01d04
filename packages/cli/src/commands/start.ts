// `learning-paths start [--port N] [--database URL_OR_FILE] [--demo]`: the service in one process,
// on the embedded SQLite file unless told otherwise; `--demo` first seeds demonstration data into
// an empty database and prints who can sign in. Stops gracefully on SIGINT or SIGTERM: it takes no
// new connection, lets the requests in flight finish and send their whole answers (for at most
// SHUTDOWN_DRAIN_SECONDS) and the LMS outbox sender finish its calls in flight, then closes the
// database.
import {
  AppError,
  buildApp,
  closeWithin,
  CompiledPaths,
  ConfigError,
  createLms,
  createOutboxLms,
  dataAccess,
  loadConfig,
  migrateToLatest,
  OpenedxLms,
  openStore,
  scheduleOpenedx,
  seedDemo,
  startOutboxSender,
  type DemoSeedResult,
  type DemoSignIn,
  type Store,
} from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { untilSignal } from '../until-signal.ts';
import { runWorker } from './worker.ts';

export interface StartOptions {
  readonly port?: string;
  readonly database?: string;
  readonly demo?: boolean;
}

async function seed(store: Store): Promise<{ result: DemoSeedResult; seconds: number }> {
  const started = performance.now();
  try {
    const result = await seedDemo({
      data: dataAccess(store),
      compiled: new CompiledPaths(),
      now: new Date().toISOString(),
    });
    return { result, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await store.close();
    if (error instanceof AppError)
      throw new CliError(`cannot seed the demonstration data: ${error.message}`, EXIT_INVALID, {
        cause: error,
      });
    throw error;
  }
}

function signInText({ password, staff, learners }: DemoSignIn): string {
  const rows = [
    ...staff.map(({ username, role }) => [username, role] as const),
    [`${learners.first} … ${learners.last}`, `${learners.count} learners`] as const,
  ];
  const width = Math.max(...rows.map(([names]) => names.length));
  return [
    `Demo sign-in names, all with the password ${password}:`,
    ...rows.map(([names, role]) => `  ${names.padEnd(width)}  ${role}`),
    '',
  ].join('\n');
}

function demoText({ result, seconds }: { result: DemoSeedResult; seconds: number }): string {
  if (!result.seeded)
    return `Demo data not seeded: ${result.reason}.\n${result.signIn ? signInText(result.signIn) : ''}`;
  return (
    `Demo data seeded in ${seconds.toFixed(1)} s: ${result.organisations.length} organisations ` +
    `(${result.organisations.join(', ')}), ${result.courses} courses, ${result.paths.length} published paths, ` +
    `${result.learners} learners with ${result.enrollments} enrollments (and ${result.pendingEnrollments} ` +
    `pending by email) and their progress.\n${signInText(result.signIn)}`
  );
}

export async function startCommand(options: StartOptions, output: Output): Promise<number> {
  let config;
  try {
    config = loadConfig({
      ...process.env,
      ...(options.port === undefined ? {} : { PORT: options.port }),
      ...(options.database === undefined ? {} : { DATABASE_URL: options.database }),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const store = openStore(config.databaseUrl, { sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs });
  await migrateToLatest(store);
  const demo = options.demo ? await seed(store) : undefined;
  const data = dataAccess(store);
  const lms = createLms(config, data);
  // One attempt a call, for the sender and for the calls requests send at once.
  const outboxLms = createOutboxLms(config, data);
  const app = await buildApp({ store, config, lms, outbox: { lms: outboxLms } });
  // Listened for before anyone learns the address: a stop asked for from then on is graceful.
  const stopAsked = untilSignal();
  const address = await app.listen({ port: config.port, host: config.host });
  output.out(
    `Learning Paths listening on ${address} (Learn: ${address}/learn/, Studio: ${address}/studio/, API docs: ${address}/api/docs; database: ${config.databaseUrl})\n`,
  );
  if (demo) output.out(demoText(demo));
  // In Open edX mode this process consumes the event bus too; production adds `worker` processes.
  // An unreachable bus stops the start: the server must not go on listening without its worker.
  const worker =
    config.openedxLms && config.eventBus
      ? await runWorker({ store, eventBus: config.eventBus, logger: app.log }).catch(
          async (error: unknown) => {
            await app.close();
            await store.close();
            throw error;
          },
        )
      : undefined;

  // The Open edX catalog sync and reconciliation run in this process too.
  const schedule =
    lms instanceof OpenedxLms
      ? scheduleOpenedx({ lms, data, compiled: new CompiledPaths(), log: app.log })
      : undefined;

  // The LMS calls requests queued (an LMS of the service's own needs none).
  const sender = lms.remote ? startOutboxSender({ data, lms: outboxLms, log: app.log }) : undefined;

  app.log.info({ signal: await stopAsked }, 'shutting down');
  await Promise.all([
    closeWithin(app, config.shutdownDrainSeconds * 1000),
    schedule?.stop(),
    worker?.stop(),
    sender?.stop(),
  ]);
  await store.close();
  return EXIT_OK;
}
