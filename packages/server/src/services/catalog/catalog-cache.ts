// The course catalog kept in memory: pages that show many learners' courses (My Learning) read
// titles, dates and URLs from here instead of the database. It reloads whole when the catalog's
// change counter moves, which every catalog write does in its own transaction, in any process.
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';

/** Derived values kept at most; beyond, they are computed again as needed. */
const DERIVED_CAPACITY = 2_000;

export class CatalogCache {
  #counter = -1;
  #courses: Promise<ReadonlyMap<string, CourseRecord>> = Promise.resolve(new Map());
  readonly #derived = new Map<string, unknown>();

  /**
   * The catalog as of `counter` or newer: the caller reads the counter before calling, so a
   * catalog loaded after a later change is only reloaded once more.
   */
  courses(data: DataAccess, counter: number): Promise<ReadonlyMap<string, CourseRecord>> {
    if (counter !== this.#counter) {
      this.#counter = counter;
      this.#derived.clear();
      // Concurrent requests share one load; a failed load is tried again by the next request.
      this.#courses = data.courses.all().catch((error: unknown) => {
        this.#counter = -1;
        throw error;
      });
    }
    return this.#courses;
  }

  /**
   * A value computed from the catalog last returned by `courses` (a path's dates from its
   * courses, say), kept until the catalog reloads. `key` names what it was computed from.
   */
  derived<T>(key: string, compute: () => T): T {
    if (this.#derived.has(key)) return this.#derived.get(key) as T;
    const value = compute();
    if (this.#derived.size >= DERIVED_CAPACITY) this.#derived.clear();
    this.#derived.set(key, value);
    return value;
  }
}
