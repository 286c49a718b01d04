// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import example from '../../../../../examples/data-science/path.json' with { type: 'json' };
import { fakeApi, renderEditor } from '../../../test/editor-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = example.key;
const PATH = `/api/v1/paths/${KEY}`;
const view = (draft: object, draftRevision = 3, version: number | null = 1) => ({
  key: KEY,
  org: 'DemoU',
  title: example.title,
  status: version === null ? 'draft' : 'published',
  version,
  definition: version === null ? null : example,
  draft,
  draftRevision,
  createdAt: '',
  updatedAt: '',
});
const typeInto = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name, exact: true } as never), { target: { value } });

describe('saving and publishing in the editor', () => {
  it('creates a new path on its first save and takes its address, without loading it again', async () => {
    const course = { key: 'course-v1:DemoU+DS100+2026', title: 'Introduction to Data Science' };
    const received = fakeApi({
      'GET /api/v1/courses': { body: { items: [course], total: 1, limit: 8, offset: 0 } },
      'POST /api/v1/paths': ({ body }) => ({ status: 201, body: view(body as object, 1, null) }),
    });
    renderEditor('new');
    await screen.findByRole('heading', { name: 'New path', level: 1 });
    // Nothing typed yet, nothing said; a field's problem shows once the author has been there,
    // at the field and in the list above.
    expect(screen.queryAllByText(/title must not be empty/)).toHaveLength(0);
    fireEvent.blur(screen.getByRole('textbox', { name: 'Title' }));
    expect(screen.getAllByText(/title must not be empty/)).toHaveLength(2);

    fireEvent.change(screen.getByRole('combobox', { name: 'Organisation' }), { target: { value: 'DemoU' } });
    typeInto('Number', 'DS');
    typeInto('Run', '2026');
    typeInto('Group', 'spring');
    typeInto('Title', example.title);
    fireEvent.click(screen.getByRole('tab', { name: /Structure/ }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Add a course to root' }), {
      target: { value: 'intro' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add Introduction to Data Science to root' }));
    expect(screen.getByText('In this path')).toBeTruthy();
    expect(received.find((request) => request.path === '/api/v1/courses')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('The draft is saved. Learners see it once you publish.');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/paths/${KEY}`));
    expect(received.filter((request) => request.path === PATH)).toEqual([]);
    expect(received.at(-1)).toMatchObject({
      method: 'POST',
      body: {
        key: KEY,
        title: example.title,
        requirements: {
          id: 'root',
          rule: 'all',
          children: [{ id: 'introduction-to-data-science', title: course.title, course: course.key }],
        },
      },
    });
  });

  it('shows the server’s problems at their fields and keeps every change', async () => {
    const received = fakeApi({
      [`GET ${PATH}`]: { body: view(example) },
      [`PUT ${PATH}/draft`]: {
        status: 422,
        body: {
          detail: 'the path definition is not valid',
          errors: [{ pointer: '/subtitle', message: 'a plugin refuses this subtitle' }],
        },
      },
    });
    renderEditor(KEY);
    await screen.findByRole('heading', { name: example.title, level: 1 });
    typeInto('Subtitle', 'Something else');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Not saved: the path definition is not valid. Your changes are still here.');
    const subtitle = screen.getByRole('textbox', { name: 'Subtitle' });
    expect((subtitle as HTMLInputElement).value).toBe('Something else');
    // Paragon links a feedback to its control in an effect after the feedback renders.
    const described = () =>
      (subtitle.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
    await waitFor(() => expect(described()).toContain('a plugin refuses this subtitle'));
    expect(received.at(-1)).toMatchObject({
      method: 'PUT',
      body: { expectedRevision: 3, definition: { subtitle: 'Something else' } },
    });
  });

  it('opens a draft saved unfinished elsewhere, with all its problems listed, and saves it as it is', async () => {
    const unfinished = { key: KEY, title: 'Half done', tiers: [{ id: 'gold' }] };
    const received = fakeApi({
      [`GET ${PATH}`]: { body: view(unfinished, 3, null) },
      [`PUT ${PATH}/draft`]: ({ body }) => ({
        body: {
          ...view((body as { definition: object }).definition, 4, null),
          draftProblems: [{ pointer: '/requirements/children', message: 'a plugin problem' }],
        },
      }),
    });
    renderEditor(KEY);
    await screen.findByRole('heading', { name: 'Half done', level: 1 });
    expect(screen.getByText('3 things to fix before publishing')).toBeTruthy();
    // The root the editor filled in is a change to save.
    expect(screen.getByText('Unsaved changes', { selector: '.badge' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Saved as a draft with 1 problem to fix before publishing.');
    expect(received.at(-1)).toMatchObject({
      method: 'PUT',
      body: { definition: { ...unfinished, requirements: { id: 'root', rule: 'all', children: [] } } },
    });
  });

  it('says when someone else saved in between, and loads their version on request', async () => {
    let reads = 0;
    fakeApi({
      [`GET ${PATH}`]: () => ({
        body: reads++ === 0 ? view(example) : view({ ...example, subtitle: 'Theirs' }, 4),
      }),
      [`PUT ${PATH}/draft`]: { status: 409, body: { detail: 'the draft was saved by someone else' } },
    });
    renderEditor(KEY);
    await screen.findByRole('heading', { name: example.title, level: 1 });
    typeInto('Subtitle', 'Mine');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    const alert = await screen.findByText(/Someone else saved this path since you opened it/);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Subtitle' }).value).toBe('Mine');
    fireEvent.click(within(alert.closest('.alert')!).getByRole('button', { name: 'Load the saved version' }));
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Subtitle' }).value).toBe('Theirs'),
    );
    expect(screen.getByText(/Draft saved/)).toBeTruthy();
  });

  it('saves unsaved changes before publishing, after asking', async () => {
    const received = fakeApi({
      [`GET ${PATH}`]: { body: view(example) },
      [`PUT ${PATH}/draft`]: ({ body }) => ({ body: view((body as { definition: object }).definition, 4) }),
      [`POST ${PATH}/publish`]: {
        body: { key: KEY, version: 2, publishedAt: '', publishedBy: 'author', learnersMoved: 12 },
      },
    });
    renderEditor(KEY);
    await screen.findByRole('heading', { name: example.title, level: 1 });
    typeInto('Duration', '13 weeks');
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish Data Science Foundations?' });
    expect(within(dialog).getByText('Your unsaved changes are saved first.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await screen.findByText('Version 2 is published. 12 enrolled learners moved to it.');
    expect(received.map((request) => `${request.method} ${request.path}`).slice(-3)).toEqual([
      `PUT ${PATH}/draft`,
      `POST ${PATH}/publish`,
      `GET ${PATH}`,
    ]);
  });
});
