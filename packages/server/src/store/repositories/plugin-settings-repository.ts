// Plugins' settings saved by administrators, and the audit of their changes: the only SQL about them.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface SavedSettings {
  readonly values: Readonly<Record<string, unknown>>;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface SettingsChange {
  readonly changed: readonly string[];
  readonly actor: string;
  readonly at: string;
}

export class PluginSettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every plugin's saved settings, by plugin id. */
  async all(): Promise<Map<string, SavedSettings>> {
    const rows = await this.db.selectFrom('plugin_settings').selectAll().execute();
    return new Map(
      rows.map((row) => [
        row.plugin_id,
        {
          values: JSON.parse(row.settings) as Record<string, unknown>,
          updatedBy: row.updated_by,
          updatedAt: row.updated_at,
        },
      ]),
    );
  }

  async get(pluginId: string): Promise<SavedSettings | null> {
    return (await this.all()).get(pluginId) ?? null;
  }

  /** Replaces the plugin's saved settings and records which changed. */
  async save(
    pluginId: string,
    values: Readonly<Record<string, unknown>>,
    change: SettingsChange,
  ): Promise<void> {
    const row = { settings: JSON.stringify(values), updated_by: change.actor, updated_at: change.at };
    await this.db
      .insertInto('plugin_settings')
      .values({ plugin_id: pluginId, ...row })
      .onConflict((conflict) => conflict.column('plugin_id').doUpdateSet(row))
      .execute();
    await this.db
      .insertInto('plugin_settings_audit')
      .values({
        plugin_id: pluginId,
        changed: JSON.stringify(change.changed),
        actor: change.actor,
        at: change.at,
      })
      .execute();
  }

  /** The plugin's changes, newest first. */
  async history(
    pluginId: string,
    limit: number,
  ): Promise<{ changed: string[]; actor: string; at: string }[]> {
    const rows = await this.db
      .selectFrom('plugin_settings_audit')
      .select(['changed', 'actor', 'at'])
      .where('plugin_id', '=', pluginId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      changed: JSON.parse(row.changed) as string[],
      actor: row.actor,
      at: row.at,
    }));
  }
}
