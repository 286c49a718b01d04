// `learning-paths start [--port N] [--database URL_OR_FILE] [--demo]`: the service in one process
// (the server package's createServer, with the plugins LP_PLUGINS names: one that cannot load is one
// line and exit code 2), on the embedded SQLite file unless told otherwise; `--demo`
// first seeds demonstration data into an empty database and prints who can sign in. Stops gracefully
// on SIGINT or SIGTERM: it takes no new connection, lets the requests in flight finish and send their
// whole answers (for at most SHUTDOWN_DRAIN_SECONDS) and the work beside them finish what it has in
// hand, then closes the database.
import {
  AppError,
  CompiledPaths,
  createServer,
  dataAccess,
  seedDemo,
  type DemoSeedResult,
  type DemoSignIn,
  type Server,
} from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { readConfig } from '../read-config.ts';
import { pluginsLoaded } from '../plugins.ts';
import { untilSignal } from '../until-signal.ts';
import { eventBusReached } from './worker.ts';

export interface StartOptions {
  readonly port?: string;
  readonly database?: string;
  readonly demo?: boolean;
}

async function seed(server: Server): Promise<{ result: DemoSeedResult; seconds: number }> {
  const started = performance.now();
  try {
    const result = await seedDemo({
      data: dataAccess(server.store),
      compiled: new CompiledPaths(),
      now: new Date().toISOString(),
    });
    return { result, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await server.stop();
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
  const config = readConfig(options);
  const server = await pluginsLoaded(createServer(config));
  const demo = options.demo ? await seed(server) : undefined;
  // Listened for before anyone learns the address: a stop asked for from then on is graceful.
  const stopAsked = untilSignal();
  const address = await eventBusReached(server.start());
  output.out(
    `Learning Paths listening on ${address} (Learn: ${address}/learn/, Studio: ${address}/studio/, API docs: ${address}/api/docs; database: ${config.databaseUrl})\n`,
  );
  if (demo) output.out(demoText(demo));
  server.log.info({ signal: await stopAsked }, 'shutting down');
  await server.stop();
  return EXIT_OK;
}
