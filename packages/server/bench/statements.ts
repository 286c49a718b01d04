// Counts the SQL statements the service sends (with BENCH_PROFILE=1 times them by kind): a Kysely plugin.
import type { KyselyPlugin, OperationNode, QueryId } from 'kysely';
import type { Store } from '../src/store/database.ts';

export interface StatementKind {
  readonly label: string;
  count: number;
  /** From building the statement's node to its rows: compilation, the driver and the database. */
  ms: number;
}

function tableOf(node: unknown): string {
  // Kysely's nodes: a table node holds its name at table.identifier.name.
  const table = (node as { table?: { identifier?: { name?: string } } } | undefined)?.table;
  return table?.identifier?.name ?? '?';
}

function labelOf(node: OperationNode): string {
  const query = node as unknown as {
    kind: string;
    into?: unknown;
    from?: { froms?: unknown[] };
    table?: unknown;
    onConflict?: unknown;
    where?: unknown;
  };
  switch (query.kind) {
    case 'InsertQueryNode':
      return `insert into ${tableOf(query.into)}${query.onConflict ? ' on conflict' : ''}`;
    case 'SelectQueryNode':
      return `select from ${tableOf(query.from?.froms?.[0])}`;
    case 'UpdateQueryNode':
      return `update ${tableOf(query.table)}`;
    case 'DeleteQueryNode':
      return `delete from ${tableOf(query.from?.froms?.[0])}`;
    default:
      return query.kind;
  }
}

export interface Statements {
  readonly store: Store;
  count(): number;
  /** Statement kinds since the last reset, most time first. */
  kinds(): StatementKind[];
  reset(): void;
}

/** Counts always; times and labels statements only when `timed` (it costs a little per statement). */
export function instrumentStatements(store: Store, timed: boolean): Statements {
  let count = 0;
  let kinds = new Map<string, StatementKind>();
  const started = new WeakMap<QueryId, { at: number; label: string }>();
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      if (timed) started.set(args.queryId, { at: performance.now(), label: labelOf(args.node) });
      return args.node;
    },
    // Every executed statement ends here, also those compiled in advance (bulk writes, reused
    // queries), which Kysely runs without transformQuery: those are counted but not timed.
    transformResult: (args) => {
      count += 1;
      if (timed) {
        const start = started.get(args.queryId);
        // A query compiled once and run many times keeps its id: only its first run is timed.
        started.delete(args.queryId);
        const label = start?.label ?? 'statement compiled in advance (not timed)';
        const kind = kinds.get(label) ?? { label, count: 0, ms: 0 };
        kind.count += 1;
        if (start) kind.ms += performance.now() - start.at;
        kinds.set(label, kind);
      }
      return Promise.resolve(args.result);
    },
  };
  return {
    store: { ...store, db: store.db.withPlugin(plugin) },
    count: () => count,
    kinds: () => [...kinds.values()].sort((a, b) => b.ms - a.ms),
    reset: () => void (kinds = new Map()),
  };
}
