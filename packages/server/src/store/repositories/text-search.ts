// The search filter of lists: true when any of the columns contains `search`, any case, with the
// LIKE wildcards in it taken literally. ESCAPE is explicit: SQLite has no default escape character.
import { sql, type RawBuilder } from 'kysely';

export function containsText(columns: readonly string[], search: string): RawBuilder<boolean> {
  const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const matches = columns.map(
    (column) => sql`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`,
  );
  return sql<boolean>`(${sql.join(matches, sql` or `)})`;
}
