// For the tests of the Open edX compatibility API (src/http/routes/openedx-compat/): two paths of
// DemoU (a public sequence with full metadata, an invite-only path with a nested group), a draft
// never published, a path of another organisation, their courses, and users with email addresses.
// Everything goes through the native API.
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';
import { UserRepository } from '../src/store/repositories/user-repository.ts';

export const START = new Date('2026-03-01T10:00:00.000Z');
export const API = '/api/learning_paths/v1';
export const PUBLIC = 'path-v1:DemoU+WEB+2026+pub';
export const INVITE = 'path-v1:DemoU+DATA+2026+inv';
export const DRAFT = 'path-v1:DemoU+DRAFT+2026+x';
export const OTHER = 'path-v1:OtherU+OPS+2026+a';
export const HTML = 'course-v1:DemoU+HTML+2026';
export const HTML_NEXT = 'course-v1:DemoU+HTML+2027';
export const CSS = 'course-v1:DemoU+CSS+2026';
export const SQL = 'course-v1:DemoU+SQL+2026';
export const OPS = 'course-v1:OtherU+OPS+2026';

/** Who the tests sign in as: staff of DemoU, an instructor of one path, learners, a fact feed. */
export const USERS = {
  author: [{ role: 'author', scope: 'org:DemoU' }],
  teacher: [{ role: 'instructor', scope: `path:${INVITE}` }],
  root: [],
  feed: [{ role: 'service', scope: '*' }],
  ada: [],
  bea: [],
} as const;

const publicPath = {
  key: PUBLIC,
  title: 'Web basics',
  subtitle: 'From tags to layouts',
  description: 'Build **real** pages.',
  image: 'https://cdn.example.org/web.png',
  level: 'beginner',
  duration: '6 weeks',
  timeCommitment: '4 hours a week',
  visibility: 'public',
  skills: { required: [{ skill: 'typing' }], acquired: [{ skill: 'html', level: 2 }] },
  requirements: {
    id: 'root',
    rule: 'sequence',
    children: [
      { id: 'html', course: HTML, criteria: { completion: 0.5 } },
      { id: 'html-next', course: HTML_NEXT, weight: 2 },
      { id: 'css', course: CSS, weight: 3 },
    ],
  },
};

const invitePath = {
  key: INVITE,
  title: 'Data',
  requirements: {
    id: 'root',
    rule: 'all',
    children: [
      { id: 'core', rule: 'all', children: [{ id: 'sql', course: SQL }] },
      { id: 'css', course: CSS },
    ],
  },
};

const otherPath = {
  key: OTHER,
  title: 'Operations',
  // Uploaded in Studio: a path on this service, which the LMS must get as an absolute URL.
  image: '/api/v1/images/5f1d2c3b4a596877.png',
  visibility: 'public',
  requirements: { id: 'ops', course: OPS },
};

const draftPath = { ...otherPath, key: DRAFT, title: 'Draft' };

/**
 * Creates the catalog and the paths, and gives every user an email (`<name>@example.org`); `root`
 * becomes an administrator.
 */
export async function seed({ app, as, store }: TestApp): Promise<void> {
  const users = new UserRepository(store().db, store().dialect);
  for (const username of Object.keys(USERS)) {
    const user = (await users.findByUsername(username))!;
    await users.updateProfile(user.id, {
      email: `${username}@example.org`,
      lmsUserId: null,
      isAdmin: username === 'root',
    });
  }
  const send = async (method: 'POST', url: string, who: string, payload?: object) => {
    const response = await app().inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  };
  await send('POST', '/api/v1/courses', 'root', {
    courses: [
      { key: HTML, title: 'HTML', startsAt: '2026-01-10T00:00:00Z', endsAt: '2026-06-30T00:00:00Z' },
      { key: HTML_NEXT, title: 'HTML again', startsAt: '2027-01-10T00:00:00Z' },
      { key: SQL, title: 'SQL' },
      { key: OPS, title: 'Ops' },
    ],
  });
  for (const [definition, who] of [
    [publicPath, 'author'],
    [invitePath, 'author'],
    [otherPath, 'root'],
    [draftPath, 'author'],
  ] as const) {
    await send('POST', '/api/v1/paths', who, definition);
    if (definition !== draftPath) await send('POST', `/api/v1/paths/${definition.key}/publish`, who);
  }
}
