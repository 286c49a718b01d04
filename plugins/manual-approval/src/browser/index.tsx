// The plugin's browser bundle: the criterion for Studio's validation and Learn's wording, the step
// setting, the learners page's Review action, the path's Approvals tab and the learner's section.
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import type { PathDefinition } from '@learning-paths/core';
import { approvedByStaff } from '../criterion.ts';
import { approvalApi } from './approval-api.ts';
import { ApprovalsTab } from './approvals-tab.tsx';
import { LearnerApprovals } from './learner-approvals.tsx';
import { ReviewRowAction, type LearnerRow } from './review-row-action.tsx';
import { StepApprovalField } from './step-approval-field.tsx';

export default function register(app: BrowserPluginApi): void {
  app.criterion(approvedByStaff);
  const api = approvalApi(app);
  app.slot('studio.step-form.fields', StepApprovalField);
  app.slot('studio.learners.row-actions', (props: { pathKey: string; learner: LearnerRow }) => (
    <ReviewRowAction api={api} {...props} />
  ));
  // The label is the app's text for the tab, given before any page language is known (English).
  app.slot('studio.path.tabs', (props: { pathKey: string | null }) => <ApprovalsTab api={api} {...props} />, {
    label: 'Approvals',
  });
  app.slot('learn.path-page.section', (props: { pathKey: string; definition: PathDefinition }) => (
    <LearnerApprovals api={api} {...props} />
  ));
}
