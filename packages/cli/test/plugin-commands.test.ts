// Plugins' commands at the command line (host.command): a plugin's command runs with its options,
// settings and tables, and its exit code; a throw is one line and exit 1; --help lists plugins'
// commands; unknown commands are refused as ever; a name taken by the core or another plugin stops
// loading, naming the plugin; and core commands never load the plugins. One run goes through the
// real binary; the others call `main` in this process, which is many times faster.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.ts';
import { processOutput } from '../src/output.ts';
import { BIN, runCommand, type CliResult } from './run-cli.ts';

const COMMANDS = fileURLToPath(new URL('./command-plugins/commands', import.meta.url));
const CLASH = fileURLToPath(new URL('./command-plugins/clash', import.meta.url));

const folder = mkdtempSync(join(tmpdir(), 'lp-cli-plugin-commands-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The environment of a run with the plugins `plugins` on a database of its own, named `database`. */
function environment(database: string, plugins: string, more: Record<string, string> = {}) {
  return { DATABASE_URL: join(folder, `${database}.sqlite`), LP_PLUGINS: plugins, ...more };
}

/** `main(args)` in this process, with `env` set meanwhile, its output kept. */
async function cli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  const stdout: string[] = [];
  const stderr: string[] = [];
  try {
    const code = await main(args, {
      out: (text) => void stdout.push(text),
      err: (text) => void stderr.push(text),
      style: processOutput.style,
    });
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    for (const [name, value] of Object.entries(before))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}

describe('plugins’ commands', { timeout: 60_000 }, () => {
  it('run with their arguments, options, settings and tables, and give their exit code', async () => {
    const greet = ['example', 'greet', 'Ada', '--shout', '--signed-by', 'Ben'];
    const env = { LP_PLUGIN_ORG_EXAMPLE_COMMANDS_GREETING: 'welcome' };
    expect(await runCommand(process.execPath, [BIN, ...greet], environment('greet', COMMANDS, env))).toEqual({
      code: 0,
      stdout: 'WELCOME, ADA FROM BEN\ngreetings so far: 1\n',
      stderr: '',
    });
    expect((await cli(['example', 'greet', 'Cy'], environment('greet', COMMANDS))).stdout).toBe(
      'hello, Cy\ngreetings so far: 2\n',
    );
    expect(await cli(['example', 'greet'], environment('greet', COMMANDS))).toEqual({
      code: 3,
      stdout: '',
      stderr: 'say whom to greet\n',
    });
  });

  it('a command that throws is one line and exit code 1', async () => {
    expect(await cli(['example', 'fail'], environment('fail', COMMANDS))).toEqual({
      code: 1,
      stdout: '',
      stderr: 'learning-paths: the moon is not up\n',
    });
  });

  it('--help lists them with the core commands; an unknown command is refused as ever', async () => {
    const help = await cli(['--help'], environment('help', COMMANDS));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}validate /m);
    expect(help.stdout).toMatch(/^ {2}example +Commands of the plugin org\.example\.commands\.$/m);
    const group = await cli(['example', '--help'], environment('help', COMMANDS));
    expect(group.stdout).toMatch(/^ {2}greet \[options\] +Greet someone, and count the greetings\.$/m);
    const unknown = await cli(['frobnicate'], environment('help', COMMANDS));
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      "learning-paths: unknown command 'frobnicate'\n(run learning-paths --help for usage)\n",
    ]);
    expect((await cli(['example', 'greet', '--loud'], environment('help', COMMANDS))).stderr).toMatch(
      /^learning-paths: unknown option '--loud'/,
    );
  });

  it('a name the core or another plugin has stops loading, naming the plugin', async () => {
    const clash = (name: string) =>
      cli(
        ['example', 'greet', 'Ada'],
        environment('clash', `${COMMANDS},${CLASH}`, { LP_PLUGIN_ORG_EXAMPLE_CLASH_NAME: name }),
      );
    expect(await clash('path fix')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'learning-paths: plugin org.example.clash: its command "path fix" clashes with the core command "path"\n',
    });
    expect((await clash('example')).stderr).toBe(
      'learning-paths: plugin org.example.clash: register threw: its command "example" clashes with the command "example greet" of plugin org.example.commands\n',
    );
    expect((await clash('Example')).stderr).toMatch(
      /^learning-paths: plugin org\.example\.clash: register threw: its command name "Example" must be 1 to 3 words/,
    );
  });

  it('core commands do not load the plugins', async () => {
    const missing = join(folder, 'no-such-plugin');
    const schema = await cli(['schema'], environment('core', missing));
    expect([schema.code, schema.stderr]).toEqual([0, '']);
    expect(await cli(['example', 'greet'], environment('core', missing))).toEqual({
      code: 2,
      stdout: '',
      stderr: `learning-paths: plugin ${missing}: no such file or folder\n`,
    });
  });
});
