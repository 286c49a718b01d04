// The demo's people: three staff accounts, 200 learners with names and emails, a few people enrolled
// by email before they have an account, and the one password every demo account signs in with.
import type { Random } from './seeded-random.ts';

/** Printed at start next to the sign-in names: demo data is for trying the service, never for use. */
export const DEMO_PASSWORD = 'demo-password';

export const LEARNER_COUNT = 200;

export interface DemoPerson {
  readonly username: string;
  readonly email: string;
  readonly displayName: string;
}

export const DEMO_STAFF = {
  admin: { username: 'admin', email: 'admin@example.org', displayName: 'Alex Admin' },
  author: { username: 'author', email: 'author@example.org', displayName: 'Robin Author' },
  instructor: { username: 'instructor', email: 'instructor@example.org', displayName: 'Sam Instructor' },
} as const satisfies Record<string, DemoPerson>;

// Split on spaces: one short line each instead of one line per name.
const FIRST_NAMES = (
  'Ada Bea Chen Dara Elif Femi Gita Hugo Ines Jon Kim Lea Mateo Nora Omar Priya Quinn Rosa Sven ' +
  'Tomás Uma Vikram Wen Yara Zoe'
).split(' ');
const LAST_NAMES = (
  'Almeida Berg Costa Dubois Eze Fischer García Haddad Ito Jensen Kowalski Laine Mensah Nakamura ' +
  'Okafor Petrov Quispe Rossi Singh Tanaka'
).split(' ');

/** learner001 … learner200, each with a name drawn from the lists above. */
export function demoLearners(random: Random): DemoPerson[] {
  return Array.from({ length: LEARNER_COUNT }, (_, index) => {
    const username = `learner${String(index + 1).padStart(3, '0')}`;
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
    return { username, email: `${username}@example.org`, displayName: `${first} ${last}` };
  });
}

/** People enrolled by email who have no account yet: pending enrollments, by path key. */
export const PENDING_EMAILS: Readonly<Record<string, readonly string[]>> = {
  'path-v1:DemoU+DS+2026+spring': [
    'maria.lopez@example.net',
    'kwame.boateng@example.net',
    'li.wei@example.net',
  ],
  'path-v1:DemoU+CS+2026+fulltime': ['anna.schmidt@example.net', 'david.cohen@example.net'],
};
