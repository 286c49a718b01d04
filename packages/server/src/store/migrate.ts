// Brings a database to the latest schema with the one migration set both dialects share.
import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { DialectName, Store } from './database.ts';
import { catalogAndPaths } from './migrations/0001-catalog-and-paths.ts';
import { usersAndTokens } from './migrations/0002-users-and-tokens.ts';
import { pathVisibility } from './migrations/0003-path-visibility.ts';
import { enrollmentsAndProgress } from './migrations/0004-enrollments-and-progress.ts';
import { eventBus } from './migrations/0005-event-bus.ts';
import { changeCounters } from './migrations/0006-change-counters.ts';
import { images } from './migrations/0007-images.ts';
import { accountLifecycle } from './migrations/0008-account-lifecycle.ts';
import { signInThrottle } from './migrations/0009-sign-in-throttle.ts';
import { courseSharing } from './migrations/0010-course-sharing.ts';
import { lmsOutbox } from './migrations/0011-lms-outbox.ts';
import { lmsOutboxAccounts } from './migrations/0012-lms-outbox-accounts.ts';
import { pluginEvents } from './migrations/0013-plugin-events.ts';
import { criterionFacts } from './migrations/0014-criterion-facts.ts';
import { pluginSettings } from './migrations/0015-plugin-settings.ts';
import { progressStepStates } from './migrations/0016-progress-step-states.ts';

/** Every migration, in order; names sort in the order they apply. */
function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-catalog-and-paths': catalogAndPaths(dialect),
    '0002-users-and-tokens': usersAndTokens(dialect),
    '0003-path-visibility': pathVisibility,
    '0004-enrollments-and-progress': enrollmentsAndProgress(dialect),
    '0005-event-bus': eventBus,
    '0006-change-counters': changeCounters,
    '0007-images': images(dialect),
    '0008-account-lifecycle': accountLifecycle(dialect),
    '0009-sign-in-throttle': signInThrottle,
    '0010-course-sharing': courseSharing,
    '0011-lms-outbox': lmsOutbox,
    '0012-lms-outbox-accounts': lmsOutboxAccounts,
    '0013-plugin-events': pluginEvents(dialect),
    '0014-criterion-facts': criterionFacts,
    '0015-plugin-settings': pluginSettings(dialect),
    '0016-progress-step-states': progressStepStates,
  };
}

export async function migrateToLatest(store: Store): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: () => Promise.resolve(migrations(store.dialect)) },
  });
  const result = await migrator.migrateToLatest();
  if (result.error instanceof Error) throw result.error;
  if (result.error !== undefined) throw new Error(`migration failed: ${JSON.stringify(result.error)}`);
  return result;
}
