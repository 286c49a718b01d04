// The setting commentRequiredOnDecline, from the environment as an operator sets it: off, staff may
// decline without a comment, and the browser is told so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../test/plugin-service.ts';
import { at, CLOUD, startApprovalService } from './approval-service.ts';

describe('a decline without a comment, when the settings allow it', { timeout: 60_000 }, () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startApprovalService({
      LP_PLUGIN_ORG_LEARNINGPATHS_MANUAL_APPROVAL_COMMENT_REQUIRED_ON_DECLINE: 'false',
    });
  }, 60_000);
  afterAll(() => service?.stop());

  it('is taken, and the approval steps say a comment is optional', async () => {
    const steps = await service.call('ann', 'GET', `${at(CLOUD)}/approval-steps`);
    expect(steps.body.commentRequiredOnDecline).toBe(false);
    const declined = await service.call('coach', 'POST', `${at(CLOUD)}/steps/linux/learners/ann/decision`, {
      decision: 'decline',
    });
    expect(declined.status).toBe(200);
    expect(declined.body.approval).toMatchObject({ status: 'declined', comment: null });
  });
});
