// Everything a learner's "My Learning" reads of them, in one statement: active path enrollments
// with their stored progress and whether their path is archived, course enrollments, course facts,
// and the catalog's change counter (to check the in-memory catalog against). A dashboard is requested far more often than anything
// else, so it costs one round trip and one statement to compile, whatever the learner has.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.ts';
import type { Database } from '../schema.ts';
import { CATALOG_SCOPE } from './change-counter-repository.ts';
import { FACT_READ_COLUMNS, toFacts, type FactReadRow, type StoredFacts } from './fact-repository.ts';
import { groupedRows, rowsOfGroup } from './grouped-rows.ts';
import { ReusedQuery } from './reused-query.ts';
import type { ProgressStatus } from '../../domain/progress.ts';

export interface SnapshotEnrollment {
  readonly pathKey: string;
  readonly version: number;
  readonly createdAt: string;
  /** The path is archived: the learner keeps it and their progress, and no one can join it. */
  readonly archived: boolean;
  /** Null before the first evaluation. */
  readonly progress: {
    readonly status: ProgressStatus;
    readonly progress: number;
    readonly currentTier: string | null;
    readonly next: readonly string[];
    /** Each step's state (services/progress/step-states.ts); null when stored before they were kept. */
    readonly stepStates: string | null;
  } | null;
}

export interface LearnerSnapshot {
  /** Newest first. */
  readonly enrollments: readonly SnapshotEnrollment[];
  /** Course enrollments the LMS adapter recorded, with when. */
  readonly courseEnrollments: ReadonlyMap<string, string>;
  readonly facts: ReadonlyMap<string, StoredFacts>;
  readonly catalogCounter: number;
}

type EnrollmentValues = [
  pathKey: string,
  version: number,
  createdAt: string,
  status: ProgressStatus | null,
  progress: number | null,
  currentTier: string | null,
  nextSteps: string | null,
  stepStates: string | null,
  pathStatus: string | null,
];

const SNAPSHOT = new ReusedQuery((db, dialect, userId: number) =>
  db.selectNoFrom((eb) => [
    eb
      .selectFrom('path_enrollments')
      .leftJoin('path_progress', (join) =>
        join
          .onRef('path_progress.user_id', '=', 'path_enrollments.user_id')
          .onRef('path_progress.path_key', '=', 'path_enrollments.path_key'),
      )
      .leftJoin('paths', 'paths.key', 'path_enrollments.path_key')
      .select(
        groupedRows<EnrollmentValues>(dialect, [
          sql.ref('path_enrollments.path_key'),
          sql.ref('path_enrollments.version'),
          sql.ref('path_enrollments.created_at'),
          sql.ref('path_progress.status'),
          sql.ref('path_progress.progress'),
          sql.ref('path_progress.current_tier'),
          sql.ref('path_progress.next_steps'),
          sql.ref('path_progress.step_states'),
          sql.ref('paths.status'),
        ]).as('rows'),
      )
      .where('path_enrollments.user_id', '=', userId)
      .where('path_enrollments.is_active', '=', true)
      .as('enrollments'),
    eb
      .selectFrom('course_enrollments')
      .select(
        groupedRows<[string, string]>(dialect, [sql.ref('course_key'), sql.ref('created_at')]).as('rows'),
      )
      .where('user_id', '=', userId)
      .as('course_enrollments'),
    eb
      .selectFrom('course_facts')
      .select(
        groupedRows<FactReadRow>(
          dialect,
          FACT_READ_COLUMNS.map((column) => sql.ref(column)),
        ).as('rows'),
      )
      .where('user_id', '=', userId)
      .as('facts'),
    eb
      .selectFrom('change_counters')
      .select('counter')
      .where('scope', '=', CATALOG_SCOPE)
      .as('catalog_counter'),
  ]),
);

export class LearnerSnapshotRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async of(userId: number): Promise<LearnerSnapshot> {
    const [row] = await SNAPSHOT.execute(this.db, this.dialect, userId);
    const enrollments = rowsOfGroup(row!.enrollments).map(
      ([
        pathKey,
        version,
        createdAt,
        status,
        progress,
        currentTier,
        next,
        stepStates,
        pathStatus,
      ]): SnapshotEnrollment => ({
        pathKey,
        version: Number(version),
        createdAt,
        archived: pathStatus === 'archived',
        progress:
          status === null
            ? null
            : {
                status,
                progress: Number(progress),
                currentTier,
                next: JSON.parse(next!) as string[],
                stepStates,
              },
      }),
    );
    // Newest first, as the other lists of enrollments; the aggregate keeps no order.
    enrollments.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.pathKey.localeCompare(b.pathKey));
    return {
      enrollments,
      courseEnrollments: new Map(rowsOfGroup(row!.course_enrollments)),
      facts: new Map(rowsOfGroup(row!.facts).map((values) => [values[0], toFacts(userId, values)])),
      catalogCounter: Number(row!.catalog_counter ?? 0),
    };
  }
}
