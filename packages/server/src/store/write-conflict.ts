// What a repository throws when a write collides with another one: a key another request took
// first, or a row saved by someone else since it was read. Its message says what collided. The
// store knows nothing of the application's errors: services turn it into one
// (services/write-or-conflict.ts).
export class WriteConflict extends Error {
  override readonly name = 'WriteConflict';
}
