// The `learning-paths` command line: parses arguments and runs one command. Every failure
// becomes a message and an exit code (see cli-error.ts), never a stack trace.
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_UNUSABLE } from './cli-error.ts';
import {
  migrateCommand,
  tokenCreateCommand,
  tokenListCommand,
  tokenRevokeCommand,
  userCreateCommand,
  userLinkCommand,
  userListCommand,
  userRoleCommand,
  userSwitchCommand,
  type TokenCreateOptions,
  type UserCreateOptions,
  type UserRoleOptions,
} from './commands/accounts.ts';
import { demoCommand } from './commands/demo.ts';
import { pathExportCommand, pathImportCommand } from './commands/path-files.ts';
import { startCommand, type StartOptions } from './commands/start.ts';
import { evaluateCommand } from './commands/evaluate.ts';
import { DEFAULT_GRACE_HOURS, imagesPruneCommand, type ImagesPruneOptions } from './commands/images.ts';
import { schemaCommand } from './commands/schema.ts';
import { courseShareCommand, orgShareCommand, type ShareOptions } from './commands/sharing.ts';
import { enrollCommand, type EnrollOptions } from './commands/enroll.ts';
import {
  openedxReconcileCommand,
  openedxSyncCommand,
  type OpenedxOptions,
  type ReconcileCommandOptions,
} from './commands/openedx.ts';
import { validateCommand } from './commands/validate.ts';
import { workerCommand } from './commands/worker.ts';
import { processOutput, type Output } from './output.ts';
import { mayAskPluginCommand, withPluginCommands } from './plugin-commands.ts';

