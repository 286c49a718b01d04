// What enrolling one learner row came to: enrolled (or again), enrolled already, pending an account
// with that email, or a row that names no one. The API, the CLI's summary and Studio all count these.

export const ENROLLMENT_RESULT_KINDS = ['enrolled', 'already_enrolled', 'pending', 'invalid'] as const;
export type EnrollmentResultKind = (typeof ENROLLMENT_RESULT_KINDS)[number];
