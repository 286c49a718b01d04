// A plugin's migrations, run after the core's on SQLite and PostgreSQL, recorded in a table of its
// own; run again, they apply nothing.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { NOTES } from '../../test/plugins/good/index.ts';
import { fixture, keptLog, pluginsConfig } from '../../test/plugins/plugin-fixtures.ts';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { loadPlugins } from './load-plugins.ts';
import { migratePlugins, pluginMigrationTable } from './migrate-plugins.ts';

describe.each(await testDatabases())('migratePlugins on $name', (database) => {
  const store = useDatabase(database);

  it("creates the plugin's table and records its migrations apart from the core's", async () => {
    const loaded = await loadPlugins(pluginsConfig([fixture('good')]), keptLog(), store().db);
    await migratePlugins(store(), loaded);
    await migratePlugins(store(), loaded);
    await sql`insert into ${sql.table(NOTES)} (text) values ('written')`.execute(store().db);
    const notes = await sql<{ text: string }>`select text from ${sql.table(NOTES)}`.execute(store().db);
    expect(notes.rows).toEqual([{ text: 'written' }]);
    expect(pluginMigrationTable('org.example.good')).toBe('plugin_migrations_org_example_good');
    // Within PostgreSQL's 63 bytes with `_lock`, and apart for two long ids alike at the start.
    const long = 'org.example.a-very-long-plugin-name-for-a-very-specific-purpose';
    const tables = [pluginMigrationTable(`${long}.one`), pluginMigrationTable(`${long}.two`)];
    expect(tables.map((table) => `${table}_lock`.length <= 63)).toEqual([true, true]);
    expect(tables[0]).not.toBe(tables[1]);
    expect(tables[0]).toMatch(/^plugin_migrations_org_example_a_very_long_.*_[0-9a-f]{8}$/);
    const applied = await sql<{
      name: string;
    }>`select name from ${sql.table('plugin_migrations_org_example_good')}`.execute(store().db);
    expect(applied.rows).toEqual([{ name: '0001-notes' }]);
    const core = await sql<{
      name: string;
    }>`select name from kysely_migration where name = '0001-notes'`.execute(store().db);
    expect(core.rows).toEqual([]);
  });

  it('names the plugin and its migration that failed', async () => {
    const loaded = await loadPlugins(pluginsConfig([fixture('good')]), keptLog(), store().db);
    const broken = {
      ...loaded,
      migrations: [
        {
          pluginId: 'org.example.broken',
          migrations: { '0001-oops': { up: () => Promise.reject(new Error('no such column: nope')) } },
        },
      ],
    };
    await expect(migratePlugins(store(), broken)).rejects.toThrow(
      'plugin org.example.broken: its migration 0001-oops failed: no such column: nope',
    );
  });
});
