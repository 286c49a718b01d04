// The compatibility surface's absolute URLs behind a reverse proxy: with TRUST_PROXY the page links
// and uploaded images follow X-Forwarded-Proto and -Host; without it those headers are ignored.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/test-app.ts';
import { API, OTHER, seed, START, USERS } from '../../../../test/openedx-compat-fixture.ts';

const FORWARDED = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'paths.example.org' };
const IMAGE = '/api/v1/images/5f1d2c3b4a596877.png';

describe.each([
  { trustProxy: true, origin: 'https://paths.example.org' },
  { trustProxy: false, origin: 'http://localhost' },
])('Open edX compatibility with TRUST_PROXY=$trustProxy', ({ trustProxy, origin }) => {
  const testApp = useTestApp({ now: START, users: USERS, trustProxy });
  beforeAll(() => seed(testApp));

  it(`links pages and images under ${origin}`, async () => {
    const get = (url: string) =>
      testApp.app().inject({ url: `${API}/${url}`, headers: { ...testApp.as('bea'), ...FORWARDED } });
    const first = (await get('learning-paths/?page_size=1')).json();
    expect(first.next).toBe(`${origin}${API}/learning-paths/?page_size=1&page=2`);
    const other = (await get(`learning-paths/${OTHER}/`)).json();
    expect(other.image).toBe(`${origin}${IMAGE}`);
  });
});
