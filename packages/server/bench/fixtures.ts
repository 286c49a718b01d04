// Benchmark data: the spec's data-science path, two more real-looking paths, their courses, a seeded random.
import { readFileSync } from 'node:fs';
import type { PathDefinition } from '@learning-paths/core';

export const dataSciencePath = JSON.parse(
  readFileSync(new URL('../../../examples/data-science/path.json', import.meta.url), 'utf8'),
) as PathDefinition;

/** A public six-course sequence with a choice of framework. */
export const webPath = {
  key: 'path-v1:DemoU+WEB+2026+cohort1',
  title: 'Web Development',
  subtitle: 'From your first page to a deployed application',
  description: 'Build pages with **HTML** and **CSS**, add JavaScript, pick a framework, ship a project.',
  level: 'beginner',
  duration: '10 weeks',
  timeCommitment: '4 hours a week',
  visibility: 'public',
  defaultCriteria: { passed: true },
  requirements: {
    id: 'web',
    title: 'Web Development',
    rule: 'sequence',
    children: [
      { id: 'html', title: 'HTML Fundamentals', course: 'course-v1:DemoU+WEB101+2026' },
      {
        id: 'css',
        title: 'CSS and Page Layout',
        course: 'course-v1:DemoU+WEB102+2026',
        criteria: { completion: 0.9 },
      },
      {
        id: 'js',
        title: 'JavaScript Essentials',
        course: 'course-v1:DemoU+WEB103+2026',
        criteria: { grade: 0.6 },
      },
      {
        id: 'framework',
        title: 'A Framework',
        rule: 'atLeast',
        count: 1,
        children: [
          { id: 'react', title: 'React', course: 'course-v1:DemoU+WEB151+2026' },
          { id: 'vue', title: 'Vue', course: 'course-v1:DemoU+WEB152+2026' },
        ],
      },
      { id: 'project', title: 'Final Project', course: 'course-v1:DemoU+WEB190+2026' },
    ],
  },
  tiers: [
    { id: 'frontend', title: 'Front-end Certificate', requires: ['html', 'css', 'js'] },
    { id: 'developer', title: 'Web Developer Certificate', requires: ['frontend', 'framework', 'project'] },
  ],
};

/** An invite-only programme of ten courses: a foundation sequence, credit electives, a capstone. */
export const analyticsPath = {
  key: 'path-v1:DemoU+BA+2026+fall',
  title: 'Business Analytics',
  subtitle: 'Decisions from data',
  description: 'Statistics, spreadsheets, SQL and visualisation, then electives and a capstone.',
  level: 'intermediate',
  duration: '6 months',
  timeCommitment: '6 hours a week',
  visibility: 'invite_only',
  skills: { acquired: [{ skill: 'analytics', level: 2 }] },
  defaultCriteria: { passed: true },
  requirements: {
    id: 'programme',
    title: 'Business Analytics',
    rule: 'all',
    children: [
      {
        id: 'foundations',
        title: 'Foundations',
        rule: 'sequence',
        weight: 2,
        children: [
          { id: 'statistics', title: 'Statistics', course: 'course-v1:DemoU+DS110+2026' },
          {
            id: 'spreadsheets',
            title: 'Spreadsheet Modelling',
            course: 'course-v1:DemoU+BA101+2026',
            criteria: { completion: 0.8 },
          },
          {
            id: 'sql',
            title: 'SQL for Analysts',
            course: 'course-v1:DemoU+BA102+2026',
            criteria: { grade: 0.65 },
          },
          { id: 'visualisation', title: 'Data Visualization', course: 'course-v1:DemoU+DS210+2026' },
        ],
      },
      {
        id: 'electives',
        title: 'Electives',
        rule: 'atLeast',
        credits: 9,
        prerequisites: ['foundations'],
        children: [
          { id: 'marketing', title: 'Marketing Analytics', course: 'course-v1:DemoU+BA201+2026', credits: 3 },
          { id: 'finance', title: 'Financial Analytics', course: 'course-v1:DemoU+BA202+2026', credits: 3 },
          {
            id: 'operations',
            title: 'Operations Research',
            course: 'course-v1:DemoU+BA203+2026',
            credits: 4,
          },
          { id: 'people', title: 'People Analytics', course: 'course-v1:DemoU+BA204+2026', credits: 3 },
          { id: 'forecasting', title: 'Forecasting', course: 'course-v1:DemoU+BA205+2026', credits: 4 },
        ],
      },
      {
        id: 'capstone',
        title: 'Analytics Capstone',
        course: 'course-v1:DemoU+BA300+2026',
        criteria: { grade: 0.7, passed: true },
        prerequisites: ['electives'],
      },
    ],
  },
  tiers: [
    { id: 'certificate', title: 'Analytics Certificate', requires: ['foundations'] },
    { id: 'diploma', title: 'Analytics Diploma', requires: ['certificate', 'electives', 'capstone'] },
  ],
};

export const PATHS = [dataSciencePath, webPath, analyticsPath] as const;

export interface CourseRow {
  readonly key: string;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly lmsUrl: string;
}

/** Catalog rows for every course of these paths, titled after their steps, with dates and URLs. */
export function catalogOf(definitions: readonly object[]): CourseRow[] {
  interface Node {
    readonly title?: string;
    readonly course?: string;
    readonly children?: readonly Node[];
  }
  const titles = new Map<string, string>();
  const visit = (node: Node) => {
    if (node.course && !titles.has(node.course)) titles.set(node.course, node.title ?? node.course);
    for (const child of node.children ?? []) visit(child);
  };
  for (const definition of definitions) visit((definition as { requirements: Node }).requirements);
  return [...titles].map(([key, title], index) => ({
    key,
    title,
    startsAt: `2026-0${1 + (index % 3)}-15T00:00:00Z`,
    endsAt: index % 4 === 0 ? null : '2027-06-30T00:00:00Z',
    lmsUrl: `https://lms.example.org/courses/${key}/`,
  }));
}

/** A seeded generator (the demo's), so that every run posts the same data. */
export { seededRandom as random } from '../src/demo/seeded-random.ts';

export function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

export const learnerName = (index: number): string => `learner-${String(index).padStart(6, '0')}`;
export const learnerEmail = (index: number): string => `${learnerName(index)}@example.org`;
