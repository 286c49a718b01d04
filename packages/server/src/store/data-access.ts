// The repositories bundled with a way to run work in one transaction (a unit of work): services
// take a DataAccess, and everything they write inside `transaction` commits or fails together.
import type { Kysely } from 'kysely';
import type { DialectName, Store } from './database.ts';
import type { Database } from './schema.ts';
import { AccountAuditRepository } from './repositories/account-audit-repository.ts';
import { ApiTokenRepository } from './repositories/api-token-repository.ts';
import { CourseEnrollmentRepository } from './repositories/course-enrollment-repository.ts';
import { CourseRepository } from './repositories/course-repository.ts';
import { LearnerSnapshotRepository } from './repositories/learner-snapshot-repository.ts';
import { DeadLetterRepository } from './repositories/dead-letter-repository.ts';
import { EnrollmentRepository } from './repositories/enrollment-repository.ts';
import { FactRepository } from './repositories/fact-repository.ts';
import { ImageRepository } from './repositories/image-repository.ts';
import { LmsOutboxRepository } from './repositories/lms-outbox-repository.ts';
import { PluginEventRepository } from './repositories/plugin-event-repository.ts';
import { PluginSettingsRepository } from './repositories/plugin-settings-repository.ts';
import { ParkedFactRepository } from './repositories/parked-fact-repository.ts';
import { PathRepository } from './repositories/path-repository.ts';
import { ProgressRepository } from './repositories/progress-repository.ts';
import { SessionRepository } from './repositories/session-repository.ts';
import { SharingRepository } from './repositories/sharing-repository.ts';
import { SignInFailureRepository } from './repositories/sign-in-failure-repository.ts';
import { UserRepository } from './repositories/user-repository.ts';

export interface DataAccess {
  readonly paths: PathRepository;
  readonly courses: CourseRepository;
  readonly courseEnrollments: CourseEnrollmentRepository;
  readonly users: UserRepository;
  readonly tokens: ApiTokenRepository;
  readonly accountAudit: AccountAuditRepository;
  readonly sessions: SessionRepository;
  /** Failed password sign-ins counted, for the throttle. */
  readonly signInFailures: SignInFailureRepository;
  readonly enrollments: EnrollmentRepository;
  readonly facts: FactRepository;
  readonly progress: ProgressRepository;
  readonly parkedFacts: ParkedFactRepository;
  readonly deadLetters: DeadLetterRepository;
  readonly learnerSnapshots: LearnerSnapshotRepository;
  readonly images: ImageRepository;
  /** Who may use each organisation's invite-only courses. */
  readonly sharing: SharingRepository;
  /** LMS calls requests queued, for the background sender. */
  readonly lmsOutbox: LmsOutboxRepository;
  /** Events for plugins, written with the change they report, for the dispatcher. */
  readonly pluginEvents: PluginEventRepository;
  /** Plugins' settings saved in Studio, and who changed them. */
  readonly pluginSettings: PluginSettingsRepository;
  /** Runs `work` in one transaction; inside one already, it joins it. */
  transaction<T>(work: (data: DataAccess) => Promise<T>): Promise<T>;
  /**
   * Calls `callback` once the transaction this access is in has committed (never when it rolls
   * back); outside a transaction, at once. For telling others what is now there to read.
   */
  afterCommit(callback: () => void): void;
}

/** The callbacks of one transaction, called after it commits; null outside a transaction. */
type Committed = (() => void)[] | null;

function bind(db: Kysely<Database>, dialect: DialectName, committed: Committed): DataAccess {
  const data: DataAccess = {
    paths: new PathRepository(db),
    courses: new CourseRepository(db),
    courseEnrollments: new CourseEnrollmentRepository(db),
    users: new UserRepository(db, dialect),
    tokens: new ApiTokenRepository(db, dialect),
    accountAudit: new AccountAuditRepository(db),
    sessions: new SessionRepository(db),
    signInFailures: new SignInFailureRepository(db),
    enrollments: new EnrollmentRepository(db, dialect),
    facts: new FactRepository(db, dialect),
    progress: new ProgressRepository(db, dialect),
    parkedFacts: new ParkedFactRepository(db),
    deadLetters: new DeadLetterRepository(db),
    learnerSnapshots: new LearnerSnapshotRepository(db, dialect),
    images: new ImageRepository(db),
    sharing: new SharingRepository(db),
    lmsOutbox: new LmsOutboxRepository(db),
    pluginEvents: new PluginEventRepository(db),
    pluginSettings: new PluginSettingsRepository(db),
    transaction: async (work) => {
      if (committed !== null) return work(data);
      const callbacks: (() => void)[] = [];
      const result = await db.transaction().execute((trx) => work(bind(trx, dialect, callbacks)));
      for (const callback of callbacks) callback();
      return result;
    },
    afterCommit: (callback) => (committed === null ? callback() : void committed.push(callback)),
  };
  return data;
}

export function dataAccess(store: Store): DataAccess {
  return bind(store.db, store.dialect, null);
}
