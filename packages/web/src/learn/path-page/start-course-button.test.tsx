// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { afterEach, expect, it, vi } from 'vitest';
import { stubApi } from '../../../test/learn-harness.tsx';
import { leaveFor, StartCourseButton, startKind } from './start-course-button.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const OWN_COURSE = { org: 'DemoU', inviteOnly: true };

function renderButton(onChanged = vi.fn(), course = OWN_COURSE) {
  render(
    <IntlProvider locale="en" messages={{}}>
      <StartCourseButton
        pathKey="path-v1:DemoU+DS+2026+spring"
        stepId="nlp"
        title="NLP"
        kind="start"
        course={course}
        onChanged={onChanged}
      />
    </IntlProvider>,
  );
  return onChanged;
}

it('starts the course through the path, then goes to the course', async () => {
  const calls = stubApi(() => ({
    body: { course: 'c', step: 'nlp', created: true, lms: 'done', launchUrl: 'https://lms.example.org/nlp/' },
  }));
  const go = vi.spyOn(leaveFor, 'url').mockImplementation(() => undefined);
  renderButton();
  fireEvent.click(screen.getByRole('button', { name: 'Start course: NLP' }));
  await waitFor(() => expect(go).toHaveBeenCalledWith('https://lms.example.org/nlp/'));
  expect(calls).toEqual([
    { method: 'POST', url: '/api/v1/me/paths/path-v1%3ADemoU%2BDS%2B2026%2Bspring/steps/nlp/start' },
  ]);
});

it('stays on the page, asking to come back in a minute, while the LMS has the enrollment queued', async () => {
  stubApi(() => ({
    status: 202,
    body: {
      course: 'c',
      step: 'nlp',
      created: false,
      lms: 'queued',
      launchUrl: 'https://lms.example.org/nlp/',
    },
  }));
  const go = vi.spyOn(leaveFor, 'url');
  renderButton();
  fireEvent.click(screen.getByRole('button', { name: 'Start course: NLP' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'The course platform is slow to answer: your place in NLP is being arranged. Please open it again in a minute.',
  );
  expect(go).not.toHaveBeenCalled();
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start course: NLP' }).disabled).toBe(false);
});

it('says a step locked since the page loaded is locked, and brings the page up to date to say why', async () => {
  stubApi(() => ({ status: 403, body: { detail: 'NLP is locked: Unlocks after Core' } }));
  const go = vi.spyOn(leaveFor, 'url');
  const onChanged = renderButton();
  fireEvent.click(screen.getByRole('button', { name: 'Start course: NLP' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'NLP is locked now: the page has been brought up to date to say why.',
  );
  expect(onChanged).toHaveBeenCalledOnce();
  expect(go).not.toHaveBeenCalled();
});

it("says another organisation's invite-only course is not shared with the path, and brings the page up to date", async () => {
  stubApi(() => ({ status: 403, body: { detail: 'NLP cannot be opened from this path: …' } }));
  const onChanged = renderButton(vi.fn(), { org: 'OpenTech', inviteOnly: true });
  fireEvent.click(screen.getByRole('button', { name: 'Start course: NLP' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    "NLP cannot be opened from this path: it is an invite-only course of OpenTech, which does not share it with this path's organisation. The path's staff can tell you more.",
  );
  expect(onChanged).toHaveBeenCalledOnce();
});

it('asks to try again when the course platform fails, and names other failures', async () => {
  stubApi(() => ({ status: 502, body: { detail: 'Open edX could not enroll ada in NLP: 503' } }));
  renderButton();
  fireEvent.click(screen.getByRole('button', { name: 'Start course: NLP' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'The course platform could not open NLP just now. Please try again in a few minutes.',
  );
  cleanup();
  stubApi(() => ({ status: 404, body: { detail: 'the course c is not in the catalog' } }));
  renderButton();
  fireEvent.click(screen.getByRole('button', { name: 'Start course: NLP' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'NLP could not be opened (the course c is not in the catalog).',
  );
});

it('offers to review a completed course and to resume one begun', () => {
  expect(startKind('completed', true)).toBe('review');
  expect(startKind('in_progress', false)).toBe('resume');
  expect(startKind('available', true)).toBe('resume');
  expect(startKind('available', false)).toBe('start');
});

it('offers nothing on a course that has not started, nor on one ended before its step was completed', () => {
  expect(startKind('available', false, 'upcoming')).toBeNull();
  expect(startKind('in_progress', true, 'ended')).toBeNull();
  expect(startKind('completed', true, 'ended')).toBe('review');
  expect(startKind('available', false, 'open')).toBe('start');
});
