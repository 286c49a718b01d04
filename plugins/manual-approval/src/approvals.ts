// What learners and staff do with approvals, on a path the route has already checked the caller may
// reach: learners ask for approval of a step (with a note) or withdraw while waiting; staff list the
// requests, look at one learner, and approve or decline (with a comment), asked or not. Each change
// is written with its audit entry in one transaction; a decision then becomes the learner's course fact.
import type { PluginDatabase, PluginPath, PluginUsers } from '@learning-paths/plugin-api';
import {
  addAudit,
  auditOf,
  deleteRequest,
  findRequest,
  listRequests,
  requestsOfLearner,
  saveRequest,
  type AuditRow,
  type Page,
  type RequestRow,
} from './approval-store.ts';
import { approvalSteps, type ApprovalStep } from './approval-steps.ts';
import { auditId } from './audit-id.ts';
import type { DecisionFacts } from './decision-facts.ts';
import { conflict, notFound } from './http-error.ts';
import type {
  ApprovalStatus,
  AuditAnswer,
  DecisionAnswer,
  LearnerApprovalsAnswer,
  MyApprovalsAnswer,
  RequestListAnswer,
  StepApproval,
} from './views.ts';

/** Entries of a learner's history shown beside their approval steps. */
const HISTORY_LENGTH = 50;

export interface ApprovalsOptions {
  readonly database: () => PluginDatabase;
  readonly users: PluginUsers;
  readonly facts: DecisionFacts;
}

export interface Decision {
  readonly decision: 'approve' | 'decline';
  readonly comment: string | null;
}

/** Display names by username, each account read once per request. */
function nameLookup(users: PluginUsers): (username: string) => Promise<string | null> {
  const names = new Map<string, Promise<string | null>>();
  return (username) => {
    let name = names.get(username);
    if (name === undefined) {
      name = users.get(username).then((user) => user?.displayName ?? null);
      names.set(username, name);
    }
    return name;
  };
}

export class Approvals {
  constructor(private readonly options: ApprovalsOptions) {}

  private get db(): PluginDatabase {
    return this.options.database();
  }

  /** The approval step `stepId` of the path's published version; 404 when it has none such. */
  step(path: PluginPath, stepId: string): ApprovalStep {
    const step = approvalSteps(path.definition).find((candidate) => candidate.id === stepId);
    if (step === undefined) throw notFound(`the path ${path.key} has no step ${stepId} that needs approval`);
    return step;
  }

  private async view(
    step: ApprovalStep,
    row: RequestRow | undefined,
    nameOf: (username: string) => Promise<string | null>,
  ): Promise<StepApproval> {
    const decidedBy = row?.decided_by ?? null;
    return {
      step: step.id,
      title: step.title,
      course: step.course,
      status: row?.status ?? 'none',
      note: row?.note ?? null,
      comment: row?.comment ?? null,
      requestedAt: row?.requested_at ?? null,
      decidedAt: row?.decided_at ?? null,
      decidedBy: decidedBy === null ? null : ((await nameOf(decidedBy)) ?? decidedBy),
    };
  }

  /** Where `learner` stands on each approval step of the path. */
  async stepsOfLearner(path: PluginPath, learner: string): Promise<StepApproval[]> {
    const rows = await requestsOfLearner(this.db, path.key, learner);
    const nameOf = nameLookup(this.options.users);
    return Promise.all(
      approvalSteps(path.definition).map((step) =>
        this.view(
          step,
          rows.find((row) => row.step === step.id),
          nameOf,
        ),
      ),
    );
  }

  /** The caller's own approvals, and whether they may ask for any. */
  async mine(path: PluginPath, learner: string): Promise<MyApprovalsAnswer> {
    return {
      enrolled: await this.options.users.isEnrolled(learner, path.key),
      steps: await this.stepsOfLearner(path, learner),
    };
  }

  private async viewOf(path: PluginPath, step: ApprovalStep, learner: string): Promise<StepApproval> {
    return this.view(
      step,
      await findRequest(this.db, path.key, step.id, learner),
      nameLookup(this.options.users),
    );
  }

