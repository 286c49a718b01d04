import { createIntl } from 'react-intl';
import { reportIntlError } from '../intl/intl-errors.ts';
import { expect, it } from 'vitest';
import { DEFAULT_LOCALE } from '../intl/locale.ts';
import { compilePath, withSchedule } from '@learning-paths/core';
import { buildOutline, stepsOf } from './outline-model.ts';
import { MIDWAY, pathPageFixture } from '../../../test/path-page-fixture.ts';

const english = createIntl({ locale: DEFAULT_LOCALE, defaultLocale: DEFAULT_LOCALE, messages: {} });

it('builds the tree of the definition with what the evaluation and the server say of each part', () => {
  const page = pathPageFixture(MIDWAY);
  const root = buildOutline(page, english);
  expect(root).toMatchObject({
    id: 'root',
    depth: 0,
    status: 'in_progress',
    summary: 'all 4 required',
    done: 1,
  });
  expect(root.children.map((node) => [node.id, node.depth, node.status])).toEqual([
    ['intro', 1, 'completed'],
    ['core', 1, 'in_progress'],
    ['electives', 1, 'in_progress'],
    ['capstone', 1, 'locked'],
  ]);
  const [, core, electives, capstone] = root.children;
  expect(core!.children.map((node) => [node.id, node.depth])).toEqual([
    ['stats', 2],
    ['ml', 2],
  ]);
  expect(electives).toMatchObject({
    summary: 'choose 2 of 3',
    done: 1,
    remaining: 'Complete 1 more of: Natural Language Processing, Computer Vision',
    step: null,
  });
  expect(capstone).toMatchObject({
    lockReason: 'Unlocks after Core and Electives; opens on 1 May 2026',
    remaining: null,
    suggested: false,
  });
});

it('marks the first of the evaluation’s next steps as suggested, and attaches each step’s course', () => {
  const page = pathPageFixture(MIDWAY);
  expect(page.evaluation.next).toEqual(['ml', 'nlp', 'cv']);
  const steps = stepsOf(buildOutline(page, english));
  expect(steps.map((step) => step.id)).toEqual(['intro', 'stats', 'ml', 'viz', 'nlp', 'cv', 'capstone']);
  expect(steps.filter((step) => step.suggested).map((step) => step.id)).toEqual(['ml']);
  const ml = steps.find((step) => step.id === 'ml')!;
  expect(ml).toMatchObject({
    status: 'in_progress',
    summary: 'grade ≥ 70%',
    remaining: 'Reach a grade of 70% in Machine Learning (now 62%)',
    step: {
      courseKey: 'course-v1:DemoU+DS120+2026',
      course: { grade: 0.62, completion: 0.5, enrolled: true },
    },
  });
});

it('words what the server says in the learner’s language, from the messages beside its English text', () => {
  const page = pathPageFixture(MIDWAY);
  const french = createIntl({
    locale: 'fr',
    onError: reportIntlError,
    defaultLocale: DEFAULT_LOCALE,
    messages: {
      'lp.rule.atLeast.summary.count': '{count} au choix parmi {total}',
      'lp.lock.after.opens': 'Se débloque après {titles} ; ouvre le {date}',
      'lp.rule.atLeast.explain.count': 'Encore {more} parmi : {children}',
    },
  });
  const [, , electives, capstone] = buildOutline(page, french).children;
  expect(electives).toMatchObject({
    summary: '2 au choix parmi 3',
    remaining: 'Encore 1 parmi : Natural Language Processing et Computer Vision',
  });
  expect(capstone!.lockReason).toBe('Se débloque après Core et Electives ; ouvre le 1 mai 2026');
  // An id the page has no message for: the server's English text.
  const newer = { ...page, lockReasonMessages: { capstone: { id: 'lp.lock.newer', values: {} } } };
  expect(buildOutline(newer, french).children[3]!.lockReason).toBe(page.lockReasons.capstone);
});

it('suggests the first step whose course runs now, and gives each step where its course stands', () => {
  const page = pathPageFixture(MIDWAY);
  const ended = { startsAt: '2025-09-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' };
  const evaluation = withSchedule(
    compilePath(page.definition),
    page.evaluation,
    (key) => (key === 'course-v1:DemoU+DS120+2026' ? ended : undefined),
    '2026-03-01T10:00:00Z',
  );
  const steps = stepsOf(buildOutline({ ...page, evaluation }, english));
  expect(steps.filter((step) => step.suggested).map((step) => step.id)).toEqual(['nlp']);
  expect(steps.map((step) => [step.id, step.step?.run])).toEqual([
    ['intro', null],
    ['stats', null],
    ['ml', 'ended'],
    ['viz', null],
    ['nlp', null],
    ['cv', null],
    ['capstone', null],
  ]);
});

it('gives credits earned of those each part is worth, once the path counts credits', () => {
  const root = buildOutline(pathPageFixture(MIDWAY), english);
  const credits = (node: ReturnType<typeof buildOutline>) => [node.id, node.credits];
  // Electives are worth 3, 3 and 4 credits; visualisation is passed.
  expect(root.children.map(credits)).toEqual([
    ['intro', { earned: 1, of: 1 }],
    ['core', { earned: 1, of: 2 }],
    ['electives', { earned: 3, of: 10 }],
    ['capstone', { earned: 0, of: 1 }],
  ]);
  expect(root.credits).toEqual({ earned: 1, of: 14 });
  const page = pathPageFixture(MIDWAY);
  const withoutCredits = JSON.parse(JSON.stringify(page.definition), (key: string, value: unknown) =>
    key === 'credits' ? undefined : value,
  ) as typeof page.definition;
  expect(buildOutline({ ...page, definition: withoutCredits }, english).credits).toBeNull();
});
