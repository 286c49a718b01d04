// The shapes the routes answer with, shared by the server that builds them and the browser that shows them.
import type { ApprovalStep } from './approval-steps.ts';

export const APPROVAL_STATUSES = ['waiting', 'approved', 'declined'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export type AuditAction = 'requested' | 'withdrawn' | 'approved' | 'declined';

/** Where one learner stands on one approval step; `none` before anyone asked or decided. */
export interface StepApproval {
  readonly step: string;
  readonly title: string;
  readonly course: string;
  readonly status: ApprovalStatus | 'none';
  /** The learner's note with their request. */
  readonly note: string | null;
  /** Staff's comment with their decision. */
  readonly comment: string | null;
  readonly requestedAt: string | null;
  readonly decidedAt: string | null;
  /** Who decided, by display name (their username when they have none). */
  readonly decidedBy: string | null;
}

export interface ApprovalStepsAnswer {
  readonly steps: readonly ApprovalStep[];
  readonly commentRequiredOnDecline: boolean;
}

export interface MyApprovalsAnswer {
  /** Only learners enrolled on the path may ask for approval. */
  readonly enrolled: boolean;
  readonly steps: readonly StepApproval[];
}

export interface RequestItem extends StepApproval {
  readonly learner: string;
  readonly displayName: string | null;
}

export interface RequestListAnswer {
  readonly items: readonly RequestItem[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface AuditEntry {
  readonly id: string;
  readonly step: string;
  readonly learner: string;
  readonly action: AuditAction;
  /** The learner's note (requests) or staff's comment (decisions). */
  readonly comment: string | null;
  readonly actor: string;
  readonly at: string;
}

export interface AuditAnswer {
  readonly items: readonly AuditEntry[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface LearnerApprovalsAnswer {
  readonly learner: { readonly username: string; readonly displayName: string | null };
  readonly steps: readonly StepApproval[];
  /** Everything that happened to this learner's approvals on the path, newest first. */
  readonly history: readonly AuditEntry[];
}

export interface DecisionAnswer {
  readonly approval: StepApproval;
  /** Whether the learner's progress has taken the decision in; if not, it is sent again shortly. */
  readonly progressUpdated: boolean;
}
