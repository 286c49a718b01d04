import { describe, expect, it } from 'vitest';
import { dataSciencePath, DS, facts, PASSED } from '../../test/fixtures.ts';
import type { PathDefinition, StepNode } from '../definition/types.ts';
import { validatePath } from '../validate/validate-path.ts';
import { compilePath } from './compiled-path.ts';
import { withSchedule } from './course-schedule.ts';
import { currentRun, stepRuns, type CatalogRun } from './step-runs.ts';

const NOW = '2026-04-10T12:00:00Z';
const INTRO_2025 = 'course-v1:DemoU+DS100+2025';
const INTRO_2027 = 'course-v1:DemoU+DS100+2027';

/** The spec's path with its intro step following its course. */
function following(): PathDefinition {
  const path = dataSciencePath();
  const root = path.requirements as unknown as { children: StepNode[] };
  root.children[0] = { ...root.children[0]!, run: 'current' };
  return path;
}

const runs: CatalogRun[] = [
  { key: INTRO_2025, startsAt: '2025-01-01T00:00:00Z', endsAt: '2025-06-01T00:00:00Z' },
  { key: DS.intro, startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-03-01T00:00:00Z' },
  { key: INTRO_2027, startsAt: '2026-09-01T00:00:00Z', endsAt: null },
];

describe('steps that follow their course', () => {
  it('count any run the learner took, the one that satisfies the step first, and say which', () => {
    const path = compilePath(following());
    const inRuns = path.evaluate(
      facts(NOW, {
        [INTRO_2027]: { enrolled: true, completion: 0.3 },
        [INTRO_2025]: { enrolled: true, completion: 0.9 },
      }),
    );
    expect(inRuns.nodes.intro!.satisfied).toBe(true);
    expect(inRuns.runs).toEqual({ intro: INTRO_2025 });
    const furthest = path.evaluate(
      facts(NOW, {
        [INTRO_2025]: { enrolled: true, completion: 0.2 },
        [INTRO_2027]: { enrolled: true, completion: 0.5 },
      }),
    );
    expect([furthest.nodes.intro!.satisfied, furthest.nodes.intro!.progress]).toEqual([false, 0.5 / 0.8]);
    expect(furthest.runs).toEqual({ intro: INTRO_2027 });
    // Another course's runs and a learner with none leave the step untouched.
    const none = path.evaluate(facts(NOW, { 'course-v1:DemoU+DS1000+2026': PASSED }));
    expect([none.nodes.intro!.status, none.runs]).toEqual(['available', {}]);
  });

  it('leave exact steps as they were: another run of their course does not count', () => {
    const exact = compilePath(dataSciencePath());
    const evaluation = exact.evaluate(facts(NOW, { [INTRO_2025]: PASSED }));
    expect(evaluation.nodes.intro!.satisfied).toBe(false);
    expect(evaluation.runs).toBeUndefined();
  });

  it('send the learner to the run open now, else the next to start, keeping a run that still counts', () => {
    const path = compilePath(following());
    const time = Date.parse(NOW);
    expect(currentRun(runs, time)?.key).toBe(INTRO_2027);
    expect(currentRun(runs, Date.parse('2026-02-01T00:00:00Z'))?.key).toBe(DS.intro);
    expect(currentRun(runs.slice(0, 2), time)).toBeUndefined();
    const chosen = (courses: Parameters<typeof facts>[1]) => {
      const evaluation = path.evaluate(facts(NOW, courses));
      const satisfied = (id: string) => evaluation.nodes[id]!.satisfied;
      return stepRuns(path, { runs: evaluation.runs, satisfied }, () => runs, NOW);
    };
    expect(chosen({})).toEqual({ intro: INTRO_2027 });
    // Passed in an ended run: that run stays the learner's. Unfinished in an ended one: the next.
    expect(chosen({ [INTRO_2025]: PASSED })).toEqual({ intro: INTRO_2025 });
    expect(chosen({ [INTRO_2025]: { enrolled: true, completion: 0.1 } })).toEqual({ intro: INTRO_2027 });
    // With no run open or coming, the step's own run.
    const ended = stepRuns(path, { satisfied: () => false }, () => runs.slice(0, 2), NOW);
    expect(ended).toEqual({ intro: DS.intro });
  });

  it('keep a path completable while a later run of an ended course is coming', () => {
    const exact = compilePath(dataSciencePath());
    const path = compilePath(following());
    const dates = (key: string) => runs.find((run) => run.key === key);
    const exactSchedule = withSchedule(exact, exact.evaluate(facts(NOW)), dates, NOW).schedule!;
    expect([exactSchedule.completable, exactSchedule.blockedBy]).toEqual([false, ['intro']]);
    const evaluation = path.evaluate(facts(NOW));
    const courses = stepRuns(path, { satisfied: () => false }, () => runs, NOW);
    const schedule = withSchedule(path, evaluation, dates, NOW, courses).schedule!;
    expect(schedule).toMatchObject({ completable: true, courses: { intro: INTRO_2027 } });
    expect(schedule.steps.intro).toBe('upcoming');
  });
});

describe('validating steps that follow their course', () => {
  const problemsOf = (edit: (children: Record<string, unknown>[]) => void) => {
    const path = JSON.parse(JSON.stringify(following())) as PathDefinition;
    edit((path.requirements as unknown as { children: Record<string, unknown>[] }).children);
    return validatePath(path).errors.map((problem) => [problem.pointer, problem.translatable?.id]);
  };

  it('accept run current or exact on steps only', () => {
    expect(problemsOf(() => {})).toEqual([]);
    expect(problemsOf((children) => (children[0]!.run = 'exact'))).toEqual([]);
    expect(problemsOf((children) => (children[0]!.run = 'latest'))[0]![0]).toBe(
      '/requirements/children/0/run',
    );
    expect(problemsOf((children) => (children[1]!.run = 'current'))[0]![0]).toBe(
      '/requirements/children/1/run',
    );
  });

  it('refuse a course followed by one step and taken by another, naming both', () => {
    const twice = problemsOf((children) => children.push({ id: 'again', course: INTRO_2025 }));
    expect(twice).toEqual([['/requirements/children/4/course', 'lp.problem.followedCourseTwice']]);
    const both = problemsOf((children) => children.push({ id: 'again', course: INTRO_2027, run: 'current' }));
    expect(both).toEqual([['/requirements/children/4/course', 'lp.problem.followedCourseTwice']]);
    // Two exact runs of one course stay allowed, as before.
    const exact = problemsOf((children) => {
      delete children[0]!.run;
      children.push({ id: 'again', course: INTRO_2025 });
    });
    expect(exact).toEqual([]);
  });
});
