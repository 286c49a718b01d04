// Course enrollments recorded by the standalone LMS adapter (an external LMS keeps its own): the
// only SQL about them.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface CourseEnrollmentRecord {
  readonly courseKey: string;
  /** The path the learner enrolled through, if any. */
  readonly viaPath: string | null;
  readonly createdAt: string;
}

export class CourseEnrollmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records an enrollment; false when the user was enrolled in the course already. */
  async add(input: {
    userId: number;
    courseKey: string;
    viaPath: string | null;
    now: string;
  }): Promise<boolean> {
    const rows = await this.db
      .insertInto('course_enrollments')
      .values({
        user_id: input.userId,
        course_key: input.courseKey,
        via_path: input.viaPath,
        created_at: input.now,
      })
      .onConflict((conflict) => conflict.columns(['user_id', 'course_key']).doNothing())
      .returning('course_key')
      .execute();
    return rows.length > 0;
  }

  async ofUser(userId: number): Promise<CourseEnrollmentRecord[]> {
    const rows = await this.db
      .selectFrom('course_enrollments')
      .select(['course_key', 'via_path', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((row) => ({
      courseKey: row.course_key,
      viaPath: row.via_path,
      createdAt: row.created_at,
    }));
  }
}
