// The credential templates in the database: a path's, one tier's, and saving one (upserted, with
// an audit entry naming who and which fields stay customised, in one transaction).
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { customisedFields, type TemplateValues } from '../issuance/credential-template.ts';
import type { CredentialDatabase, CredentialTables } from '../tables.ts';

type TemplateRow = Selectable<CredentialTables['plugin_credentials_templates']>;

export interface StoredTemplate {
  readonly tierId: string;
  readonly values: TemplateValues;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

function storedTemplate(row: TemplateRow): StoredTemplate {
  return {
    tierId: row.tier,
    values: {
      name: row.name,
      description: row.description,
      achievementType: row.achievement_type,
      image: row.image,
      criteria: row.criteria,
    },
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function pathTemplates(db: CredentialDatabase, pathKey: string): Promise<StoredTemplate[]> {
  const rows = await db
    .selectFrom('plugin_credentials_templates')
    .selectAll()
    .where('path_key', '=', pathKey)
    .orderBy('tier')
    .execute();
  return rows.map(storedTemplate);
}

export async function findTemplate(
  db: CredentialDatabase,
  pathKey: string,
  tierId: string,
): Promise<StoredTemplate | null> {
  const row = await db
    .selectFrom('plugin_credentials_templates')
    .selectAll()
    .where('path_key', '=', pathKey)
    .where('tier', '=', tierId)
    .executeTakeFirst();
  return row ? storedTemplate(row) : null;
}

export async function saveTemplate(
  db: CredentialDatabase,
  pathKey: string,
  template: StoredTemplate,
): Promise<void> {
  const { values } = template;
  const columns = {
    name: values.name,
    description: values.description,
    achievement_type: values.achievementType,
    image: values.image,
    criteria: values.criteria,
    updated_at: template.updatedAt,
    updated_by: template.updatedBy,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('plugin_credentials_templates')
      .values({ path_key: pathKey, tier: template.tierId, ...columns })
      .onConflict((conflict) => conflict.columns(['path_key', 'tier']).doUpdateSet(columns))
      .execute();
    await trx
      .insertInto('plugin_credentials_template_audit')
      .values({
        id: randomUUID(),
        path_key: pathKey,
        tier: template.tierId,
        actor: template.updatedBy,
        customised: customisedFields(values).join(','),
        at: template.updatedAt,
      })
      .execute();
  });
}
