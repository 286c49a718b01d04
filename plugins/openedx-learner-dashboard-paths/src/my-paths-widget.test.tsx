// The widget rendered by FPF's PluginSlot as Learner Home's sidebar slot, reading the learner's paths
// from the real server over HTTP through frontend-platform's authenticated client.
import { beforeAll, describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { useTestApp } from '../../../packages/server/test/test-app.ts';
import { renderInSlot, type MfeModules } from '../../test/mfe-frame.tsx';
import { MyPathsWidget } from './index.ts';

const KEY = 'path-v1:DemoU+WEB+2026+a';

/** This plugin's copies of what the MFE provides, loaded once the DOM exists. */
const mfeModules = async (): Promise<MfeModules> => {
  const [{ default: axios }, platform, auth, i18n, fpf] = await Promise.all([
    import('axios'),
    import('@edx/frontend-platform'),
    import('@edx/frontend-platform/auth'),
    import('@edx/frontend-platform/i18n'),
    import('@openedx/frontend-plugin-framework'),
  ]);
  return {
    createClient: (headers: Record<string, string>) => axios.create({ adapter: 'fetch', headers }),
    mergeConfig: platform.mergeConfig,
    configure: auth.configure,
    IntlProvider: i18n.IntlProvider as MfeModules['IntlProvider'],
    PluginSlot: fpf.PluginSlot,
    DIRECT_PLUGIN: fpf.DIRECT_PLUGIN,
    PLUGIN_OPERATIONS: fpf.PLUGIN_OPERATIONS,
  };
};

describe('the Learner Home sidebar plugin', () => {
  const { app: server, as } = useTestApp({
    now: new Date('2026-03-01T10:00:00.000Z'),
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      lms: [{ role: 'service', scope: '*' }],
      ada: [],
    },
  });
  let address = '';

  beforeAll(async () => {
    address = await server().listen({ port: 0, host: '127.0.0.1' });
    const send = async (method: 'POST', url: string, user: string, payload?: object) => {
      const response = await server().inject({
        method,
        url,
        headers: as(user),
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    };
    await send('POST', '/api/v1/paths', 'author', {
      key: KEY,
      title: 'Web basics',
      visibility: 'public',
      requirements: {
        id: 'root',
        rule: 'sequence',
        children: [
          { id: 'html', title: 'HTML', course: 'course-v1:DemoU+HTML+2026' },
          { id: 'css', title: 'CSS', course: 'course-v1:DemoU+CSS+2026' },
        ],
      },
    });
    await send('POST', `/api/v1/paths/${KEY}/publish`, 'author');
    await send('POST', `/api/v1/me/paths/${KEY}/enrollment`, 'ada');
    await send('POST', '/api/v1/facts', 'lms', {
      facts: [
        { user: 'ada', course: 'course-v1:DemoU+HTML+2026', passed: true, time: '2026-03-01T09:00:00.000Z' },
      ],
    });
  });

  it("lists the learner's paths with progress and next step, linking to each path's page", async () => {
    const view = await renderInSlot({
      modules: mfeModules,
      slot: 'org.openedx.frontend.learner_dashboard.widget_sidebar.v1',
      widget: MyPathsWidget,
      headers: as('ada'),
      config: {
        LMS_BASE_URL: 'https://lms.example.org',
        LEARNING_PATHS_API_URL: address,
        LEARNING_PATHS_URL: 'https://paths.example.org',
      },
    });
    const list = await view.findByRole('list', { name: 'My learning paths' });
    expect(within(list).getByRole('link', { name: 'Web basics' }).getAttribute('href')).toBe(
      'https://paths.example.org/learn/paths/path-v1%3ADemoU%2BWEB%2B2026%2Ba',
    );
    expect(within(list).getByRole('progressbar').textContent).toBe('50% complete');
    expect(within(list).getByText('Next: CSS')).toBeTruthy();
    expect(view.getByText('default content')).toBeTruthy();
    view.unmount();
  });
});
