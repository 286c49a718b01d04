// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import type { PathDefinition, StepNode } from '@learning-paths/core';
import { clearSlotComponents, registerSlotComponent } from '../../../shared/plugins/plugin-slots.tsx';
import { EXAMPLE_KEY, exampleView, fakeApi, renderEditor } from '../../../../test/editor-harness.tsx';

const KEY = EXAMPLE_KEY;
const view = exampleView;

/** The titles of a group's parts, in order. */
const partsOf = (group: string) =>
  [
    ...screen
      .getByRole('list', { name: group })
      .querySelectorAll(':scope > li > .node-item > .node-header .node-title'),
  ].map((title) => title.textContent);

describe('the structure editor', () => {
  beforeEach(() => {
    fakeApi({ [`GET /api/v1/paths/${KEY}`]: { body: view } });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    clearSlotComponents();
  });

  it('says what each group asks as the engine words it for learners', async () => {
    renderEditor(KEY);
    fireEvent.click(await screen.findByRole('tab', { name: 'Structure' }));
    const row = (title: string) =>
      screen.getByText(title, { selector: '.node-title' }).closest('.node-heading')!.textContent;
    expect(row('Electives')).toContain('choose 2 of 3');
    expect(row('Core')).toContain('all 2 in order');
  });

  it('moves parts with the move buttons, announcing where they went, and the outline follows', async () => {
    renderEditor(KEY);
    fireEvent.click(await screen.findByRole('tab', { name: 'Structure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Machine Learning up' }));
    expect(partsOf('Core')).toEqual(['Machine Learning', 'Statistics']);
    expect(screen.getByText('Machine Learning moved to position 1 of 2 in Core.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move Machine Learning up' }));
    expect(screen.getByText('Machine Learning cannot move further.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move Capstone Project up' }));
    expect(partsOf('Programme')).toEqual([
      'Introduction to Data Science',
      'Core',
      'Capstone Project',
      'Electives',
    ]);
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    expect(
      within(outline)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      'Programme',
      'Introduction to Data Science',
      'Core',
      'Machine Learning',
      'Statistics',
      'Capstone Project',
      'Electives',
      'Data Visualization',
      'Natural Language Processing',
      'Computer Vision',
      'Foundation Certificate',
      'Advanced Certificate',
    ]);
    expect(screen.getByText('Unsaved changes', { selector: '.badge' })).toBeTruthy();
  });

  it('nests a part into another group, and renames ids with their references', async () => {
    renderEditor(KEY);
    fireEvent.click(await screen.findByRole('tab', { name: 'Structure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit Introduction to Data Science' }));
    const intro = screen.getByRole('region', { name: 'Settings of Introduction to Data Science' });
    fireEvent.change(within(intro).getByRole('combobox', { name: 'Move into group' }), {
      target: { value: 'core' },
    });
    expect(partsOf('Core')).toEqual(['Statistics', 'Machine Learning', 'Introduction to Data Science']);

    fireEvent.click(screen.getByRole('button', { name: 'Edit Core' }));
    const core = screen.getByRole('region', { name: 'Settings of Core' });
    const id = within(core).getByRole('textbox', { name: 'Id' });
    fireEvent.change(id, { target: { value: 'electives' } });
    expect(within(core).getByText('Another part of this path already has the id "electives".')).toBeTruthy();
    fireEvent.change(id, { target: { value: 'core-courses' } });
    fireEvent.blur(id);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Capstone Project' }));
    const capstone = screen.getByRole('region', { name: 'Settings of Capstone Project' });
    expect(within(capstone).getByRole('checkbox', { name: 'Core (core-courses)' })).toHaveProperty(
      'checked',
      true,
    );
    // The renamed group stays open.
    expect(screen.getByRole('region', { name: 'Settings of Core' })).toBeTruthy();
  });

  it('shows core’s validation at the field as the author types, and lists it above', async () => {
    renderEditor(KEY);
    fireEvent.click(await screen.findByRole('tab', { name: 'Structure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit Electives' }));
    const electives = screen.getByRole('region', { name: 'Settings of Electives' });
    const count = within(electives).getByRole('spinbutton', { name: 'How many to complete' });
    fireEvent.change(count, { target: { value: '4' } });
    const message = 'count is 4 but the group has only 3 children, so it can never be satisfied';
    expect(count.getAttribute('aria-describedby')).toBeTruthy();
    const described = count
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(described.some((text) => text?.includes(message))).toBe(true);
    expect(screen.getByText('1 thing to fix before publishing')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Structure 1 problem/ })).toBeTruthy();
    fireEvent.change(count, { target: { value: '2' } });
    await waitFor(() => expect(screen.queryByText('1 thing to fix before publishing')).toBeNull());
  });

  it('asks before removing a group with parts, and removes the references to them', async () => {
    renderEditor(KEY);
    fireEvent.click(await screen.findByRole('tab', { name: 'Structure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Core' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Core?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(partsOf('Programme')).toEqual(['Introduction to Data Science', 'Electives', 'Capstone Project']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Introduction to Data Science' }));
    expect(screen.getByText('Introduction to Data Science removed.')).toBeTruthy();
    // The first tier required only intro and core: it now requires nothing, which core refuses.
    expect(screen.getByText(/tiers\[0\]\.requires must not be empty/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Tiers 1 problem/ })).toBeTruthy();
  });

  it('lets plugins add a field to the step form and a panel to the editor', async () => {
    registerSlotComponent(
      'studio.step-form.fields',
      ({ node, onChange }: { node: StepNode; onChange: (node: StepNode) => void }) => (
        <button type="button" onClick={() => onChange({ ...node, weight: 3 })}>
          Weigh {node.id} three times
        </button>
      ),
    );
    registerSlotComponent(
      'studio.editor.panels',
      ({ definition, pathKey }: { definition: PathDefinition; pathKey: string }) => (
        <section aria-label="Plugin panel">
          {pathKey}: {definition.requirements.id}
        </section>
      ),
    );
    renderEditor(KEY);
    expect((await screen.findByRole('region', { name: 'Plugin panel' })).textContent).toBe(`${KEY}: root`);
    fireEvent.click(screen.getByRole('tab', { name: 'Structure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit Statistics' }));
    fireEvent.click(screen.getByRole('button', { name: 'Weigh stats three times' }));
    const settings = screen.getByRole('region', { name: 'Settings of Statistics' });
    expect(within(settings).getByRole<HTMLInputElement>('spinbutton', { name: 'Weight' }).value).toBe('3');
  });

  it('changes the course of a step from the catalog, taking its title', async () => {
    const course = { key: 'course-v1:DemoU+DL300+2026', title: 'Deep Learning' };
    fakeApi({
      [`GET /api/v1/paths/${KEY}`]: { body: view },
      'GET /api/v1/courses': { body: { items: [course], total: 1, limit: 8, offset: 0 } },
    });
    renderEditor(KEY);
    fireEvent.click(await screen.findByRole('tab', { name: 'Structure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit Machine Learning' }));
    const change = screen.getByRole('button', { name: 'Change course of Machine Learning' });
    fireEvent.click(change);
    const search = screen.getByRole('searchbox', { name: 'New course for Machine Learning' });
    expect(document.activeElement).toBe(search);
    fireEvent.change(search, { target: { value: 'deep' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Choose Deep Learning for Machine Learning' }));
    expect(partsOf('Core')).toEqual(['Statistics', 'Deep Learning']);
    expect(screen.getByText('The course is now Deep Learning.')).toBeTruthy();
    const settings = screen.getByRole('region', { name: 'Settings of Deep Learning' });
    expect(within(settings).getByDisplayValue(course.key)).toBeTruthy();
    expect(document.activeElement).toBe(within(settings).getByRole('button', { name: /Change course/ }));
  });

  it('turns a root that is a single course into a group that can take more parts', async () => {
    const single = {
      ...example,
      tiers: undefined,
      requirements: { id: 'intro', title: 'Introduction', course: 'course-v1:DemoU+DS100+2026' },
    };
    fakeApi({ [`GET /api/v1/paths/${KEY}`]: { body: { ...view, draft: single } } });
    renderEditor(KEY);
    fireEvent.click(await screen.findByRole('tab', { name: 'Structure' }));
    expect(screen.queryByRole('searchbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Turn into a group' }));
    expect(partsOf('root')).toEqual(['Introduction']);
    expect(screen.getByRole('searchbox', { name: 'Add a course to root' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn into a group' })).toBeNull();
  });
});
