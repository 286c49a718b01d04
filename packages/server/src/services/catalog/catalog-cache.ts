// The course catalog kept in memory: pages that show many learners' courses (My Learning) read
// titles, dates and URLs from here instead of the database. It reloads whole when the catalog's
// change counter moves, which every catalog write does in its own transaction, in any process.
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';

export class CatalogCache {
  #counter = -1;
  #courses: Promise<ReadonlyMap<string, CourseRecord>> = Promise.resolve(new Map());

  /**
   * The catalog as of `counter` or newer: the caller reads the counter before calling, so a
   * catalog loaded after a later change is only reloaded once more.
   */
  courses(data: DataAccess, counter: number): Promise<ReadonlyMap<string, CourseRecord>> {
    if (counter !== this.#counter) {
      this.#counter = counter;
      // Concurrent requests share one load; a failed load is tried again by the next request.
      this.#courses = data.courses.all().catch((error: unknown) => {
        this.#counter = -1;
        throw error;
      });
    }
    return this.#courses;
  }
}
