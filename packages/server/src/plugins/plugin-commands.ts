// host.command: a plugin's command for the `learning-paths` CLI, checked and recorded into the
// LoadedPlugins being gathered. Names are checked against other plugins' here; the CLI, which
// knows its own commands, refuses a name of the core's when it adds them (cli/src/plugin-commands.ts).
import type { PluginCommand, PluginCommandOption } from '@learning-paths/plugin-api';
import type { RegisteredCommand } from './loaded-plugins.ts';

const WORD = /^[a-z][a-z0-9-]*$/;

/**
 * Whether two commands could not both be: the same words, or one's words the start of the other's
 * (`example` and `example greet`: the first would be both a command and a group of them).
 */
function clash(one: readonly string[], other: readonly string[]): boolean {
  const shorter = one.length <= other.length ? one : other;
  const longer = shorter === one ? other : one;
  return shorter.every((word, index) => longer[index] === word);
}

function isOption(option: unknown): boolean {
  const { flags, description } = (option ?? {}) as Partial<PluginCommandOption>;
  return typeof flags === 'string' && typeof description === 'string';
}

/** What `host.command` does for the plugin `pluginId`, recording into `into`. */
export function commandRegistration(
  pluginId: string,
  into: { commands: RegisteredCommand[] },
): (definition: PluginCommand) => void {
  return (definition) => {
    const name = definition?.name;
    const words = typeof name === 'string' ? name.split(' ') : [];
    if (words.length < 1 || words.length > 3 || !words.every((word) => WORD.test(word)))
      throw new Error(
        `its command name ${JSON.stringify(name)} must be 1 to 3 words of lower-case letters, digits and -, each starting with a letter, separated by one space`,
      );
    if (typeof definition.description !== 'string') throw new Error(`its command ${name} has no description`);
    if (typeof definition.run !== 'function') throw new Error(`its command ${name} has no run function`);
    const options: unknown = definition.options ?? [];
    if (!Array.isArray(options) || !options.every(isOption))
      throw new Error(`the options of its command ${name} must be a list of { flags, description }`);
    const taken = into.commands.find((other) => clash(other.words, words));
    if (taken)
      throw new Error(
        `its command "${name}" clashes with the command "${taken.command.name}" of ${taken.pluginId === pluginId ? 'the same plugin' : `plugin ${taken.pluginId}`}`,
      );
    into.commands.push({ pluginId, words, command: definition });
  };
}