  /** The learner asks (again) for approval of a step, or changes the note of a waiting request. */
  async request(path: PluginPath, stepId: string, learner: string, note: string | null, now: string) {
    const step = this.step(path, stepId);
    if (!(await this.options.users.isEnrolled(learner, path.key)))
      throw conflict(`enrol on the path ${path.key} before asking for approval`);
    await this.db.transaction().execute(async (trx) => {
      const current = await findRequest(trx, path.key, step.id, learner);
      if (current?.status === 'approved') throw conflict(`${step.title} is approved already`);
      await saveRequest(trx, {
        path_key: path.key,
        step: step.id,
        learner,
        status: 'waiting',
        note,
        comment: null,
        decided_by: null,
        decided_at: null,
        requested_at: now,
        updated_at: now,
      });
      await addAudit(trx, this.auditEntry(path, step, learner, 'requested', note, learner, now));
    });
    return this.viewOf(path, step, learner);
  }

  /** The learner takes back a request no one has decided on yet. */
  async withdraw(path: PluginPath, stepId: string, learner: string, now: string) {
    const step = this.step(path, stepId);
    await this.db.transaction().execute(async (trx) => {
      const current = await findRequest(trx, path.key, step.id, learner);
      if (current === undefined) throw notFound(`you have not asked for approval of ${step.title}`);
      if (current.status !== 'waiting')
        throw conflict(`${step.title} is ${current.status} already: only a waiting request can be withdrawn`);
      await deleteRequest(trx, current);
      await addAudit(trx, this.auditEntry(path, step, learner, 'withdrawn', null, learner, now));
    });
    return this.viewOf(path, step, learner);
  }

  /** Staff approve or decline a learner's step, whether or not the learner asked. */
  async decide(
    path: PluginPath,
    stepId: string,
    learner: string,
    { decision, comment }: Decision,
    actor: string,
    now: string,
  ): Promise<DecisionAnswer> {
    const step = this.step(path, stepId);
    await this.enrolled(path, learner);
    const status: ApprovalStatus = decision === 'approve' ? 'approved' : 'declined';
    const entry = {
      ...this.auditEntry(path, step, learner, status, comment, actor, now),
      course: step.course,
    };
    await this.db.transaction().execute(async (trx) => {
      const current = await findRequest(trx, path.key, step.id, learner);
      await saveRequest(trx, {
        path_key: path.key,
        step: step.id,
        learner,
        status,
        note: current?.note ?? null,
        comment,
        decided_by: actor,
        decided_at: now,
        requested_at: current?.requested_at ?? null,
        updated_at: now,
      });
      await addAudit(trx, entry);
    });
    const progressUpdated = await this.options.facts.send([{ ...entry, fact_recorded_at: null }]);
    return { approval: await this.viewOf(path, step, learner), progressUpdated };
  }

  /** The requests of the path's approval steps in `status`, the longest waiting first. */
  async list(path: PluginPath, status: ApprovalStatus | 'all', page: Page): Promise<RequestListAnswer> {
    const steps = approvalSteps(path.definition);
    const { rows, total } = await listRequests(
      this.db,
      path.key,
      steps.map((step) => step.id),
      status,
      page,
    );
    const nameOf = nameLookup(this.options.users);
    const items = await Promise.all(
      rows.map(async (row) => ({
        ...(await this.view(
          steps.find((step) => step.id === row.step)!,
          row,
          nameOf,
        )),
        learner: row.learner,
        displayName: await nameOf(row.learner),
      })),
    );
    return { items, total, ...page };
  }

  /** One enrolled learner's approval steps and history, for staff. */
  async learner(path: PluginPath, username: string): Promise<LearnerApprovalsAnswer> {
    await this.enrolled(path, username);
    const user = await this.options.users.get(username);
    const history = await auditOf(this.db, path.key, username, { limit: HISTORY_LENGTH, offset: 0 });
    return {
      learner: { username, displayName: user?.displayName ?? null },
      steps: await this.stepsOfLearner(path, username),
      history: history.items,
    };
  }

  async audit(path: PluginPath, learner: string | undefined, page: Page): Promise<AuditAnswer> {
    return { ...(await auditOf(this.db, path.key, learner, page)), ...page };
  }

  /** Staff act only on learners of the path: anyone else is not found there. */
  private async enrolled(path: PluginPath, username: string): Promise<void> {
    if (!(await this.options.users.isEnrolled(username, path.key)))
      throw notFound(`${username} is not a learner of the path ${path.key}`);
  }

  private auditEntry(
    path: PluginPath,
    step: ApprovalStep,
    learner: string,
    action: AuditRow['action'],
    comment: string | null,
    actor: string,
    at: string,
  ): Omit<AuditRow, 'fact_recorded_at'> {
    return {
      id: auditId(at),
      path_key: path.key,
      step: step.id,
      learner,
      action,
      comment,
      actor,
      at,
      course: null,
    };
  }
}
