// Manual approval in Chromium, against the whole service with the plugin loaded and the built web
// apps: the author ticks "Requires approval by staff" on a step and publishes; the learner asks for
// approval on the path page; the instructor reviews them from the learners page's row action and
// approves with a comment; the learner reads "Approved" and the comment. Axe finds nothing serious
// on any page, and each is photographed at phone and desktop width.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  launchBrowser,
  screenshots,
  seriousViolations,
  signIn,
} from '../../../packages/web/test/browser.ts';
import { startService, type RunningService } from '../../test/plugin-service.ts';
import { CLOUD, PLUGIN_FOLDER } from './approval-service.ts';

const TITLE = 'Cloud Native Essentials';
const STEP = 'The Linux Command Line';
const LEARNER = 'learner018';

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

describe.runIf(browserAvailable())('manual approval in Studio and Learn', () => {
  let service: RunningService;
  let browser: Browser;
  beforeAll(async () => {
    service = await startService({
      plugins: [PLUGIN_FOLDER],
      demo: true,
      users: { coach: { role: 'instructor', scope: `path:${CLOUD}` } },
    });
    const enrolled = await service.call(
      'coach',
      'POST',
      `/api/v1/paths/${encodeURIComponent(CLOUD)}/enrollments`,
      {
        learners: [LEARNER],
      },
    );
    expect(enrolled.status).toBe(200);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  /** A page of its own (its own session) for one person. */
  async function pageFor(app: 'learn' | 'studio', username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, service.address, app, username);
    return page;
  }

  it('goes from the author to the learner, the instructor and back to the learner', async () => {
    const author = await pageFor('studio', 'author');
    await author.getByRole('link', { name: TITLE, exact: true }).click();
    await author.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await author.getByRole('tab', { name: 'Structure' }).click();
    await author.getByRole('button', { name: `Edit ${STEP}`, exact: true }).click();
    const settings = author.getByRole('region', { name: `Settings of ${STEP}` });
    const approval = settings.getByRole('checkbox', { name: 'Requires approval by staff' });
    expect(await approval.isChecked()).toBe(false);
    await approval.check();
    // Approval adds to what the step asked of its course (the path's default: passed).
    expect(await settings.getByRole('checkbox', { name: /passed/i }).isChecked()).toBe(true);
    await expectAccessible(author);
    await screenshots(author, 'manual-approval-step-setting');
    await author.getByRole('button', { name: 'Publish', exact: true }).click();
    const publish = author.getByRole('dialog', { name: `Publish ${TITLE}?` });
    await publish.getByRole('button', { name: 'Publish' }).click();
    await author.getByText('Version 2 is published.', { exact: false }).waitFor();
    await author.getByRole('tab', { name: 'Approvals' }).click();
    const tab = author.getByRole('tabpanel');
    await tab.getByRole('heading', { name: 'Approvals', level: 2 }).waitFor();
    await tab.getByText('No requests to show.').waitFor();
    await expectAccessible(author);

    const learner = await pageFor('learn', LEARNER);
    await learner.getByRole('heading', { name: 'My Learning', level: 1, exact: true }).waitFor();
    await learner.goto(`${service.address}/learn/paths/${encodeURIComponent(CLOUD)}`);
    const section = learner.getByRole('region', { name: 'Approvals' });
    await section.getByRole('heading', { name: new RegExp(`^${STEP}`), level: 3 }).waitFor();
    await section.getByText('Not requested').waitFor();
    await section
      .getByRole('textbox', { name: 'Note for staff (optional)' })
      .fill('My scripts are in my portfolio.');
    await section.getByRole('button', { name: 'Ask for approval' }).click();
    await section.getByText('Waiting for approval').waitFor();
    await section.getByRole('button', { name: 'Withdraw request' }).waitFor();
    await expectAccessible(learner);
    await screenshots(learner, 'manual-approval-learner-waiting');

    // The path's Approvals tab lists the request, loaded afresh when the tab opens again.
    await author.getByRole('tab', { name: 'History' }).click();
    await author.getByRole('tab', { name: 'Approvals' }).click();
    const waiting = tab.getByRole('region', { name: new RegExp(`: ${STEP} Waiting for approval$`) });
    await waiting.getByText('My scripts are in my portfolio.').waitFor();
    await expectAccessible(author);
    await screenshots(author, 'manual-approval-tab');

    const instructor = await pageFor('studio', 'instructor');
    await instructor.getByRole('heading', { name: 'Learning paths', level: 1, exact: true }).waitFor();
    await instructor.goto(`${service.address}/studio/paths/${encodeURIComponent(CLOUD)}/learners`);
    await instructor.getByRole('searchbox', { name: 'Search by name, username or email' }).fill(LEARNER);
    await instructor.getByRole('button', { name: 'Search', exact: true }).click();
    const review = instructor.getByRole('button', {
      name: new RegExp(`^Review approvals of ${LEARNER} 1 waiting`),
    });
    await review.waitFor();
    await expectAccessible(instructor);
    await screenshots(instructor, 'manual-approval-learners-page');
    await review.click();
    const dialog = instructor.getByRole('dialog', { name: /^Approvals of / });
    const stepPart = dialog.getByRole('region', { name: new RegExp(`^${STEP} Waiting for approval`) });
    await stepPart.getByText('My scripts are in my portfolio.').waitFor();
    const decision = stepPart.getByRole('form', { name: new RegExp(`^Decision on ${STEP} for`) });
    await decision.getByRole('textbox', { name: 'Comment for the learner' }).fill('Well done.');
    await expectAccessible(instructor);
    await screenshots(instructor, 'manual-approval-review-dialog');
    await decision.getByRole('button', { name: 'Approve' }).click();
    await dialog.getByText(`${STEP} approved for`, { exact: false }).waitFor();
    await dialog.getByRole('heading', { name: `${STEP} Approved`, level: 3 }).waitFor();
    await expectAccessible(instructor);
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await instructor.getByRole('button', { name: `Review approvals of ${LEARNER}`, exact: true }).waitFor();

    await learner.reload();
    const after = learner.getByRole('region', { name: 'Approvals' });
    await after.getByText('Approved', { exact: true }).waitFor();
    await after.getByText('Well done.').waitFor();
    expect(await after.getByRole('button', { name: 'Ask for approval' }).count()).toBe(0);
    await expectAccessible(learner);
    await screenshots(learner, 'manual-approval-learner-approved');
  }, 180_000);
});
