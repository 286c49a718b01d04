// Studio's enrollment management for one path: enroll, bulk CSV, learners with progress, pending, audit.
export function PathLearnersPage() {
  return <h1>Learners</h1>;
}
