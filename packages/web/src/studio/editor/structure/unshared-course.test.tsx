// @vitest-environment jsdom
// The server refuses to publish a path whose step uses another organisation's invite-only course
// that it does not share: the refusal is shown at that step's course, in the author's language,
// and does not stop the author from trying again once the course is shared.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EXAMPLE_KEY, exampleView, fakeApi, renderEditor } from '../../../../test/editor-harness.tsx';

const PATH = `/api/v1/paths/${EXAMPLE_KEY}`;
const COURSE = 'course-v1:OpenTech+SEC240+2026';
const MESSAGE = `${COURSE} is an invite-only course of OpenTech, which does not share it with DemoU: an author of OpenTech must share it before a DemoU path may use it`;
const REFUSAL = {
  pointer: '/requirements/children/0/course',
  // The English text differs from the message on purpose: the message is what shows.
  message: 'in English only',
  translatable: { id: 'lp.sharing.notShared', values: { course: COURSE, owner: 'OpenTech', org: 'DemoU' } },
};
/** The example path, its first step's course OpenTech's. */
const draft = structuredClone(exampleView.draft);
draft.requirements.children[0]!.course = COURSE;
const view = { ...exampleView, draft, definition: draft };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a course another organisation does not share', () => {
  it("is said at the step's course when publishing is refused", async () => {
    fakeApi({
      [`GET ${PATH}`]: { body: view },
      [`POST ${PATH}/publish`]: {
        status: 422,
        body: {
          detail:
            'the path uses invite-only courses of other organisations that do not share them with DemoU',
          errors: [REFUSAL],
        },
      },
    });
    renderEditor(EXAMPLE_KEY);
    await screen.findByRole('heading', { name: exampleView.title, level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    fireEvent.click(await screen.findByRole('button', { name: `Show the field: ${MESSAGE}` }));
    const settings = await screen.findByRole('region', { name: 'Settings of Introduction to Data Science' });
    const course = within(settings).getByRole('textbox', { name: 'Course' });
    expect((course as HTMLInputElement).value).toBe(COURSE);
    // Paragon links a feedback to its control in an effect after the feedback renders.
    await waitFor(() =>
      expect(
        (course.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent),
      ).toContain(MESSAGE),
    );
  });

  it('asks the server again on the next save, which succeeds once the course is shared', async () => {
    let shared = false;
    const received = fakeApi({
      [`GET ${PATH}`]: { body: view },
      [`PUT ${PATH}/draft`]: () =>
        shared
          ? { body: { ...view, draftRevision: view.draftRevision + 1 } }
          : { status: 422, body: { detail: 'not shared', errors: [REFUSAL] } },
    });
    renderEditor(EXAMPLE_KEY);
    await screen.findByRole('heading', { name: exampleView.title, level: 1 });
    fireEvent.change(screen.getByRole('textbox', { name: 'Subtitle' }), { target: { value: 'Changed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByRole('button', { name: `Show the field: ${MESSAGE}` });

    // OpenTech shares the course elsewhere; nothing changes in the form.
    shared = true;
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('The draft is saved. Learners see it once you publish.');
    expect(received.filter((request) => request.method === 'PUT')).toHaveLength(2);
    expect(screen.queryByText(MESSAGE)).toBeNull();
  });
});
