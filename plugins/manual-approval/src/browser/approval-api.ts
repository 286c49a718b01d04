// The plugin's routes as typed calls, through the app's `api` (the session, the CSRF token on writes).
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import type {
  ApprovalStatus,
  ApprovalStepsAnswer,
  DecisionAnswer,
  LearnerApprovalsAnswer,
  MyApprovalsAnswer,
  RequestListAnswer,
  StepApproval,
} from '../views.ts';

export type StatusFilter = ApprovalStatus | 'all';

export interface ApprovalApi {
  approvalSteps(pathKey: string): Promise<ApprovalStepsAnswer>;
  mine(pathKey: string): Promise<MyApprovalsAnswer>;
  request(pathKey: string, step: string, note: string): Promise<StepApproval>;
  withdraw(pathKey: string, step: string): Promise<StepApproval>;
  requests(pathKey: string, status: StatusFilter): Promise<RequestListAnswer>;
  learner(pathKey: string, username: string): Promise<LearnerApprovalsAnswer>;
  decide(
    pathKey: string,
    step: string,
    username: string,
    decision: 'approve' | 'decline',
    comment: string,
  ): Promise<DecisionAnswer>;
}

/** Requests shown at once in the Approvals tab, the longest waiting first. */
export const REQUESTS_SHOWN = 200;

export function approvalApi(app: Pick<BrowserPluginApi, 'api'>): ApprovalApi {
  const path = (pathKey: string) => `paths/${encodeURIComponent(pathKey)}`;
  const step = (pathKey: string, id: string) => `${path(pathKey)}/steps/${encodeURIComponent(id)}`;
  return {
    approvalSteps: (pathKey) => app.api(`${path(pathKey)}/approval-steps`),
    mine: (pathKey) => app.api(`${path(pathKey)}/mine`),
    request: (pathKey, id, note) =>
      app.api(`${step(pathKey, id)}/requests`, { method: 'POST', body: note ? { note } : {} }),
    withdraw: (pathKey, id) => app.api(`${step(pathKey, id)}/requests`, { method: 'DELETE' }),
    requests: (pathKey, status) =>
      app.api(`${path(pathKey)}/requests?status=${status}&limit=${REQUESTS_SHOWN}`),
    learner: (pathKey, username) => app.api(`${path(pathKey)}/learners/${encodeURIComponent(username)}`),
    decide: (pathKey, id, username, decision, comment) =>
      app.api(`${step(pathKey, id)}/learners/${encodeURIComponent(username)}/decision`, {
        method: 'POST',
        body: comment ? { decision, comment } : { decision },
      }),
  };
}
