import { describe, expect, it } from 'vitest';
import { dataSciencePath, DS, facts, PASSED } from '../../test/fixtures.ts';
import { compilePath } from './compiled-path.ts';
import { withSchedule, type CourseRun } from './course-schedule.ts';

const NOW = '2026-04-10T12:00:00Z';
const ENDED: CourseRun = { startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-03-01T00:00:00Z' };
const OPEN: CourseRun = { startsAt: '2026-01-01T00:00:00Z', endsAt: null };
const UPCOMING: CourseRun = { startsAt: '2026-09-01T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' };
const LATER: CourseRun = { startsAt: '2026-10-01T00:00:00Z', endsAt: null };

const path = compilePath(dataSciencePath());
const scheduleOf = (runs: Record<string, CourseRun>, courses: Parameters<typeof facts>[1] = {}) =>
  withSchedule(path, path.evaluate(facts(NOW, courses)), (key) => runs[key], NOW).schedule!;

describe('a path against its courses’ dates', () => {
  it('says where each known course stands, and leaves the evaluation as it was', () => {
    const evaluation = path.evaluate(facts(NOW));
    const scheduled = withSchedule(path, evaluation, (key) => ({ [DS.intro]: ENDED })[key], NOW);
    expect(scheduled.schedule!.steps).toEqual({ intro: 'ended' });
    expect({ ...scheduled, schedule: undefined }).toEqual({ ...evaluation, schedule: undefined });
  });

  it('suggests only steps whose course runs now, else says when the first opens', () => {
    const all = { [DS.intro]: OPEN, [DS.stats]: UPCOMING, [DS.viz]: ENDED, [DS.nlp]: OPEN, [DS.cv]: LATER };
    expect(scheduleOf(all).next).toEqual(['intro', 'nlp']);
    const none = scheduleOf({
      [DS.intro]: LATER,
      [DS.stats]: UPCOMING,
      [DS.viz]: ENDED,
      [DS.nlp]: ENDED,
      [DS.cv]: ENDED,
    });
    expect([none.next, none.opensAt]).toEqual([[], UPCOMING.startsAt]);
    // A course the catalog does not know is not held against the learner.
    expect(scheduleOf({}).next).toEqual(path.evaluate(facts(NOW)).next);
  });

  it('cannot be completed once a required course ended unpassed, with every such step named', () => {
    const blocked = scheduleOf({ [DS.intro]: ENDED, [DS.stats]: ENDED });
    expect([blocked.completable, blocked.blockedBy]).toEqual([false, ['intro', 'stats']]);
    // Passed before it ended: nothing is lost.
    const passed = scheduleOf(
      { [DS.intro]: ENDED, [DS.stats]: ENDED },
      { [DS.intro]: PASSED, [DS.stats]: PASSED },
    );
    expect([passed.completable, passed.blockedBy]).toEqual([true, []]);
  });

  it('lets an elective group go on while enough of its courses still can be done', () => {
    // Choose 2 of 3: one ended, two left.
    expect(scheduleOf({ [DS.viz]: ENDED }).completable).toBe(true);
    const two = scheduleOf({ [DS.viz]: ENDED, [DS.nlp]: ENDED });
    expect([two.completable, two.blockedBy]).toEqual([false, ['viz', 'nlp']]);
    // One of them passed already: the third is still enough.
    expect(scheduleOf({ [DS.viz]: ENDED, [DS.nlp]: ENDED }, { [DS.nlp]: PASSED }).completable).toBe(true);
  });
});
