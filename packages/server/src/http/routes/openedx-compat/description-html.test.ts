// The detail's subtitle and description as OpenCraft's learner app takes them: HTML it sets in its
// page as is, so raw HTML an author typed must arrive as text, and remote images as links.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/test-app.ts';
import { API, HTML, seed, START, USERS } from '../../../../test/openedx-compat-fixture.ts';

const KEY = 'path-v1:DemoU+HOSTILE+2026+x';

describe('Open edX compatibility: the description as safe HTML', () => {
  const testApp = useTestApp({ now: START, users: USERS });
  const { app, as } = testApp;

  beforeAll(async () => {
    await seed(testApp);
    const definition = {
      key: KEY,
      title: 'Hostile',
      subtitle: 'Tags <b>as typed</b>',
      description: [
        '## Welcome',
        '<style>body{display:none}</style>',
        '<form action="https://evil.example/"><input type=password></form>',
        '![own](/api/v1/images/abc) ![remote](https://evil.example/pixel.png) [js](javascript:alert(1))',
      ].join('\n\n'),
      visibility: 'public',
      requirements: { id: 'html', course: HTML },
    };
    for (const url of ['/api/v1/paths', `/api/v1/paths/${KEY}/publish`]) {
      const response = await app().inject({
        method: 'POST',
        url,
        headers: as('author'),
        payload: definition,
      });
      expect(response.statusCode, response.body).toBeLessThan(300);
    }
  });

  it('hands out the subtitle as escaped text and the description as Markdown rendered safely', async () => {
    const response = await app().inject({
      url: `${API}/learning-paths/${KEY}/`,
      headers: { ...as('bea'), host: 'paths.example.org' },
    });
    const { subtitle, description } = response.json<{ subtitle: string; description: string }>();
    expect(subtitle).toBe('Tags &lt;b&gt;as typed&lt;/b&gt;');
    // The app shows it under its h2 "About"; an uploaded image comes absolute, on the host asked.
    expect(description).toMatch(
      /^<h4>Welcome<\/h4>\n<p>&lt;style&gt;body{display:none}&lt;\/style&gt;<\/p>\n/,
    );
    expect(description).not.toMatch(/<(style|form|input|script)[\s>]|href="javascript:/);
    expect(description).toContain(
      '<p><img src="http://paths.example.org/api/v1/images/abc" alt="own"> <a href="https://evil.example/pixel.png">remote</a> js</p>',
    );
  });
});
