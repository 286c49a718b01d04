// Turns staff decisions into the course fact `approvedByStaff` through the plugin's fact source, so
// that the learner's progress follows as for any other fact. A decision is stored first and its fact
// sent after; one that could not be sent (the service's fact source not started yet, a failure) stays
// pending in the audit and is sent again at start and by a job. Each fact carries its decision's id,
// so that sending it twice applies it once; a newer decision's fact wins over an older one.
import type { PluginDatabase, PluginFact, PluginLog, RecordFacts } from '@learning-paths/plugin-api';
import { markFactsRecorded, pendingDecisions, type AuditRow } from './approval-store.ts';
import { APPROVAL_CRITERION } from './criterion.ts';

/** Sent at a time, oldest first. */
const BATCH = 100;

export const FACT_SOURCE = 'manual-approval';

function factOf(decision: AuditRow): PluginFact {
  return {
    user: decision.learner,
    course: decision.course!,
    time: decision.at,
    [APPROVAL_CRITERION]: decision.action === 'approved',
    id: `${FACT_SOURCE}:${decision.id}`,
  };
}

export class DecisionFacts {
  #record: RecordFacts | undefined;

  constructor(
    private readonly database: () => PluginDatabase,
    private readonly log: PluginLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Called by the fact source's start: from now on decisions are sent, the pending ones first. */
  start(record: RecordFacts): void {
    this.#record = record;
    void this.sendPending().catch((error: unknown) =>
      this.log.warn({ error: (error as Error).message }, 'pending approval decisions not sent yet'),
    );
  }

  stop(): void {
    this.#record = undefined;
  }

  /** Sends these decisions' facts; false (and logged) when they stay pending. */
  async send(decisions: readonly AuditRow[]): Promise<boolean> {
    const record = this.#record;
    if (record === undefined || decisions.length === 0) return false;
    try {
      await record(decisions.map(factOf));
    } catch (error) {
      this.log.warn(
        { error: (error as Error).message, decisions: decisions.map((decision) => decision.id) },
        'approval decisions not taken into progress yet; they are sent again later',
      );
      return false;
    }
    await markFactsRecorded(
      this.database(),
      decisions.map((decision) => decision.id),
      this.clock().toISOString(),
    );
    return true;
  }

  /** Sends every pending decision, oldest first; returns how many were sent. */
  async sendPending(): Promise<number> {
    let sent = 0;
    for (;;) {
      const pending = await pendingDecisions(this.database(), BATCH);
      if (pending.length === 0 || !(await this.send(pending))) return sent;
      sent += pending.length;
    }
  }
}
