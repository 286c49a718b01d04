// Where Studio shows a learner's path as they see it (a route of the app, under /studio).
export const learnerPageRoute = (pathKey: string, username: string): string =>
  `/paths/${encodeURIComponent(pathKey)}/learners/${encodeURIComponent(username)}`;
