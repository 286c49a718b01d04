// A test plugin with CLI commands: `example greet`, which reads its settings and its own table, and
// `example fail`, which throws.
import { definePlugin } from '@learning-paths/plugin-api';
import { z } from 'zod';

const GREETINGS = 'plugin_commands_greetings';

export default definePlugin({
  id: 'org.example.commands',
  version: '1.0.0',
  apiVersions: [1],
  settings: z.object({ greeting: z.string().default('hello') }),
  register(host) {
    host.migrations({
      '0001-greetings': {
        async up(db) {
          await db.schema.createTable(GREETINGS).addColumn('name', 'text').execute();
        },
        async down(db) {
          await db.schema.dropTable(GREETINGS).execute();
        },
      },
    });
    host.command({
      name: 'example greet',
      description: 'Greet someone, and count the greetings.',
      options: [
        { flags: '--shout', description: 'in capitals' },
        { flags: '--signed-by <name>', description: 'who greets' },
      ],
      async run({ arguments: [name], options }, io) {
        if (name === undefined) {
          io.err('say whom to greet');
          return 3;
        }
        await host.database.insertInto(GREETINGS).values({ name }).execute();
        const { count } = await host.database
          .selectFrom(GREETINGS)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow();
        const text = `${host.settings.greeting}, ${name}${options.signedBy ? ` from ${String(options.signedBy)}` : ''}`;
        io.out(options.shout ? text.toUpperCase() : text);
        io.out(`greetings so far: ${count}\n`);
      },
    });
    host.command({
      name: 'example fail',
      description: 'Throw.',
      run() {
        throw new Error('the moon is\nnot up');
      },
    });
  },
});
