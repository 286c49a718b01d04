// Plugins' commands (host.command) in the `learning-paths` command line. They are loaded only when
// the first argument is not a core command, so that core commands never pay for loading plugins
// (nor need a database): then the plugins load on the configured database, as `migrate` loads them,
// their commands join the program, and it parses the command line with them.
import type { Command } from 'commander';
import { PluginLoadError, type RegisteredCommand } from '@learning-paths/server';
import { EXIT_INVALID, EXIT_OK } from './cli-error.ts';
import type { Output } from './output.ts';
import { commandPlugins, pluginsLoaded } from './plugins.ts';
import { readConfig } from './read-config.ts';
import { withStore } from './with-store.ts';

/** Whether the command line may name a plugin's command: LP_PLUGINS is set and `argv` names no core command. */
export function mayAskPluginCommand(program: Command, argv: readonly string[]): boolean {
  if (!process.env.LP_PLUGINS?.trim()) return false;
  const [first] = argv;
  return !program.commands.some((command) => command.name() === first || command.aliases().includes(first!));
}

/** Loads the plugins, adds their commands to `program`, and runs `parse` while their database is open. */
export async function withPluginCommands(
  program: Command,
  output: Output,
  setExitCode: (code: number) => void,
  parse: () => Promise<unknown>,
): Promise<void> {
  await withStore(undefined, async (store) => {
    await pluginsLoaded(
      commandPlugins(readConfig(), store).then((loaded) =>
        addPluginCommands(program, loaded.commands, output, setExitCode),
      ),
    );
    await parse();
  });
}

/** A text as one line ending in a newline, as commands print. */
function asLine(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * Adds each plugin command under its words (`credentials rotate-key`: a `credentials` group, made
 * when no other plugin's command made it, and `rotate-key` in it). A first word a core command has
 * (or `help`) is refused with a PluginLoadError naming the plugin; the server refused clashes
 * between plugins' commands as they registered.
 */
function addPluginCommands(
  program: Command,
  commands: readonly RegisteredCommand[],
  output: Output,
  setExitCode: (code: number) => void,
): void {
  const coreWords = new Set([
    'help',
    ...program.commands.flatMap((command) => [command.name(), ...command.aliases()]),
  ]);
  // The plugins each group holds commands of, for its description.
  const groupPlugins = new Map<Command, Set<string>>();
  const group = (parent: Command, word: string, pluginId: string): Command => {
    const made = parent.commands.find((command) => command.name() === word) ?? parent.command(word);
    const plugins = groupPlugins.get(made) ?? new Set();
    groupPlugins.set(made, plugins.add(pluginId));
    const ids = [...plugins].join(', ');
    return made.description(`Commands of the plugin${plugins.size > 1 ? 's' : ''} ${ids}.`);
  };
  for (const { pluginId, words, command } of commands) {
    if (coreWords.has(words[0]!))
      throw new PluginLoadError(
        pluginId,
        `its command "${command.name}" clashes with the core command "${words[0]}"`,
      );
    try {
      const leaf = words
        .slice(0, -1)
        .reduce((parent, word) => group(parent, word, pluginId), program)
        .command(words.at(-1)!)
        .description(command.description)
        // Plugins' commands declare no arguments: they get whatever follows, and judge it.
        .allowExcessArguments();
      for (const option of command.options ?? []) leaf.option(option.flags, option.description);
      leaf.action(async (...given: unknown[]) => {
        const self = given.at(-1) as Command;
        setExitCode(await runPluginCommand(command, self.args, self.opts(), output));
      });
    } catch (error) {
      throw new PluginLoadError(
        pluginId,
        `its command "${command.name}" cannot be added: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }
}

/** Runs a plugin's command: its exit code, or 1 and one line `learning-paths: <message>` when it throws. */
async function runPluginCommand(
  command: RegisteredCommand['command'],
  args: readonly string[],
  options: Record<string, unknown>,
  output: Output,
): Promise<number> {
  try {
    const code = await command.run(
      { arguments: args, options: options as Record<string, string | boolean> },
      { out: (text) => output.out(asLine(text)), err: (text) => output.err(asLine(text)) },
    );
    return code ?? EXIT_OK;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.err(`learning-paths: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT_INVALID;
  }
}
