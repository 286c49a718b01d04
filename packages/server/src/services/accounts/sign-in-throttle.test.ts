import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { SignInFailureRepository } from '../../store/repositories/sign-in-failure-repository.ts';
import { admitSignInAttempt, forgiveSignInAttempt, waitAfter } from './sign-in-throttle.ts';

const NOW = Date.parse('2026-03-01T10:00:00.000Z');
const at = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();

describe('waitAfter', () => {
  it('waits from the last allowed attempt, 1 s doubling with each further one up to 15 minutes', () => {
    const waits = Array.from({ length: 18 }, (_, index) => waitAfter(index + 1, 5));
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900]);
    expect(waitAfter(10_000, 20)).toBe(900);
  });
});

describe.each(await testDatabases())('the sign-in throttle on $name', (database) => {
  const store = useDatabase(database);
  const repository = () => new SignInFailureRepository(store().db);
  const admit = (account: string, address: string, seconds = 0) =>
    admitSignInAttempt(repository(), { account, address }, at(seconds));
  const attempts = (count: number, attempt: (index: number) => Promise<number>) =>
    Promise.all(Array.from({ length: count }, (_, index) => attempt(index)));

  it('blocks an account after 5 attempts, longer with each attempt after a wait', async () => {
    expect(await attempts(5, (index) => admit('ann', `10.0.0.${index}`))).toEqual([0, 0, 0, 0, 0]);
    expect([await admit('ann', '10.0.1.1'), await admit('ann', '10.0.1.1', 0.5)]).toEqual([1, 1]);
    // Blocked attempts are not counted: once the wait is over, the next one sets 2 s.
    expect([await admit('ann', '10.0.1.1', 1), await admit('ann', '10.0.1.1', 1)]).toEqual([0, 2]);
    expect(await admit('bob', '10.0.1.1', 1)).toBe(0);
    expect(await repository().find('account', 'ann')).toEqual({
      failures: 6,
      lastFailureAt: at(1),
      blockedUntil: at(3),
    });
  });

  it('counts a burst of parallel attempts as they arrive: only 5 get through', async () => {
    const waits = await attempts(30, (index) => admit('burst', `10.1.0.${index}`));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    expect((await repository().find('account', 'burst'))?.failures).toBe(5);
  });

  it('blocks an address after 20 attempts, whatever the usernames, and takes back the account attempt', async () => {
    expect(new Set(await attempts(20, (index) => admit(`user${index}`, '10.2.0.1')))).toEqual(new Set([0]));
    expect(await admit('carol', '10.2.0.1')).toBe(1);
    expect(await repository().find('account', 'carol')).toMatchObject({ failures: 0, blockedUntil: null });
    expect(await admit('carol', '10.2.0.2')).toBe(0);
  });

  it('forgives a right password: the account starts afresh, the address gets its attempt back', async () => {
    await attempts(4, () => admit('dora', '10.3.0.1'));
    await attempts(15, (index) => admit(`other${index}`, '10.3.0.1'));
    expect(await admit('dora', '10.3.0.1')).toBe(0);
    expect(await repository().find('address', '10.3.0.1')).toMatchObject({
      failures: 20,
      blockedUntil: at(1),
    });
    await forgiveSignInAttempt(repository(), { account: 'dora', address: '10.3.0.1' });
    expect(await repository().find('account', 'dora')).toBeUndefined();
    expect(await repository().find('address', '10.3.0.1')).toMatchObject({
      failures: 19,
      blockedUntil: null,
    });
  });

  it('forgets attempts more than an hour before the latest, and sweeps their counters', async () => {
    await attempts(5, () => admit('erin', '10.4.0.1', 7200));
    expect(await admit('erin', '10.4.0.1', 7200)).toBe(1);
    expect(await admit('erin', '10.4.0.1', 7200 + 3601)).toBe(0);
    expect(await repository().find('account', 'erin')).toMatchObject({ failures: 1, blockedUntil: null });
    await admit('someone', '10.4.0.2', 7200 + 3601 + 3601);
    const left = await store().db.selectFrom('sign_in_failures').select(['kind', 'key']).execute();
    expect(left.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'account', key: 'someone' },
      { kind: 'address', key: '10.4.0.2' },
    ]);
  });
});
