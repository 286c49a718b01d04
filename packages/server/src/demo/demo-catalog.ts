// The demo institution's course catalog: 30 courses of DemoU and OpenTech, dated
// relative to the seeding time so that some have ended, some are open and some are upcoming.
import type { CourseRow } from '../services/catalog/import-courses.ts';

interface DemoCourse {
  readonly key: string;
  readonly title: string;
  /** Days from the seeding time to the start and the end; no end for self-paced courses. */
  readonly starts: number;
  readonly ends: number | null;
  readonly inviteOnly?: boolean;
}

const COURSES: readonly DemoCourse[] = [
  // DemoU, Data Science Foundations
  { key: 'course-v1:DemoU+DS100+2026', title: 'Introduction to Data Science', starts: -200, ends: -60 },
  { key: 'course-v1:DemoU+DS110+2026', title: 'Statistics', starts: -150, ends: -20 },
  { key: 'course-v1:DemoU+DS120+2026', title: 'Machine Learning', starts: -100, ends: 30 },
  { key: 'course-v1:DemoU+DS210+2026', title: 'Data Visualization', starts: -90, ends: 40 },
  { key: 'course-v1:DemoU+DS220+2026', title: 'Natural Language Processing', starts: -60, ends: 70 },
  { key: 'course-v1:DemoU+DS230+2026', title: 'Computer Vision', starts: -30, ends: 100 },
  {
    key: 'course-v1:DemoU+DS300+2026',
    title: 'Capstone Project',
    starts: -10,
    ends: 120,
    inviteOnly: true,
  },
  // DemoU, Computing Program: Year 1 has ended, Year 2 is open, Year 3 is upcoming.
  { key: 'course-v1:DemoU+CS101+2026', title: 'Programming Fundamentals', starts: -420, ends: -300 },
  { key: 'course-v1:DemoU+CS102+2026', title: 'Discrete Mathematics', starts: -400, ends: -280 },
  { key: 'course-v1:DemoU+CS103+2026', title: 'Computer Systems', starts: -380, ends: -250 },
  { key: 'course-v1:DemoU+CS201+2027', title: 'Databases', starts: -60, ends: 120 },
  { key: 'course-v1:DemoU+CS202+2027', title: 'Data Analysis I', starts: -60, ends: 60 },
  { key: 'course-v1:DemoU+CS203+2027', title: 'Data Analysis II', starts: -20, ends: 150 },
  { key: 'course-v1:DemoU+CS211+2027', title: 'Web Applications', starts: -50, ends: 90 },
  { key: 'course-v1:DemoU+CS212+2027', title: 'Cloud Computing', starts: -40, ends: 110 },
  { key: 'course-v1:DemoU+CS221+2027', title: 'Computer Security', starts: -70, ends: 80 },
  { key: 'course-v1:DemoU+CS222+2027', title: 'Human-Computer Interaction', starts: -30, ends: 130 },
  { key: 'course-v1:DemoU+CS301+2028', title: 'Dissertation', starts: 200, ends: 500, inviteOnly: true },
  { key: 'course-v1:DemoU+CS311+2028', title: 'Artificial Intelligence', starts: 220, ends: 330 },
  { key: 'course-v1:DemoU+CS312+2028', title: 'Distributed Systems', starts: 220, ends: 330 },
  { key: 'course-v1:DemoU+CS313+2028', title: 'Compilers', starts: 220, ends: 330 },
  // OpenTech, Cloud Native Essentials: self-paced, open.
  { key: 'course-v1:OpenTech+CLD101+2026', title: 'The Linux Command Line', starts: -120, ends: null },
  { key: 'course-v1:OpenTech+CLD102+2026', title: 'Containers with Docker', starts: -120, ends: null },
  { key: 'course-v1:OpenTech+CLD103+2026', title: 'Kubernetes Fundamentals', starts: -90, ends: null },
  { key: 'course-v1:OpenTech+CLD104+2026', title: 'Observability and Monitoring', starts: -30, ends: null },
  // OpenTech, Security Practitioner
  { key: 'course-v1:OpenTech+SEC100+2026', title: 'Security Fundamentals', starts: -80, ends: 100 },
  { key: 'course-v1:OpenTech+SEC210+2026', title: 'Network Security', starts: -60, ends: 60 },
  { key: 'course-v1:OpenTech+SEC220+2026', title: 'Web Application Security', starts: -45, ends: 75 },
  { key: 'course-v1:OpenTech+SEC230+2026', title: 'Cloud Security', starts: -20, ends: 100 },
  {
    key: 'course-v1:OpenTech+SEC240+2026',
    title: 'Incident Response',
    starts: 30,
    ends: 150,
    inviteOnly: true,
  },
];

const DAY = 86_400_000;

function daysFrom(now: string, days: number): string {
  return new Date(Date.parse(now) + days * DAY).toISOString();
}

/** The catalog as rows for importCourses, dated relative to `now`. */
export function demoCourses(now: string): CourseRow[] {
  return COURSES.map((course) => ({
    key: course.key,
    title: course.title,
    startsAt: daysFrom(now, course.starts),
    endsAt: course.ends === null ? null : daysFrom(now, course.ends),
    lmsUrl: `https://lms.example.org/courses/${course.key}/`,
    inviteOnly: course.inviteOnly ?? false,
  }));
}
