// Validation pass 2: ids are unique across nodes and tiers, every reference names one, and no
// course appears in two steps (a step following a course takes every run of it).
import { closestName, withGuess } from '../definition/closest-name.ts';
import { joinPointer, problemAt, type Problem } from '../problems.ts';
import { courseOfRun } from '../keys.ts';
import { wording } from '../registry/wording.ts';
import { stringEntries, type NodeRecord, type TierRecord } from './node-records.ts';

/** Where each id is first defined, by id. */
export type IdIndex = ReadonlyMap<string, string>;

export function checkIdentities(
  nodes: readonly NodeRecord[],
  tiers: readonly TierRecord[],
  problems: Problem[],
): IdIndex {
  const firstPointer = new Map<string, string>();
  const define = (id: string | undefined, pointer: string) => {
    if (id === undefined) return;
    const earlier = firstPointer.get(id);
    if (earlier === undefined) firstPointer.set(id, pointer);
    else
      problems.push(
        problemAt(
          joinPointer(pointer, 'id'),
          wording(
            `the id "${id}" is already used at ${earlier}; ids must be unique across nodes and tiers`,
            'lp.problem.duplicateId',
            { id, pointer: earlier },
          ),
        ),
      );
  };
  nodes.forEach((record) => define(record.id, record.pointer));
  tiers.forEach((record) => define(record.id, record.pointer));

  const checkReferences = (owner: Readonly<Record<string, unknown>>, pointer: string, field: string) => {
    for (const [reference, index] of stringEntries(owner[field])) {
      if (firstPointer.has(reference)) continue;
      const words = withGuess(
        `"${reference}" is not the id of any node or tier`,
        'lp.problem.unknownReference',
        { reference },
        closestName(reference, firstPointer.keys()),
      );
      problems.push(problemAt(joinPointer(pointer, field, index), words));
    }
  };
  nodes.forEach((record) => checkReferences(record.node, record.pointer, 'prerequisites'));
  tiers.forEach((record) => checkReferences(record.tier, record.pointer, 'requires'));

  checkCourses(nodes, problems);
  return firstPointer;
}

/** A run in two steps, or a course a step follows that another step also takes, is a problem. */
function checkCourses(nodes: readonly NodeRecord[], problems: Problem[]): void {
  const stepOfRun = new Map<string, string>();
  const stepsOfCourse = new Map<string, { pointer: string; follows: boolean }[]>();
  for (const record of nodes) {
    const run = record.node.course;
    if (record.kind !== 'step' || typeof run !== 'string') continue;
    const follows = record.node.run === 'current';
    const earlier = stepOfRun.get(run);
    if (earlier !== undefined) {
      problems.push(
        problemAt(
          joinPointer(record.pointer, 'course'),
          wording(
            `the course ${run} is already a step at ${earlier}; a course may appear only once in a path`,
            'lp.problem.duplicateCourse',
            { course: run, pointer: earlier },
          ),
        ),
      );
      continue;
    }
    stepOfRun.set(run, record.pointer);
    const course = courseOfRun(run);
    if (course === null) continue;
    const others = stepsOfCourse.get(course) ?? [];
    const clash = others.find((other) => follows || other.follows);
    if (clash)
      problems.push(
        problemAt(
          joinPointer(record.pointer, 'course'),
          wording(
            `the course ${course} is already a step at ${clash.pointer}, which takes its current run; a step that follows a course takes every run of it, so the course may appear only once in a path`,
            'lp.problem.followedCourseTwice',
            { course, pointer: clash.pointer },
          ),
        ),
      );
    others.push({ pointer: record.pointer, follows });
    stepsOfCourse.set(course, others);
  }
}
