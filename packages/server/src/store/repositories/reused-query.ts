// The few statements nearly every request runs, built and compiled through Kysely once per dialect
// and then run with the request's value in place of a placeholder: building and compiling a query
// costs more than SQLite spends running these small ones (npm run bench:service, My Learning).
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import type { Database } from '../schema.ts';

/** Stands for the value in the built query; no real parameter can equal it. */
const PLACEHOLDER = '\u0000reused query value\u0000';

export class ReusedQuery<Row> {
  readonly #compiled = new Map<DialectName, CompiledQuery<Row>>();

  /** `build` makes the query with `value` wherever the run's value goes. */
  constructor(
    private readonly build: (db: Kysely<Database>, dialect: DialectName, value: never) => Compilable<Row>,
  ) {}

  async execute(db: Kysely<Database>, dialect: DialectName, value: unknown): Promise<Row[]> {
    let compiled = this.#compiled.get(dialect);
    if (!compiled) {
      compiled = this.build(db, dialect, PLACEHOLDER as never).compile();
      this.#compiled.set(dialect, compiled);
    }
    const parameters = compiled.parameters.map((parameter) =>
      parameter === PLACEHOLDER ? value : parameter,
    );
    const { rows } = await db.executeQuery<Row>({ ...compiled, parameters });
    return rows;
  }
}
