// An enrollment as the plugin serialises it: the learner's username and the path key (the plugin
// sends database ids; this service's ids are the names themselves), whether it is active, and when
// it was made.
import type { EnrollmentSummary } from '../../../../services/enrollments/list-path-enrollments.ts';

export function asEnrollment({ pathKey, username, isActive, createdAt }: EnrollmentSummary) {
  return { user: username, learning_path: pathKey, is_active: isActive, created: createdAt };
}
