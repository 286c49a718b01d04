// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { EXAMPLE_KEY, exampleView, fakeApi, renderEditor } from '../../../../test/editor-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = EXAMPLE_KEY;
const view = exampleView;

async function importFile(name: string, text: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Import file' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import a file into the editor' });
  fireEvent.change(within(dialog).getByLabelText('Definition file'), {
    // jsdom's File cannot give its text: a stand-in with what the dialog reads.
    target: { files: [{ name, text: () => Promise.resolve(text) }] },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Import into the editor' }));
  return dialog;
}

describe('importing a file into the open editor', () => {
  it('replaces the draft without saving, shows its problems, and can be undone', async () => {
    const received = fakeApi({ [`GET /api/v1/paths/${KEY}`]: { body: view } });
    renderEditor(KEY);
    await screen.findByRole('heading', { name: example.title, level: 1 });
    const yaml = [
      `key: ${KEY}`,
      'title: Imported Path',
      'subtitle: From a file',
      'requirements:',
      '  id: root',
      '  rule: atLeast',
      '  count: 3',
      '  children:',
      '    - { id: a, course: course-v1:DemoU+A+1 }',
    ].join('\n');
    await importFile('path.yaml', yaml);
    await screen.findByRole('heading', { name: 'Imported Path', level: 1 });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Subtitle' }).value).toBe('From a file');
    expect(
      screen.getByText('path.yaml is now in the editor. Nothing is saved until you save the draft.'),
    ).toBeTruthy();
    expect(screen.getByText('1 thing to fix before publishing')).toBeTruthy();
    expect(screen.getByText('Unsaved changes', { selector: '.badge' })).toBeTruthy();
    expect(received.every((request) => request.method === 'GET')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Undo the import' }));
    await screen.findByRole('heading', { name: example.title, level: 1 });
    await waitFor(() => expect(screen.queryByText('Unsaved changes', { selector: '.badge' })).toBeNull());
  });

  it('forgets the undo once the imported draft is saved', async () => {
    const received = fakeApi({
      [`GET /api/v1/paths/${KEY}`]: { body: view },
      [`PUT /api/v1/paths/${KEY}/draft`]: ({ body }) => ({
        body: { ...view, draft: (body as { definition: object }).definition, draftRevision: 4 },
      }),
    });
    renderEditor(KEY);
    await screen.findByRole('heading', { name: example.title, level: 1 });
    await importFile('path.json', JSON.stringify({ ...example, title: 'Imported Path' }));
    await screen.findByRole('heading', { name: 'Imported Path', level: 1 });
    expect(screen.getByRole('button', { name: 'Undo the import' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('The draft is saved. Learners see it once you publish.');
    expect(screen.queryByRole('button', { name: 'Undo the import' })).toBeNull();
    expect(screen.queryByText(/Nothing is saved until you save the draft/)).toBeNull();
    const saved = received.find((request) => request.method === 'PUT');
    expect((saved?.body as { definition: { title: string } }).definition.title).toBe('Imported Path');
  });

  it('refuses a file with broken syntax, saying where, and keeps the draft', async () => {
    fakeApi({ [`GET /api/v1/paths/${KEY}`]: { body: view } });
    renderEditor(KEY);
    await screen.findByRole('heading', { name: example.title, level: 1 });
    const dialog = await importFile('path.json', '{\n  "title": \n}');
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /^The file path\.json is not valid JSON at line 3, column 1/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('heading', { name: example.title, level: 1 })).toBeTruthy();
    expect(screen.queryByText('Unsaved changes', { selector: '.badge' })).toBeNull();
  });
});
