// The public API of @learning-paths/server, for the command line and tests.
export { loadConfig, ConfigError, type Config } from './config/config.ts';
export { AppError, type ErrorCode } from './errors.ts';
export { openStore, isPostgresUrl, type Store } from './store/database.ts';
export { databaseUnavailable } from './store/sql-errors.ts';
export { migrateToLatest } from './store/migrate.ts';
export { UserRepository } from './store/repositories/user-repository.ts';
export { createUser, ACCOUNT_ROLES, type AccountRole } from './services/accounts/create-user.ts';
export { createApiToken } from './services/accounts/create-api-token.ts';
export { listApiTokens } from './services/accounts/list-api-tokens.ts';
export { revokeApiToken } from './services/accounts/revoke-api-token.ts';
export { listUsers } from './services/accounts/list-users.ts';
export { disableUser } from './services/accounts/disable-user.ts';
export { enableUser } from './services/accounts/enable-user.ts';
export { grantRole } from './services/accounts/grant-role.ts';
export { revokeRole } from './services/accounts/revoke-role.ts';
export { linkLmsUser } from './services/accounts/link-lms-user.ts';
export type { AccountView, TokenView } from './services/accounts/account-access.ts';
export { buildApp } from './http/app.ts';
export { closeWithin } from './http/graceful-close.ts';
export { PathRepository } from './store/repositories/path-repository.ts';
export { dataAccess, type DataAccess } from './store/data-access.ts';
export { CompiledPaths } from './services/progress/compiled-paths.ts';
export { createPath } from './services/paths/create-path.ts';
export { importPath } from './services/paths/import-path.ts';
export { getPath } from './services/paths/get-path.ts';
export { pruneUnusedImages } from './services/images/prune-images.ts';
export { shareCourse } from './services/catalog/share-course.ts';
export { shareOrganizationCourses } from './services/catalog/share-organization-courses.ts';
export { operatorActor, type Actor } from './services/actor.ts';
export { resolvePendingEnrollments } from './services/enrollments/resolve-pending-enrollments.ts';
export { seedDemo, type DemoSeedResult, type DemoSignIn } from './demo/seed-demo.ts';
export { enrollLearners, type EnrollmentResult } from './services/enrollments/enroll-learners.ts';
export { firstColumn, toCsv } from './formats/csv.ts';
export {
  startEventWorker,
  type RunningWorker,
  type StartEventWorkerOptions,
} from './worker/start-event-worker.ts';
export { createLms, createOutboxLms, OUTBOX_CALL_TIMEOUT_MS } from './lms/create-lms.ts';
export { OpenedxLms } from './lms/openedx/openedx-lms.ts';
export { startOutboxSender, type RunningSender } from './lms/outbox-sender.ts';
export { OpenedxError } from './lms/openedx/openedx-client.ts';
export { syncCourses } from './lms/openedx/sync-courses.ts';
export { reconcile } from './lms/openedx/reconcile.ts';
export { scheduleOpenedx } from './lms/openedx/schedule.ts';
