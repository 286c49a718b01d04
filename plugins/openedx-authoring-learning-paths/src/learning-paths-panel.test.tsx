// The panel rendered by FPF's PluginSlot as frontend-app-authoring's course outline sidebar slot,
// calling the real server over HTTP through frontend-platform's authenticated client.
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/react';
import { useTestApp } from '../../../packages/server/test/test-app.ts';
import { renderInSlot, type MfeModules } from '../../test/mfe-frame.tsx';
import { LearningPathsPanel } from './index.ts';

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

const COURSE = 'course-v1:DemoU+HTML+2026';
const path = (key: string, title: string, course: string) => ({
  key,
  title,
  requirements: { id: 'root', rule: 'sequence', children: [{ id: 'first', course }] },
});

describe('the course outline sidebar plugin', () => {
  const { app: server, as } = useTestApp({
    now: new Date('2026-03-01T10:00:00.000Z'),
    users: { author: [{ role: 'author', scope: 'org:DemoU' }] },
  });
  let address = '';

  beforeAll(async () => {
    address = await server().listen({ port: 0, host: '127.0.0.1' });
    for (const [key, title, course] of [
      ['path-v1:DemoU+WEB+2026+a', 'Web basics', COURSE],
      ['path-v1:DemoU+CSS+2026+a', 'Styling', 'course-v1:DemoU+CSS+2026'],
    ] as const) {
      const created = await server().inject({
        method: 'POST',
        url: '/api/v1/paths',
        headers: as('author'),
        payload: path(key, title, course),
      });
      expect(created.statusCode).toBe(201);
    }
  });

  it('lists the paths the course is in, each linking to its editor, and adds it to another draft', async () => {
    const view = await renderInSlot({
      modules: mfeModules,
      slot: 'org.openedx.frontend.authoring.course_outline_sidebar.v1',
      widget: LearningPathsPanel,
      pluginProps: { courseId: COURSE, courseName: 'HTML', sections: [] },
      headers: as('author'),
      config: {
        LMS_BASE_URL: 'https://lms.example.org',
        LEARNING_PATHS_API_URL: address,
        LEARNING_PATHS_URL: 'https://paths.example.org',
      },
    });
    const list = await view.findByRole('list', { name: 'Learning paths with HTML' });
    const link = within(list).getByRole('link', { name: 'Edit Web basics in Learning Paths Studio' });
    expect(link.getAttribute('href')).toBe(
      'https://paths.example.org/studio/paths/path-v1%3ADemoU%2BWEB%2B2026%2Ba',
    );
    expect(within(list).getByText('Draft')).toBeTruthy();
    expect(view.getByText('default content')).toBeTruthy();

    fireEvent.change(view.getByLabelText('Add to a path'), { target: { value: 'path-v1:DemoU+CSS+2026+a' } });
    fireEvent.click(view.getByRole('button', { name: 'Add' }));
    await view.findByText('Added to the draft of Styling: publish it in Studio for learners to see it.');
    const saved = await server().inject({
      method: 'GET',
      url: '/api/v1/paths/path-v1:DemoU+CSS+2026+a',
      headers: as('author'),
    });
    expect(saved.json()).toMatchObject({
      draftRevision: 2,
      draft: {
        requirements: {
          children: [
            { id: 'first', course: 'course-v1:DemoU+CSS+2026' },
            { id: 'DemoU-HTML-2026', course: COURSE },
          ],
        },
      },
    });
    await within(list).findByRole('link', { name: 'Edit Styling in Learning Paths Studio' });
    expect(view.queryByLabelText('Add to a path')).toBeNull();
    view.unmount();
  });
});
