// The database tables as Kysely sees them. Times are ISO 8601 UTC text in both dialects (they sort
// as text); booleans are 0/1 in SQLite and true/false in PostgreSQL, which repositories
// normalise; JSON documents are text.
import type { ColumnType, Generated } from 'kysely';

type Bool = ColumnType<boolean | number, boolean, boolean>;

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface CoursesTable {
  key: string;
  title: string;
  org: string;
  starts_at: string | null;
  ends_at: string | null;
  lms_url: string | null;
  invite_only: Bool;
  created_at: string;
  updated_at: string;
}

export interface PathsTable {
  key: string;
  org: string;
  /** draft (never published), published, or archived */
  status: string;
  title: string;
  /** The draft definition, JSON. */
  draft: string;
  draft_revision: number;
  /** The version learners follow; null until the first publication. */
  published_version: number | null;
  /** invite_only or public: that of the published version (invite_only before the first). */
  visibility: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PathVersionsTable {
  path_key: string;
  version: number;
  /** The published definition, JSON; never changed once written. */
  definition: string;
  published_by: string | null;
  published_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  email: string | null;
  display_name: string | null;
  lms_user_id: string | null;
  /** scrypt, for local sign-in to the web UI; null for users who sign in through the LMS. */
  password_hash: string | null;
  is_admin: Bool;
  /** True when the administrator right came from the LMS's administrator claim, which may take it back. */
  admin_from_lms: ColumnType<boolean | number, boolean | undefined, boolean>;
  created_at: string;
  /** Set while the account is disabled: none of its credentials sign in. */
  disabled_at: string | null;
}

export interface RoleGrantsTable {
  user_id: number;
  /** author, instructor, learner or service */
  role: string;
  /** `*` (everywhere), `org:<org>` or `path:<path key>` */
  scope: string;
  created_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  /** SHA-256 of the token, hex: the token itself is shown once and never stored. */
  token_hash: string;
  user_id: number;
  name: string;
  created_at: string;
  /** Null for a token that does not expire. */
  expires_at: string | null;
  /** When the token last signed a request in, to the hour. */
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AccountAuditTable {
  id: Generated<number>;
  at: string;
  /** The username of who made the change (`learning-paths-cli` at the command line). */
  actor: string;
  /** token_created, token_revoked, user_disabled, user_enabled, role_granted, role_revoked, lms_linked */
  action: string;
  /** Whose account changed. */
  username: string;
  /** What changed, JSON (a token's id and name, a role and its scope, an LMS user id). */
  details: string | null;
}

export interface PathEnrollmentsTable {
  path_key: string;
  user_id: number;
  is_active: Bool;
  /** The published version the learner follows. */
  version: number;
  /** How the enrollment came: api, csv, self, pending (an email that got an account), lms… */
  source: string;
  reason: string | null;
  enrolled_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PendingEnrollmentsTable {
  path_key: string;
  /** Lower case. */
  email: string;
  source: string;
  reason: string | null;
  created_by: string | null;
  created_at: string;
}

export interface EnrollmentAuditTable {
  id: Generated<number>;
  path_key: string;
  /** The username, or the email of a pending enrollment. */
  learner: string;
  /** enrolled, reactivated, unenrolled, pending_added, pending_removed, version_changed */
  action: string;
  /** The state before and after, JSON; null when there was none. */
  before: string | null;
  after: string | null;
  reason: string | null;
  actor: string;
  at: string;
}

export interface CourseFactsTable {
  user_id: number;
  course_key: string;
  completion: number | null;
  completion_at: string | null;
  grade: number | null;
  grade_at: string | null;
  passed: Bool | null;
  passed_at: string | null;
  enrolled: Bool | null;
  enrolled_at: string | null;
  /**
   * The fields registered criteria declare, JSON `{ field: { value, at } }` (each with the time of
   * the fact that set it); null when none is set.
   */
  criteria: string | null;
  /** Where the newest fact came from (api, openedx…). */
  source: string;
  updated_at: string;
}

export interface FactReceiptsTable {
  /** An idempotency id already applied. */
  id: string;
  received_at: string;
}

export interface PathCoursesTable {
  /** The courses of each path's published version: which paths a fact about a course touches. */
  path_key: string;
  course_key: string;
}

export interface PathProgressTable {
  user_id: number;
  path_key: string;
  version: number;
  /** not_started, in_progress or completed */
  status: string;
  progress: number;
  current_tier: string | null;
  /** Every tier ever achieved, JSON array: kept across versions, never taken back. */
  achieved_tiers: string;
  /** The engine's `next`, JSON array of step ids. */
  next_steps: string;
  /** Each step's state (step-states.ts); null in rows stored before migration 0016. */
  step_states: string | null;
  updated_at: string;
}

export interface CourseEnrollmentsTable {
  /** Course enrollments the standalone LMS records (an LMS adapter keeps them elsewhere). */
  user_id: number;
  course_key: string;
  via_path: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session cookie's value. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ParkedFactsTable {
  /** The fact's idempotency id: the id of the event it came from. */
  id: string;
  /** The LMS user the event names, whom no user here had when it came. */
  lms_user_id: string;
  course_key: string;
  /** The fact's values (grade, passed, enrolled, completion), JSON. */
  fact: string;
  /** When it happened, ISO 8601 UTC. */
  time: string;
  parked_at: string;
}

export interface DeadLettersTable {
  /** Where the message was read, and its Redis entry id there. */
  stream: string;
  message_id: string;
  /** Its `type` field, when it had one. */
  type: string | null;
  /** Every field of the entry, JSON: text as is, event_data in base64. */
  fields: string;
  error: string;
  /** How many times it was delivered before the worker gave up. */
  deliveries: number;
  failed_at: string;
}

export interface ChangeCountersTable {
  /** `catalog`, or `learner:<user id>`. */
  scope: string;
  counter: number;
}

export interface ImagesTable {
  /** Random and url-safe: knowing it is what lets anyone fetch the image. */
  id: string;
  /** image/png, image/jpeg, image/webp or image/gif, matching the bytes' magic number. */
  content_type: string;
  bytes: Buffer;
  size: number;
  /** The uploader's username. */
  uploaded_by: string;
  created_at: string;
}

export interface CourseSharingTable {
  /** An invite-only course whose organisation (the org part of its key) decides who may use it. */
  course_key: string;
  /** JSON array of the organisations whose paths may use it, or `["*"]` for every one. */
  shared_with: string;
  updated_by: string;
  updated_at: string;
}

export interface OrganizationSharingTable {
  org: string;
  /** JSON array: the default for the org's invite-only courses without a course_sharing row. */
  share_invite_only_courses_with: string;
  updated_by: string;
  updated_at: string;
}

export interface SignInFailuresTable {
  /** `account` (keyed by the username as typed, known or not) or `address` (the client's IP). */
  kind: string;
  key: string;
  /** Attempts counted since the last success or since they were forgotten (an in-flight one too). */
  failures: number;
  last_failure_at: string;
  /** Sign-in attempts for this key are refused (429) until then; null when not blocked. */
  blocked_until: string | null;
}

export interface LmsOutboxTable {
  /** `address` (the recipient is an email, lower case) or `account` (a username). */
  kind: string;
  recipient: string;
  course_key: string;
  /**
   * The latest request's: `allow` (an enrollment_allowed entry) or `disallow` (its removal) for an
   * address; `enroll` for an account.
   */
  action: string;
  /** The path an enrollment is made through; null for addresses. */
  via_path: string | null;
  /** `waiting` (to send, or retried), `done`, or `failed` (the LMS refused; staff may try again). */
  state: string;
  /** Bumped by each request: a send of an older generation does not mark a newer one done. */
  generation: number;
  attempts: number;
  /** The LMS's reason for the last failure; null once sent. */
  last_error: string | null;
  next_attempt_at: string;
  /** The sender holding the row, and until when: after that another sender may take it. */
  claimed_by: string | null;
  claimed_until: string | null;
  queued_at: string;
  sent_at: string | null;
}

export interface PluginEventsTable {
  /** The order events were written in: per learner, the order they are delivered in. */
  seq: Generated<number>;
  /** A UUID, the same on every delivery: plugins ignore a repeat by it. */
  id: string;
  /** An EventType of the plugin API (`enrollment.created`, …). */
  type: string;
  /** The username the event is about, whose events each plugin gets in order; null for none. */
  learner: string | null;
  /** The event's payload, JSON. */
  data: string;
  created_at: string;
}

/** An event still to deliver to one plugin: deleted once delivered (with the event after its last). */
export interface PluginEventDeliveriesTable {
  plugin_id: string;
  event_seq: number;
  /** The event's learner, copied so that a learner's earlier deliveries are found by index. */
  learner: string | null;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  /** The dispatcher holding the row, and until when: after that another may take it. */
  claimed_by: string | null;
  claimed_until: string | null;
}

/** A plugin's settings as administrators saved them in Studio (plugin-settings.ts layers them). */
export interface PluginSettingsTable {
  plugin_id: string;
  /** JSON: the values saved, by setting name, as the form sent them. */
  settings: string;
  updated_by: string;
  updated_at: string;
}

/** Who changed which of a plugin's settings, and when; the names only, never values. */
export interface PluginSettingsAuditTable {
  id: Generated<number>;
  plugin_id: string;
  /** JSON: the names of the settings changed. */
  changed: string;
  actor: string;
  at: string;
}

export interface Database {
  organizations: OrganizationsTable;
  courses: CoursesTable;
  paths: PathsTable;
  path_versions: PathVersionsTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  api_tokens: ApiTokensTable;
  account_audit: AccountAuditTable;
  path_enrollments: PathEnrollmentsTable;
  pending_enrollments: PendingEnrollmentsTable;
  enrollment_audit: EnrollmentAuditTable;
  course_facts: CourseFactsTable;
  fact_receipts: FactReceiptsTable;
  path_courses: PathCoursesTable;
  path_progress: PathProgressTable;
  course_enrollments: CourseEnrollmentsTable;
  sessions: SessionsTable;
  parked_facts: ParkedFactsTable;
  dead_letters: DeadLettersTable;
  change_counters: ChangeCountersTable;
  images: ImagesTable;
  sign_in_failures: SignInFailuresTable;
  course_sharing: CourseSharingTable;
  organization_sharing: OrganizationSharingTable;
  lms_outbox: LmsOutboxTable;
  plugin_events: PluginEventsTable;
  plugin_event_deliveries: PluginEventDeliveriesTable;
  plugin_settings: PluginSettingsTable;
  plugin_settings_audit: PluginSettingsAuditTable;
}
