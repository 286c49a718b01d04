import { describe, expect, it } from 'vitest';
import { compilePath } from '@learning-paths/core';
import { DS_PATH } from '../../../test/service-fixture.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import { currentStep } from './current-step.ts';

// The data-science path's steps, in order: intro, stats, ml, viz, nlp, cv, capstone (from 1 May 2026).
const path = compilePath(DS_PATH);
const NOW = '2026-03-01T10:00:00.000Z';
const noCatalog = new Map<string, CourseRecord>();
const at = (
  status: 'not_started' | 'in_progress' | 'completed',
  stepStates: string | null,
  next: string[],
) => ({
  status,
  stepStates,
  next,
});

describe("a learner's current step", () => {
  it('is none once the path is completed, and none known before progress was first computed', () => {
    expect(currentStep(path, at('completed', 'ccccccc', []), noCatalog, NOW).kind).toBe('completed');
    expect(currentStep(undefined, at('not_started', null, []), noCatalog, NOW)).toEqual({
      kind: 'notStarted',
      stepId: null,
      stepTitle: null,
      waitingOn: null,
      date: null,
    });
  });

  it('is the first suggested step, not started until anything is', () => {
    expect(
      currentStep(path, at('not_started', 'oolooo' + 'l', ['intro', 'stats']), noCatalog, NOW),
    ).toMatchObject({
      kind: 'notStarted',
      stepId: 'intro',
      stepTitle: 'Introduction to Data Science',
    });
    expect(
      currentStep(path, at('in_progress', 'colooo' + 'l', ['stats', 'viz']), noCatalog, NOW),
    ).toMatchObject({
      kind: 'working',
      stepId: 'stats',
    });
  });

  it('waits on a step locked by its release date, with the date, or on what it requires', () => {
    expect(currentStep(path, at('in_progress', 'cccccc' + 'l', []), noCatalog, NOW)).toEqual({
      kind: 'waiting',
      stepId: 'capstone',
      stepTitle: 'Capstone Project',
      waitingOn: 'releaseDate',
      date: '2026-05-01T00:00:00.000Z',
    });
    expect(
      currentStep(path, at('in_progress', 'cccccc' + 'l', []), noCatalog, '2026-06-01T00:00:00.000Z'),
    ).toMatchObject({
      kind: 'waiting',
      stepId: 'capstone',
      waitingOn: 'locked',
      date: null,
    });
  });
});
