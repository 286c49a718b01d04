// A plugin's command for the `learning-paths` CLI: its words, its options and what it runs.

/** One option, as commander writes its flags: `--json`, `--reason <text>`. */
export interface PluginCommandOption {
  readonly flags: string;
  /** One line for --help. */
  readonly description: string;
}

/** What the command was given: its arguments and its options by their camel-case name (`--dry-run` → `dryRun`). */
export interface PluginCommandInput {
  readonly arguments: readonly string[];
  readonly options: Readonly<Record<string, string | boolean>>;
}

/** Where a command writes: lines on standard output and standard error (a newline is added if missing). */
export interface PluginCommandIo {
  out(text: string): void;
  err(text: string): void;
}

export interface PluginCommand {
  /**
   * Words after `learning-paths`, e.g. `credentials rotate-key` (1–3 words, each /^[a-z][a-z0-9-]*$/).
   * A name a core command has (or the first word of one, for a name of one word) or another plugin's
   * stops loading, naming the plugin; a plugin may add words under a first word no core command uses.
   */
  readonly name: string;
  /** One line for --help. */
  readonly description: string;
  readonly options?: readonly PluginCommandOption[];
  /**
   * Runs in the CLI process, after the plugin registered (its tables migrated, `host.database` and
   * `host.settings` usable; onStart hooks not run). Returns the exit code (nothing is 0). A throw is
   * printed as one line `learning-paths: <message>` with exit code 1.
   */
  readonly run: (input: PluginCommandInput, io: PluginCommandIo) => Promise<number | void> | number | void;
}
