// The one error a plugin that cannot be loaded stops start-up with: a single line naming the plugin
// (its id, or its LP_PLUGINS entry before the id is known) and what is wrong with it.

export class PluginLoadError extends Error {
  override readonly name = 'PluginLoadError';
  /**
   * @param plugin the plugin's id, or its LP_PLUGINS entry; null for what concerns no one plugin
   *   (the settings file)
   */
  constructor(
    readonly plugin: string | null,
    problem: string,
    options?: ErrorOptions,
  ) {
    // One line, whatever a plugin's own error message holds: the CLI prints it as it is.
    super(`${plugin === null ? '' : `plugin ${plugin}: `}${problem.replace(/\s*\n\s*/g, ' ')}`, options);
  }
}
