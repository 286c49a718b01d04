// Use case: staff enroll learners on a published path, one or many thousands at once, by username
// or email. Every row gets its own result, in order; an email without an account becomes a
// pending enrollment. Everything is written in one transaction, with an audit entry per change
// and the new learners' progress evaluated from the facts already known about them; letting the
// new pending addresses into the path's courses is queued for the LMS in the same transaction.
// The plugins' `enrollment.before` filters see the learners first, and may change or refuse them;
// each enrollment made is reported to plugins (`enrollment.created`) in the transaction.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type {
  AuditEntry,
  NewEnrollment,
  PendingRecord,
} from '../../store/repositories/enrollment-repository.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import type { UserRecord } from '../../store/repositories/user-repository.ts';
import type { Actor } from '../actor.ts';
import { isEmail, USERNAME } from '../accounts/identifiers.ts';
import { pathForStaff } from '../paths/path-access.ts';
import { findByUsernames, type Found } from './find-learners.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { refreshProgressInTransaction } from '../progress/refresh-progress.ts';
import { queuePendingInLms } from './pending-in-lms.ts';
import { writeOrConflict } from '../write-or-conflict.ts';
import type { EnrollmentResultKind } from '../../domain/enrollment-results.ts';
import { wording, type Message, type PlainMessage, type Wording } from '@learning-paths/core';
import type { LmsPort } from '../../lms/lms-port.ts';
import { NO_HOOKS, type Hooks } from '../plugin-hooks.ts';

export interface EnrollmentResult {
  readonly learner: string;
  readonly result: EnrollmentResultKind;
  /** In English; `message` says it for a UI to translate (ids `lp.enroll.*`, docs/service.md). */
  readonly detail: string;
  readonly message: Message;
  /** The row's line in the file it came from (a CSV upload). */
  readonly line?: number;
}

/** A row's result, its detail both in English and as a message. */
function resultRow(
  learner: string,
  result: EnrollmentResultKind,
  { text, message }: Wording,
): EnrollmentResult {
  return { learner, result, detail: text, message: message! };
}

export interface EnrollLearnersOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  /** Usernames or email addresses, as the caller wrote them. */
  readonly learners: readonly string[];
  /** The line of each learner in the file they came from (a CSV upload), said in their results. */
  readonly lines?: readonly (number | undefined)[] | undefined;
  readonly reason?: string | undefined;
  /** How the request came: api, csv, cli… kept with each enrollment. */
  readonly source: string;
  readonly now: string;
  /** The LMS to tell of new pending enrollments, through the outbox (enrollOnPathInTransaction does not). */
  readonly lms: LmsPort;
  /** The plugins' filters and events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

export interface EnrolledRows {
  readonly results: EnrollmentResult[];
  /** The addresses newly pending, lower case. */
  readonly pendingAdded: string[];
}

/** A path learners can be enrolled on: published (a draft has no version to follow), not archived. */
export function assertEnrollable(path: PathRecord): number {
  if (path.status === 'archived') throw new AppError('conflict', `${path.key} is archived; restore it first`);
  if (path.publishedVersion === null)
    throw new AppError(
      'conflict',
      `${path.key} has never been published; publish it before enrolling learners`,
    );
  return path.publishedVersion;
}

/** What a row asks for: a user to look up by username or email, or why it cannot be one. */
export type Wanted =
  | { readonly kind: 'username'; readonly text: string; readonly username: string }
  | { readonly kind: 'email'; readonly text: string; readonly email: string }
  | { readonly kind: 'invalid'; readonly text: string; readonly detail: Wording<PlainMessage> };

export function classify(text: string): Wanted {
  const trimmed = text.trim();
  if (trimmed === '')
    return { kind: 'invalid', text, detail: wording('the row is empty', 'lp.enroll.empty', {}) };
  if (isEmail(trimmed)) return { kind: 'email', text: trimmed, email: trimmed.toLowerCase() };
  if (USERNAME.test(trimmed)) return { kind: 'username', text: trimmed, username: trimmed };
  return {
    kind: 'invalid',
    text: trimmed,
    detail: trimmed.includes('@')
      ? wording(`"${trimmed}" is not a valid email address`, 'lp.enroll.badEmail', { text: trimmed })
      : wording(
          `"${trimmed}" is neither a username (2 to 150 letters, digits or _ . @ + -) nor an email address`,
          'lp.enroll.notALearner',
          { text: trimmed },
        ),
  };
}

export async function enrollLearners(options: EnrollLearnersOptions): Promise<EnrollmentResult[]> {
  const learners = await filteredLearners(options);
  const lines = linesOfFiltered(options, learners);
  return options.data.transaction(async (data) => {
    const { results, pendingAdded } = await enrollOnPathInTransaction({ ...options, data, learners, lines });
    const queued = await queuePendingInLms(
      options.lms,
      data,
      new Map([[options.pathKey, pendingAdded]]),
      options.now,
    );
    return queued === 0 ? results : withQueuedForLms(results, new Set(pendingAdded));
  });
}

