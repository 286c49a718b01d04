// Throttling of password guessing: each attempt is counted for the username as typed (existing or
// not, so that a refusal tells nothing) and for the client's address, past a few of them blocking
// the key for a wait that doubles, capped. Blocked attempts are refused with the password unchecked.
import type {
  SignInFailureRepository,
  ThrottleKind,
} from '../../store/repositories/sign-in-failure-repository.ts';

/** Attempts allowed before the waits start: few for an account, more for an address (NAT). */
export const ALLOWED_ATTEMPTS: Readonly<Record<ThrottleKind, number>> = { account: 5, address: 20 };
/** The wait after the last allowed attempt, doubled with each further one up to the longest. */
export const FIRST_WAIT_SECONDS = 1;
export const LONGEST_WAIT_SECONDS = 15 * 60;
/** Attempts this long before the latest one are forgotten; longer than the longest wait. */
export const FORGET_AFTER_SECONDS = 60 * 60;

export interface SignInKeys {
  readonly account: string;
  readonly address: string;
}

/** Seconds of wait an attempt that makes `attempts` sets: 0 for the allowed ones. */
export function waitAfter(attempts: number, allowed: number): number {
  if (attempts < allowed) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** Math.min(attempts - allowed, 30), LONGEST_WAIT_SECONDS);
}

const plusSeconds = (time: string, seconds: number) =>
  new Date(Date.parse(time) + seconds * 1000).toISOString();

/** Counts an attempt for one key; answers the seconds to wait first when it is blocked, else 0. */
async function countAttempt(
  failures: SignInFailureRepository,
  kind: ThrottleKind,
  key: string,
  now: string,
): Promise<number> {
  const allowed = ALLOWED_ATTEMPTS[kind];
  // What each count of attempts blocks the key until, up to the first count that waits the longest.
  const blockedUntilByCount: (string | null)[] = [];
  for (let attempts = 1, wait = 0; wait < LONGEST_WAIT_SECONDS; attempts++) {
    wait = waitAfter(attempts, allowed);
    blockedUntilByCount.push(wait ? plusSeconds(now, wait) : null);
  }
  const forgetBefore = plusSeconds(now, -FORGET_AFTER_SECONDS);
  if (await failures.count({ kind, key, now, forgetBefore, blockedUntilByCount })) return 0;
  const blockedUntil = (await failures.find(kind, key))?.blockedUntil;
  // Unblocked between the two statements: worth no more than the shortest wait.
  const wait = blockedUntil ? Math.ceil((Date.parse(blockedUntil) - Date.parse(now)) / 1000) : 0;
  return Math.max(wait, FIRST_WAIT_SECONDS);
}

/**
 * Counts a sign-in attempt for the account and the address, and answers the seconds to wait when
 * either is blocked (the attempt then counts for neither), else 0: the password may be checked.
 * Counting before the check, not after a failure, holds back a burst of parallel guesses too.
 */
export async function admitSignInAttempt(
  failures: SignInFailureRepository,
  keys: SignInKeys,
  now: string,
): Promise<number> {
  const accountWait = await countAttempt(failures, 'account', keys.account, now);
  if (accountWait > 0) return accountWait;
  const addressWait = await countAttempt(failures, 'address', keys.address, now);
  if (addressWait > 0) await failures.takeBack('account', keys.account, ALLOWED_ATTEMPTS.account);
  // Attempts are rare enough to sweep the forgotten counters on the way.
  await failures.deleteOlderThan(plusSeconds(now, -FORGET_AFTER_SECONDS));
  return addressWait;
}

/** After a right password: the account starts afresh, and the address gets its attempt back. */
export async function forgiveSignInAttempt(
  failures: SignInFailureRepository,
  keys: SignInKeys,
): Promise<void> {
  await failures.delete('account', keys.account);
  await failures.takeBack('address', keys.address, ALLOWED_ATTEMPTS.address);
}
