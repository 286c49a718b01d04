// What enrolling one learner row came to: enrolled (or again), enrolled already, pending an account
// with that email, a row that names no one (or a file line that is not CSV), or a repeat of an
// earlier row of the same request. The API, the CLI's summary and Studio all count these.

export const ENROLLMENT_RESULT_KINDS = [
  'enrolled',
  'already_enrolled',
  'pending',
  'invalid',
  'duplicate',
] as const;
export type EnrollmentResultKind = (typeof ENROLLMENT_RESULT_KINDS)[number];