/** enrollLearners' writes, in the caller's transaction: the caller's right checked, the rows enrolled. */
export async function enrollOnPathInTransaction(
  options: Omit<EnrollLearnersOptions, 'lms'>,
): Promise<EnrolledRows> {
  const version = assertEnrollable(await pathForStaff(options.data.paths, options.actor, options.pathKey));
  return enrollRowsInTransaction({ ...options, version, rows: options.learners.map(classify) });
}

/**
 * The learners as the plugins' `enrollment.before` filters leave them (a FilterStop refuses the
 * whole request), after the caller's right on the path is checked: plugins never hear of a request
 * that would be refused anyway. Run before the transaction, so that no plugin code holds it.
 */
export async function filteredLearners(
  options: Pick<EnrollLearnersOptions, 'data' | 'actor' | 'pathKey' | 'learners' | 'hooks'>,
): Promise<readonly string[]> {
  const { hooks = NO_HOOKS, actor, pathKey, learners } = options;
  if (!hooks.filtering('enrollment.before')) return learners;
  await pathForStaff(options.data.paths, actor, pathKey);
  const filtered = await hooks.filter('enrollment.before', { pathKey, learners, by: actor.user.username });
  return filtered.learners;
}

/** The lines of the learners the filters left, found by their text: a learner a filter added has none. */
function linesOfFiltered(
  { learners, lines }: Pick<EnrollLearnersOptions, 'learners' | 'lines'>,
  filtered: readonly string[],
): EnrollLearnersOptions['lines'] {
  if (!lines || filtered === learners) return lines;
  const linesOf = new Map<string, (number | undefined)[]>();
  learners.forEach((learner, index) => linesOf.set(learner, [...(linesOf.get(learner) ?? []), lines[index]]));
  return filtered.map((learner) => linesOf.get(learner)?.shift());
}

/** The rows newly pending say that letting them into the LMS is queued. */
function withQueuedForLms(results: EnrollmentResult[], added: ReadonlySet<string>): EnrollmentResult[] {
  return results.map((row) =>
    row.result === 'pending' && added.has(row.learner.toLowerCase())
      ? {
          ...row,
          ...resultRow(
            row.learner,
            row.result,
            wording(`${row.detail}; queued for the LMS`, 'lp.enroll.queuedForLms', {
              detail: [row.message as PlainMessage],
            }),
          ),
        }
      : row,
  );
}

/**
 * Enrolls the learners of `rows` on a path the caller may enroll them on (the caller checked),
 * inside the caller's transaction.
 */
