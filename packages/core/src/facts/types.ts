// What the engine knows about one learner: per-course facts and the time of evaluation (spec section 3).

/** Facts about one course for one learner. Absent numbers count as 0 and absent booleans as false. */
export interface CourseFacts {
  readonly enrolled?: boolean;
  readonly completion?: number;
  readonly grade?: number;
  readonly passed?: boolean;
  /** Fields read by criteria that plugins register (for example minutes spent). */
  readonly [field: string]: unknown;
}

/** The facts of one learner, keyed by course key. A course that is missing is not started. */
export interface LearnerFacts {
  /** The moment of evaluation: an ISO 8601 time, a Date or epoch milliseconds. */
  readonly now: string | number | Date;
  readonly courses: Readonly<Record<string, CourseFacts>>;
}

/** The facts of a course the learner has never touched. */
export const NOT_STARTED: CourseFacts = Object.freeze({});
