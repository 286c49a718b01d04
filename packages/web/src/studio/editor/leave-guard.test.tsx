// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import example from '../../../../../examples/data-science/path.json' with { type: 'json' };
import { EXAMPLE_KEY, exampleView, fakeApi, renderEditor } from '../../../test/editor-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = EXAMPLE_KEY;
const view = exampleView;
const location = () => screen.getByTestId('location').textContent;

describe('leaving the editor', () => {
  it('asks on Back with unsaved changes: Stay keeps the edits, Leave goes', async () => {
    fakeApi({ [`GET /api/v1/paths/${KEY}`]: { body: view } });
    const { router } = renderEditor(KEY);
    await screen.findByRole('heading', { name: example.title, level: 1 });
    fireEvent.change(screen.getByRole('textbox', { name: 'Subtitle' }), { target: { value: 'Mine' } });

    await act(() => router.navigate(-1));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(location()).toBe(`/paths/${KEY}`);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Subtitle' }).value).toBe('Mine');

    fireEvent.click(screen.getByRole('link', { name: /All paths/ }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave',
      }),
    );
    await waitFor(() => expect(location()).toBe('/'));
  });

  it('goes without asking when everything is saved', async () => {
    fakeApi({ [`GET /api/v1/paths/${KEY}`]: { body: view } });
    const { router } = renderEditor(KEY);
    await screen.findByRole('heading', { name: example.title, level: 1 });
    await act(() => router.navigate(-1));
    await waitFor(() => expect(location()).toBe('/'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