export async function enrollRowsInTransaction(
  options: Omit<EnrollLearnersOptions, 'learners' | 'lms'> & {
    readonly version: number;
    readonly rows: readonly Wanted[];
  },
): Promise<EnrolledRows> {
  const { data, actor, pathKey, source, version, rows: wanted, lines, now } = options;
  const reason = options.reason?.trim() || null;
  const emails = wanted.flatMap((row) => (row.kind === 'email' ? [row.email] : []));
  const byEmail = await data.users.findManyByEmail(emails);
  // Usernames may contain @: an address that is no one's email may still be someone's username.
  const byUsername = await findByUsernames(
    data,
    wanted.flatMap((row) =>
      row.kind === 'username'
        ? [row.username]
        : row.kind === 'email' && !byEmail.has(row.email)
          ? [row.text]
          : [],
    ),
  );
  const lookUp = (row: Wanted): Found => {
    if (row.kind === 'invalid') return { kind: 'none' };
    const user = row.kind === 'email' ? byEmail.get(row.email) : undefined;
    return user ? { kind: 'user', user } : byUsername(row.kind === 'email' ? row.text : row.username);
  };
  const lookedUp = wanted.map(lookUp);
  const found = lookedUp.flatMap((result) => (result.kind === 'user' ? [result.user] : []));
  const states = await data.enrollments.states(
    pathKey,
    found.map((user) => user.id),
  );
  const alreadyPending = await data.enrollments.pendingEmails(pathKey, emails);

  const enrollment = (user: UserRecord): NewEnrollment => ({
    userId: user.id,
    version,
    source,
    reason,
    enrolledBy: actor.user.username,
  });
  const audit = (
    learner: string,
    action: AuditEntry['action'],
    before: unknown,
    after: unknown,
  ): AuditEntry => ({
    pathKey,
    learner,
    action,
    before,
    after,
    reason,
    actor: actor.user.username,
    at: now,
  });
  const inserts: NewEnrollment[] = [];
  const reactivations: NewEnrollment[] = [];
  const pending: PendingRecord[] = [];
  const entries: AuditEntry[] = [];
  // Those enrolled now, whose progress is evaluated.
  const handled = new Set<number>();
  // The first row naming each learner, and each address made pending: later ones are duplicates.
  const firstRowOf = new Map<number, number>();
  const firstPendingRowOf = new Map<string, number>();
  const duplicate = (learner: string, first: number) => {
    const line = lines?.[first];
    return resultRow(
      learner,
      'duplicate',
      line === undefined
        ? wording(`duplicate of row ${first + 1}`, 'lp.enroll.duplicateOfRow', { row: first + 1 })
        : wording(`duplicate of line ${line}`, 'lp.enroll.duplicateOfLine', { line }),
    );
  };
  const rowResults = wanted.map((row, index): EnrollmentResult => {
    if (row.kind === 'invalid') return resultRow(row.text, 'invalid', row.detail);
    const looked = lookedUp[index]!;
    if (looked.kind === 'ambiguous')
      return resultRow(
        row.text,
        'invalid',
        wording(
          `${row.text} matches usernames that differ only in case (${looked.usernames.join(', ')}): write it exactly`,
          'lp.enroll.ambiguousUsername',
          { text: row.text, usernames: [...looked.usernames] },
        ),
      );
    if (looked.kind === 'none') {
      if (row.kind === 'username')
        return resultRow(
          row.text,
          'invalid',
          // An address that is no one's username is a mistyped email rather than a username.
          row.text.includes('@')
            ? wording(`"${row.text}" is not a valid email address`, 'lp.enroll.badEmail', { text: row.text })
            : wording(`no user has the username ${row.username}`, 'lp.enroll.unknownUsername', {
                username: row.username,
              }),
        );
      const firstPending = firstPendingRowOf.get(row.email);
      if (firstPending !== undefined) return duplicate(row.text, firstPending);
      if (alreadyPending.has(row.email))
        return resultRow(
          row.text,
          'pending',
          wording('already waiting for an account with this email', 'lp.enroll.stillPending', {}),
        );
      firstPendingRowOf.set(row.email, index);
      pending.push({
        pathKey,
        email: row.email,
        source,
        reason,
        createdBy: actor.user.username,
        createdAt: now,
      });
      entries.push(audit(row.email, 'pending_added', null, { email: row.email, source }));
      return resultRow(
        row.text,
        'pending',
        wording('no account has this email yet; enrolled when one appears', 'lp.enroll.pending', {}),
      );
    }
    const { user } = looked;
    const first = firstRowOf.get(user.id);
    if (first !== undefined) return duplicate(row.text, first);
    firstRowOf.set(user.id, index);
    const state = states.get(user.id);
    if (state?.isActive)
      return resultRow(
        row.text,
        'already_enrolled',
        wording(`${user.username} is already enrolled`, 'lp.enroll.alreadyEnrolled', {
          username: user.username,
        }),
      );
    handled.add(user.id);
    if (state) {
      reactivations.push(enrollment(user));
      entries.push(audit(user.username, 'reactivated', { active: false }, { active: true, version, source }));
      return resultRow(
        row.text,
        'enrolled',
        wording(`${user.username} is enrolled again`, 'lp.enroll.enrolledAgain', { username: user.username }),
      );
    }
    inserts.push(enrollment(user));
    entries.push(audit(user.username, 'enrolled', null, { active: true, version, source }));
    return resultRow(
      row.text,
      'enrolled',
      wording(`${user.username} is enrolled`, 'lp.enroll.enrolled', { username: user.username }),
    );
  });

  const results = rowResults.map((result, index) => {
    const line = lines?.[index];
    return line === undefined ? result : { ...result, line };
  });

  await writeOrConflict(data.enrollments.insert(pathKey, inserts, now));
  await data.enrollments.setActive(pathKey, reactivations, true, now);
  await data.enrollments.addPending(pending);
  await data.enrollments.audit(entries);
  const hooks = options.hooks ?? NO_HOOKS;
  await hooks.emit(data, [
    ...entries.flatMap((entry) =>
      entry.action === 'enrolled' || entry.action === 'reactivated'
        ? [
            {
              type: 'enrollment.created' as const,
              learner: entry.learner,
              data: { pathKey, learner: entry.learner, source },
            },
          ]
        : [],
    ),
    // Keyed by the address: its `enrollment.created` comes later, once an account has it.
    ...pending.map(({ email, createdBy }) => ({
      type: 'enrollment.invited' as const,
      learner: email,
      data: { pathKey, email, by: createdBy },
    })),
  ]);
  await refreshProgressInTransaction({
    data,
    compiled: options.compiled,
    userIds: [...handled],
    pathKey,
    hooks,
    now,
  });
  return { results, pendingAdded: pending.map((entry) => entry.email) };
}
