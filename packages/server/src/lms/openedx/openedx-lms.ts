// The Open edX LMS adapter: the catalog from the courses API; enrollments through the enrollment API
// as the service user (global staff, so invite-only courses take them too), or an enrollment_allowed
// entry with auto-enroll for a person without an LMS account yet (removed again on request); users
// looked up in the accounts API.
import { courseKeyProblem, parseCourseKey } from '@learning-paths/core';
import { z } from 'zod';
import type { OpenedxLmsConfig } from '../../config/config.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseInput, CourseRecord } from '../../store/repositories/course-repository.ts';
import type { LmsPort, LmsUser } from '../lms-port.ts';
import { answer, OpenedxClient, OpenedxError, type OpenedxClientOptions } from './openedx-client.ts';

/** GET /api/courses/v1/courses/: CourseSerializer rows in the namespaced pagination envelope. */
const coursePage = z.object({
  results: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      org: z.string(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      // Only newer releases expose it.
      invitation_only: z.boolean().optional(),
    }),
  ),
  pagination: z.looseObject({ next: z.string().nullable() }),
});

/** GET /api/user/v1/accounts?username=…|email=…: a list of account objects. */
const accounts = z.array(
  z.looseObject({ id: z.number(), username: z.string(), email: z.string().nullable() }),
);

/** GET /api/enrollment/v1/enrollment/{username},{course_id}: the enrollment, or an empty body. */
const enrollment = z.looseObject({ is_active: z.boolean() }).nullable();

/** Client settings tests shorten (retry delays, token margin); production keeps the defaults. */
export type ClientTuning = Omit<OpenedxClientOptions, keyof OpenedxLmsConfig>;

const path = encodeURIComponent;
/** The trailing slash is part of the route: Django cannot redirect a POST to it. */
const ENROLLMENT_ALLOWED = '/api/enrollment/v1/enrollment_allowed/';
const isoOrNull = (value: string | null) => (value === null ? null : new Date(value).toISOString());

export class OpenedxLms implements LmsPort {
  readonly name = 'openedx';
  readonly remote = true;
  readonly client: OpenedxClient;

  constructor(
    readonly settings: OpenedxLmsConfig,
    private readonly data: DataAccess,
    tuning: ClientTuning = {},
  ) {
    this.client = new OpenedxClient({ ...settings, ...tuning });
  }

  async *listCourses(): AsyncIterable<CourseInput> {
    let next: string | null = '/api/courses/v1/courses/?page_size=100';
    for (let page = 1; next !== null; page += 1) {
      const { results, pagination }: z.infer<typeof coursePage> = await this.client.read(
        next,
        { action: `read page ${page} of the course catalog` },
        coursePage,
      );
      for (const course of results)
        yield {
          key: course.id,
          title: course.name,
          // The catalog's organisation is the key's everywhere (authors' org:X scopes go by it);
          // the LMS's org is a display name that may differ. Old-style keys have none to take.
          org: courseKeyProblem(course.id) === null ? parseCourseKey(course.id).org : course.org,
          startsAt: isoOrNull(course.start),
          endsAt: isoOrNull(course.end),
          lmsUrl: this.aboutUrl(course.id),
          inviteOnly: course.invitation_only ?? false,
        };
      next = pagination.next;
    }
  }

  async enroll(input: Parameters<LmsPort['enroll']>[0]): Promise<{ created: boolean }> {
    try {
      return await this.enrollAccount(input);
    } catch (error) {
      // Whatever step failed (the token, the lookup, the enrollment), say for whom and where.
      if (error instanceof OpenedxError && !error.message.includes(input.course.key))
        throw new OpenedxError(
          `cannot enroll ${input.user.username} in ${input.course.key}: ${error.message}`,
          error.status,
        );
      throw error;
    }
  }

  private async enrollAccount({
    user,
    course,
  }: Parameters<LmsPort['enroll']>[0]): Promise<{ created: boolean }> {
    const account =
      (await this.findUser({ username: user.username })) ??
      (user.email === null ? undefined : await this.findUser({ email: user.email }));
    if (!account) {
      if (user.email === null)
        throw new OpenedxError(
          `cannot enroll ${user.username} in ${course.key}: Open edX has no account named ${user.username}, and there is no email to invite`,
          null,
        );
      return this.allowEnrollment({ email: user.email, courseKey: course.key });
    }
    // The account found by username or email is not linked to the user here: only the LMS's own
    // sign-ins and events, or an administrator, link accounts (a JWT then signs in to it).
    const action = `enroll ${account.username} in ${course.key}`;
    const current = await this.client.read(
      `/api/enrollment/v1/enrollment/${path(account.username)},${path(course.key)}`,
      { action },
      enrollment,
    );
    if (current?.is_active) return { created: false };
    await this.client.request('/api/enrollment/v1/enrollment', {
      action,
      method: 'POST',
      json: { user: account.username, course_details: { course_id: course.key }, is_active: true },
    });
    return { created: true };
  }

  /** EnrollmentAllowedView.post: the LMS enrolls `email` in the course when they register. */
  async allowEnrollment({ email, courseKey }: { email: string; courseKey: string }): Promise<{
    created: boolean;
  }> {
    const { status } = await this.client.request(ENROLLMENT_ALLOWED, {
      action: `allow ${email} to enroll in ${courseKey}`,
      method: 'POST',
      json: { email, course_id: courseKey, auto_enroll: true },
      // 409: that email may enroll in that course already.
      accept: (response) => response.status === 409,
    });
    return { created: status !== 409 };
  }

  /** EnrollmentAllowedView.delete: the entry for that email and course goes. */
  async disallowEnrollment({ email, courseKey }: { email: string; courseKey: string }): Promise<{
    removed: boolean;
  }> {
    const { status } = await this.client.request(ENROLLMENT_ALLOWED, {
      action: `withdraw the enrollment_allowed entry of ${email} in ${courseKey}`,
      method: 'DELETE',
      json: { email, course_id: courseKey },
      // 404: there was no such entry (never made, or removed already).
      accept: (response) => response.status === 404,
    });
    return { removed: status !== 404 };
  }

  launchUrl(course: CourseRecord): string | null {
    return course.lmsUrl ?? this.aboutUrl(course.key);
  }

  async findUser(query: { username: string } | { email: string }): Promise<LmsUser | undefined> {
    const [by, value] = 'username' in query ? ['username', query.username] : ['email', query.email];
    const action = `look up the user with the ${by} ${value}`;
    const response = await this.client.request('/api/user/v1/accounts', {
      action,
      query: { [by]: value },
      accept: ({ status }) => status === 404,
    });
    if (response.status === 404) return undefined;
    const [account] = answer(response, accounts, action);
    return account && { username: account.username, email: account.email, lmsUserId: String(account.id) };
  }

  private aboutUrl(courseKey: string): string {
    return `${this.settings.publicUrl}/courses/${courseKey}/about`;
  }
}