function buildProgram(output: Output, setExitCode: (code: number) => void): Command {
  const program = new Command('learning-paths')
    .description('Learning Paths: validate and evaluate learning path definitions.')
    .exitOverride()
    .configureOutput({
      writeOut: output.out,
      writeErr: output.err,
      // Usage errors read like the CLI's own: "learning-paths: missing required argument …".
      outputError: (text, write) => write(`learning-paths: ${text.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(run learning-paths --help for usage)');

  program
    .command('validate')
    .description('Check a path definition (JSON or YAML); exit 0 valid, 1 invalid, 2 unreadable.')
    .argument('<file>', 'the path definition')
    .option('--json', 'print { valid, errors } as JSON')
    .action((file: string, options: { json?: boolean }) =>
      setExitCode(validateCommand(file, options, output)),
    );

  program
    .command('evaluate')
    .description("Evaluate one learner's facts against a path: statuses, progress, tiers, what is left.")
    .argument('<path-file>', 'the path definition (JSON or YAML)')
    .argument('<facts-file>', "the learner's facts (JSON or YAML)")
    .option('--json', 'print the evaluation as JSON')
    .action((pathFile: string, factsFile: string, options: { json?: boolean }) =>
      setExitCode(evaluateCommand(pathFile, factsFile, options, output)),
    );

  program
    .command('schema')
    .description('Print the JSON Schema of the path definition format.')
    .action(() => setExitCode(schemaCommand(output)));

  program
    .command('demo')
    .description(
      'Evaluate the example paths for their example learners and print the outlines ' +
        '(start --demo serves a server seeded with demonstration data).',
    )
    .action(() => setExitCode(demoCommand(output)));

  const databaseOption = [
    '--database <url-or-file>',
    'postgres://… or an SQLite file (default: DATABASE_URL, else data/learning-paths.sqlite)',
  ] as const;

  program
    .command('start')
    .description('Serve the API in one process (the database defaults to an SQLite file under ./data/).')
    .option('--port <port>', 'the port to listen on (default: PORT, else 3000; 0 picks a free one)')
    .option(...databaseOption)
    .option('--demo', 'seed demonstration data into an empty database first, and print the sign-in names')
    .action(async (options: StartOptions) => setExitCode(await startCommand(options, output)));

  program
    .command('worker')
    .description(
      'Consume the Open edX event bus (EVENT_BUS_REDIS_URL, EVENT_BUS_STREAMS) until SIGINT or SIGTERM; run several to share the load.',
    )
    .option(...databaseOption)
    .action(async (options: { database?: string }) => setExitCode(await workerCommand(options, output)));

  const pathCommand = program
    .command('path')
    .description('Move path definition files in and out of the service.');
  pathCommand
    .command('import')
    .description('Create a path, or replace its draft, from a definition file (JSON or YAML).')
    .argument('<file>')
    .option('--publish', 'publish it as the next version too')
    .option(...databaseOption)
    .action(async (file: string, options: { database?: string; publish?: boolean }) =>
      setExitCode(await pathImportCommand(file, options, output)),
    );
  pathCommand
    .command('validate')
    .description('Check a path definition file, as `learning-paths validate` does.')
    .argument('<file>', 'the path definition')
    .option('--json', 'print { valid, errors } as JSON')
    .action((file: string, options: { json?: boolean }) =>
      setExitCode(validateCommand(file, options, output)),
    );
  pathCommand
    .command('export')
    .description("Print a path's published definition (or its draft) as JSON.")
    .argument('<key>')
    .option('--draft', 'the draft instead of the published version')
    .option(...databaseOption)
    .action(async (key: string, options: { database?: string; draft?: boolean }) =>
      setExitCode(await pathExportCommand(key, options, output)),
    );

  program
    .command('enroll')
    .description(
      'Enroll the learners of a CSV file (usernames or emails in the first column) on a published path, with a progress bar and a summary; exit 1 when a row is invalid.',
    )
    .requiredOption('--path <key>', 'the path key')
    .requiredOption('--csv <file>', 'the CSV file (a header row is allowed)')
    .option('--reason <reason>', 'why, kept in the audit log')
    .option('--report <file>', 'write one result per row to this CSV file')
    .option('--from-row <n>', 'start at this learner row (1 is the first): to go on after an interrupted run')
    .option(...databaseOption)
    .action(async (options: EnrollOptions) => setExitCode(await enrollCommand(options, output)));

  const openedxCommand = program
    .command('openedx')
    .description('Work with the Open edX LMS (LMS=openedx and the OPENEDX_* variables).');
  openedxCommand
    .command('sync-courses')
    .description(
      "Pull the whole Open edX course catalog into the service's catalog; exit 1 when a course was skipped.",
    )
    .option(...databaseOption)
    .action(async (options: OpenedxOptions) => setExitCode(await openedxSyncCommand(options, output)));
  openedxCommand
    .command('reconcile')
    .description(
      "Read path learners' grades and completion from Open edX, apply what differs and print the drift; exit 1 when some could not be read.",
    )
    .option('--path <key>', "only this path's learners and courses (default: every published path)")
    .option(...databaseOption)
    .action(async (options: ReconcileCommandOptions) =>
      setExitCode(await openedxReconcileCommand(options, output)),
    );

  program
    .command('images')
    .description('Manage the images authors uploaded for their paths.')
    .command('prune')
    .description(
      "Delete uploaded images that no path's draft or published version names, once they are older than the grace period. " +
        "Images that the plugins LP_PLUGINS names use (a credential template's image, say) are kept too.",
    )
    .option(
      '--older-than <hours>',
      'the grace period: keep images uploaded since',
      String(DEFAULT_GRACE_HOURS),
    )
    .option('--dry-run', 'count what would be deleted, and delete nothing')
    .option(...databaseOption)
    .action(async (options: ImagesPruneOptions) => setExitCode(await imagesPruneCommand(options, output)));

  const withOption = [
    '--with <orgs>',
    'organisations whose paths may use them, separated by commas: "*" for every one, "" for none',
  ] as const;
  program
    .command('course')
    .description('Manage catalog courses.')
    .command('share')
    .description("Say which organisations' paths may use an invite-only course.")
    .argument('<key>', 'the course key')
    .option(...withOption)
    .option('--default', "follow the default of the course's organisation (org share)")
    .option(...databaseOption)
    .action(async (key: string, options: ShareOptions) =>
      setExitCode(await courseShareCommand(key, options, output)),
    );
  program
    .command('org')
    .description('Manage organisations.')
    .command('share')
    .description(
      "Say which organisations' paths may use this organisation's invite-only courses that have no list of their own.",
    )
    .argument('<org>', 'the org part of its course keys')
    .option(...withOption)
    .option(...databaseOption)
    .action(async (org: string, options: ShareOptions) =>
      setExitCode(await orgShareCommand(org, options, output)),
    );

  program
    .command('migrate')
    .description('Bring the database to the latest schema.')
    .option(...databaseOption)
    .action(async (options: { database?: string }) => setExitCode(await migrateCommand(options, output)));

  const userCommand = program
    .command('user')
    .description('Manage accounts; every change is written to the account audit log.');
  userCommand
    .command('create')
    .description('Create an account.')
    .argument('<username>')
    .option('--email <email>', 'the email address (learners enrolled by email are matched on it)')
    .option('--role <role>', 'admin, author, instructor, learner or service', 'learner')
    .option('--scope <scope>', 'where the role applies: *, org:<org> or path:<path key>', '*')
    .option('--password <password>', 'for local sign-in to the web UI (at least 8 characters)')
    .option(...databaseOption)
    .action(async (username: string, options: UserCreateOptions) =>
      setExitCode(await userCreateCommand(username, options, output)),
    );
  userCommand
    .command('list')
    .description(
      'List the accounts, tab-separated: username, admin (here or lms), disabled, LMS user id, roles.',
    )
    .option('--search <text>', 'only those whose username, email or name contain it')
    .option(...databaseOption)
    .action(async (options: { database?: string; search?: string }) =>
      setExitCode(await userListCommand(options, output)),
    );
  for (const action of ['disable', 'enable'] as const)
    userCommand
      .command(action)
      .description(
        action === 'disable'
          ? 'Disable an account: its sessions end and none of its credentials sign in until it is enabled.'
          : 'Enable a disabled account again (its unrevoked tokens work again).',
      )
      .argument('<username>')
      .option(...databaseOption)
      .action(async (username: string, options: { database?: string }) =>
        setExitCode(await userSwitchCommand(action, username, options, output)),
      );
  for (const action of ['grant', 'revoke'] as const)
    userCommand
      .command(action)
      .description(
        action === 'grant'
          ? 'Grant a role; admin granted here is never taken back by the LMS.'
          : 'Take a role away (exit 1 when the account does not have it).',
      )
      .argument('<username>')
      .requiredOption('--role <role>', 'admin, author, instructor, learner or service')
      .option('--scope <scope>', 'where the role applies: *, org:<org> or path:<path key>', '*')
      .option(...databaseOption)
      .action(async (username: string, options: UserRoleOptions) =>
        setExitCode(await userRoleCommand(action, username, options, output)),
      );
  userCommand
    .command('link')
    .description("Link a local account to its LMS user, so that the LMS's JWTs for that user sign in to it.")
    .argument('<username>')
    .requiredOption('--lms-user-id <id>', "the LMS's user id (Open edX: the user_id of its JWTs)")
    .option(...databaseOption)
    .action(async (username: string, options: { database?: string; lmsUserId: string }) =>
      setExitCode(await userLinkCommand(username, options, output)),
    );

  const tokenCommand = program
    .command('token')
    .description('Manage API tokens; every change is written to the account audit log.');
  tokenCommand
    .command('create')
    .description('Create an API token for a user and print it (only the token, on stdout).')
    .argument('<username>')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--expires-in-days <days>', 'when it stops working (default: never)')
    .option(...databaseOption)
    .action(async (username: string, options: TokenCreateOptions) =>
      setExitCode(await tokenCreateCommand(username, options, output)),
    );
  tokenCommand
    .command('list')
    .description("List a user's tokens, tab-separated (never the tokens themselves): id, name, state, dates.")
    .argument('<username>')
    .option(...databaseOption)
    .action(async (username: string, options: { database?: string }) =>
      setExitCode(await tokenListCommand(username, options, output)),
    );
  tokenCommand
    .command('revoke')
    .description('Revoke a token by its id (from token list): the next request it signs is refused.')
    .argument('<id>')
    .option(...databaseOption)
    .action(async (id: string, options: { database?: string }) =>
      setExitCode(await tokenRevokeCommand(id, options, output)),
    );

  return program;
}

/** Runs the command line and returns the exit code. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  let exitCode = 0;
  const setExitCode = (code: number) => (exitCode = code);
  const program = buildProgram(output, setExitCode);
  const parse = () => program.parseAsync([...argv], { from: 'user' });
  try {
    if (mayAskPluginCommand(program, argv)) await withPluginCommands(program, output, setExitCode, parse);
    else await parse();
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end "with an error" in commander's terms; they are successes here.
      return error.exitCode === 0 ? 0 : EXIT_UNUSABLE;
    }
    if (error instanceof CliError) {
      output.err(`learning-paths: ${error.message}\n`);
      return error.exitCode;
    }
    output.err(`learning-paths: unexpected error: ${(error as Error).message}\n`);
    return EXIT_UNUSABLE;
  }
}
