// The standalone LMS adapter, for institutions without an external LMS (and the embedded
// default): the catalog is the service's own, course enrollments are recorded in its database,
// and a course is taken at the URL its catalog entry gives.
import type { DataAccess } from '../store/data-access.ts';
import type { CourseInput, CourseRecord } from '../store/repositories/course-repository.ts';
import type { LmsPort, LmsUser } from './lms-port.ts';

const PAGE = 500;

export class StandaloneLms implements LmsPort {
  readonly name = 'standalone';
  readonly remote = false;

  constructor(private readonly data: DataAccess) {}

  async *listCourses(): AsyncIterable<CourseInput> {
    for (let offset = 0; ; offset += PAGE) {
      const { items } = await this.data.courses.list({ limit: PAGE, offset });
      for (const course of items)
        yield {
          key: course.key,
          title: course.title,
          org: course.org,
          startsAt: course.startsAt,
          endsAt: course.endsAt,
          lmsUrl: course.lmsUrl,
          inviteOnly: course.inviteOnly,
        };
      if (items.length < PAGE) return;
    }
  }

  async enroll(input: { user: { id: number }; course: CourseRecord; viaPath: string; now: string }) {
    const created = await this.data.courseEnrollments.add({
      userId: input.user.id,
      courseKey: input.course.key,
      viaPath: input.viaPath,
      now: input.now,
    });
    return { created };
  }

  // Nothing to record for a person without an account: there is no user to enroll in the course
  // yet. Their pending path enrollment becomes an enrollment when the account appears, and the
  // course enrollment follows when they start a step of it.
  allowEnrollment(): Promise<{ created: boolean }> {
    return Promise.resolve({ created: false });
  }

  disallowEnrollment(): Promise<{ removed: boolean }> {
    return Promise.resolve({ removed: false });
  }

  launchUrl(course: CourseRecord): string | null {
    return course.lmsUrl;
  }

  async findUser(query: { username: string } | { email: string }): Promise<LmsUser | undefined> {
    const user =
      'username' in query
        ? await this.data.users.findByUsername(query.username)
        : await this.data.users.findByEmail(query.email);
    return user && { username: user.username, email: user.email, lmsUserId: user.lmsUserId };
  }
}
