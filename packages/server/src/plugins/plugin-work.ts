// What plugins run beside the server: each fact source started with a `record` that applies facts as
// the facts API does (checked against the same registry, the fields plugins' criteria declare
// included, then through applyFacts, as the operator), and each
// scheduled job run every so many minutes, a failing run logged with its plugin's id, and each
// plugin's work at start, not waited for. stop() stops the sources and the timers, waits for the
// runs in progress, then runs each plugin's work at stop.
import type { PluginFact, PluginLog } from '@learning-paths/plugin-api';
import { operatorActor } from '../services/actor.ts';
import { applyFacts } from '../services/facts/apply-facts.ts';
import { checkFactInputs, problemsInWords } from '../services/facts/fact-input-schema.ts';
import type { Hooks } from '../services/plugin-hooks.ts';
import type { CompiledPaths } from '../services/progress/compiled-paths.ts';
import { recurringRuns } from '../services/recurring-runs.ts';
import type { DataAccess } from '../store/data-access.ts';
import type { LoadedPlugins } from './loaded-plugins.ts';
import { pluginLog } from './plugin-host.ts';
import { PluginLoadError } from './plugin-load-error.ts';

export interface PluginWorkOptions {
  readonly loaded: LoadedPlugins;
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly hooks: Hooks;
  readonly log: PluginLog;
  readonly clock?: () => Date;
}

export interface PluginWork {
  stop(): Promise<void>;
}

export async function startPluginWork({
  loaded,
  data,
  compiled,
  hooks,
  log,
  clock = () => new Date(),
}: PluginWorkOptions): Promise<PluginWork> {
  const runs = recurringRuns(log);
  for (const { pluginId, job } of loaded.jobs)
    runs.every({
      job: job.name,
      minutes: job.everyMinutes,
      firstAfterMs: job.everyMinutes * 60_000,
      work: async () => (await job.run(clock().toISOString()), {}),
      details: { plugin: pluginId },
    });
  const started: LoadedPlugins['factSources'][number][] = [];
  try {
    for (const entry of loaded.factSources) {
      const { pluginId, source } = entry;
      const sourceLog = pluginLog(log, pluginId);
      const record = async (facts: readonly PluginFact[]) => {
        // A plugin is outside code: its facts are checked as a request's would be.
        const checked = checkFactInputs(facts, compiled.registry);
        if (!checked.valid)
          throw new Error(`invalid facts from ${source.name}: ${problemsInWords(checked.problems)}`);
        const result = await applyFacts({
          data,
          compiled,
          hooks,
          actor: operatorActor(),
          facts: checked.facts,
          source: source.name,
          now: clock().toISOString(),
        });
        if (result.rejected.length > 0)
          sourceLog.warn(
            { source: source.name, rejected: result.rejected },
            'facts about unknown users rejected',
          );
        return result;
      };
      await Promise.resolve()
        .then(() => source.start(record))
        .catch((error: unknown) => {
          throw new PluginLoadError(
            pluginId,
            `its fact source ${source.name} did not start: ${(error as Error).message}`,
            {
              cause: error,
            },
          );
        });
      started.push(entry);
    }
  } catch (error) {
    await stopAll(runs, started);
    throw error;
  }
  // Work at start (host.onStart), not waited for: a failure is the plugin's, logged with its id.
  for (const { pluginId, run } of loaded.starts)
    void Promise.resolve()
      .then(run)
      .catch((error: unknown) => pluginLog(log, pluginId).error({ err: error }, 'its work at start failed'));
  const stop = async () => {
    await stopAll(runs, started);
    for (const { pluginId, run } of loaded.stops)
      await Promise.resolve()
        .then(run)
        .catch((error: unknown) => pluginLog(log, pluginId).error({ err: error }, 'its work at stop failed'));
  };
  return { stop };
}

async function stopAll(
  runs: { stop(): Promise<void> },
  sources: LoadedPlugins['factSources'],
): Promise<void> {
  await Promise.all([runs.stop(), ...sources.map(({ source }) => source.stop?.())]);
}
