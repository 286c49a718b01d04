// Counters of password sign-in attempts (migration 0009): the only SQL about them. An attempt is
// counted, and the key blocked when the count calls for it, in one statement, so that the requests
// of every process serving the database count together, however many arrive at once.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type ThrottleKind = 'account' | 'address';

export interface SignInFailures {
  readonly failures: number;
  readonly lastFailureAt: string;
  readonly blockedUntil: string | null;
}

export interface AttemptToCount {
  readonly kind: ThrottleKind;
  readonly key: string;
  readonly now: string;
  /** Attempts before then are forgotten: the count starts again at 1. */
  readonly forgetBefore: string;
  /**
   * When the key is blocked until once the count reaches each number: entry 0 for 1 attempt, and
   * so on, the last entry for every count from its own up; null for not blocked.
   */
  readonly blockedUntilByCount: readonly (string | null)[];
}

type Builder = ExpressionBuilder<Database, 'sign_in_failures'>;

export class SignInFailureRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(kind: ThrottleKind, key: string): Promise<SignInFailures | undefined> {
    const row = await this.db
      .selectFrom('sign_in_failures')
      .select(['failures', 'last_failure_at', 'blocked_until'])
      .where('kind', '=', kind)
      .where('key', '=', key)
      .executeTakeFirst();
    return (
      row && {
        failures: Number(row.failures),
        lastFailureAt: row.last_failure_at,
        blockedUntil: row.blocked_until,
      }
    );
  }

  /** Counts an attempt unless the key is blocked at `now`; false when it is. */
  async count({ kind, key, now, forgetBefore, blockedUntilByCount }: AttemptToCount): Promise<boolean> {
    const counted = (eb: Builder) =>
      eb
        .case()
        .when('sign_in_failures.last_failure_at', '<', forgetBefore)
        .then(eb.lit(1))
        .else(eb('sign_in_failures.failures', '+', 1))
        .end();
    const blockedUntil = (eb: Builder) => {
      const last = blockedUntilByCount.length;
      let choice = eb
        .case()
        .when(counted(eb), '>=', last)
        .then(eb.val(blockedUntilByCount[last - 1] ?? null));
      for (let count = last - 1; count >= 1; count--) {
        const until = blockedUntilByCount[count - 1];
        if (until) choice = choice.when(counted(eb), '=', count).then(eb.val(until));
      }
      return choice.else(eb.val(null)).end();
    };
    const row = await this.db
      .insertInto('sign_in_failures')
      .values({ kind, key, failures: 1, last_failure_at: now, blocked_until: blockedUntilByCount[0] ?? null })
      .onConflict((conflict) =>
        conflict
          .columns(['kind', 'key'])
          .doUpdateSet((eb) => ({
            failures: counted(eb),
            last_failure_at: now,
            blocked_until: blockedUntil(eb),
          }))
          .where((eb) =>
            eb.or([
              eb('sign_in_failures.blocked_until', 'is', null),
              eb('sign_in_failures.blocked_until', '<=', now),
            ]),
          ),
      )
      .returning('failures')
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Takes one attempt back (it turned out right), and the block with it when fewer than `allowed`
   * remain, since that attempt is what set it.
   */
  async takeBack(kind: ThrottleKind, key: string, allowed: number): Promise<void> {
    await this.db
      .updateTable('sign_in_failures')
      .set((eb) => ({
        failures: eb('failures', '-', 1),
        blocked_until: eb
          .case()
          .when('failures', '<=', allowed)
          .then(null)
          .else(eb.ref('blocked_until'))
          .end(),
      }))
      .where('kind', '=', kind)
      .where('key', '=', key)
      .where('failures', '>', 0)
      .execute();
  }

  async delete(kind: ThrottleKind, key: string): Promise<void> {
    await this.db.deleteFrom('sign_in_failures').where('kind', '=', kind).where('key', '=', key).execute();
  }

  /** Removes the counters whose last attempt was before `before` (none of them blocks any more). */
  async deleteOlderThan(before: string): Promise<number> {
    const result = await this.db
      .deleteFrom('sign_in_failures')
      .where('last_failure_at', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
