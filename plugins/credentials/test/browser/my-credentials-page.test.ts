// Learn's My credentials page in Chromium, against the whole service on the demo institution once the
// backfill has issued credentials: reached from the header link, it lists the learner's credentials
// by path, makes one private, sends one to a wallet (link and a QR code that reads back as the link)
// and saves the learner's DID; a learner with none is told how credentials are earned, and Explore
// paths' cards say that milestones earn them. Axe finds nothing serious; photographed at both widths.
import jsQRModule from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  launchBrowser,
  screenshots,
  seriousViolations,
  signIn,
} from '../../../../packages/web/test/browser.ts';
import type { RunningService } from '../../../test/plugin-service.ts';
import { backfillFinished, startCredentials, tablesOf } from '../service/credentials-service.ts';

// jsqr is CommonJS whose function is also its `default` export, where TypeScript (NodeNext) looks for it.
const jsQR = jsQRModule.default;

const WALLET_DID = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

describe.runIf(browserAvailable())('Learn’s My credentials page', { timeout: 90_000 }, () => {
  let service: RunningService;
  let browser: Browser;
  let held: { id: string; learner: string; path_title: string; title: string };

  beforeAll(async () => {
    service = await startCredentials();
    browser = await launchBrowser();
    await backfillFinished(service);
    held = await tablesOf(service)
      .selectFrom('plugin_credentials')
      .select(['id', 'learner', 'path_title', 'title'])
      .where('revoked_at', 'is', null)
      .orderBy('learner')
      .executeTakeFirstOrThrow();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  /** The page, reached as a learner would: signed in, then the header's link. */
  async function myCredentials(username: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, service.address, 'learn', username);
    await page.getByRole('heading', { name: 'My Learning', level: 1, exact: true }).waitFor();
    await page.getByRole('link', { name: 'My credentials', exact: true }).click();
    await page.getByRole('heading', { name: 'My credentials', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/learn/credentials');
    return page;
  }

  it('lists the learner’s credentials, sends one to a wallet and saves their DID', async () => {
    const page = await myCredentials(held.learner);
    const path = page.getByRole('region', { name: held.path_title });
    const entry = path.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: new RegExp(`^${held.title} Valid$`), level: 3 }),
    });
    await entry.waitFor();
    const ofTier = `(credential ${held.title})`;
    expect(await entry.getByRole('link', { name: `View and verify ${ofTier}` }).getAttribute('href')).toMatch(
      new RegExp(`/credentials/${held.id}$`),
    );

    const visibility = entry.getByRole('switch', { name: `Public ${ofTier}` });
    await visibility.click();
    await entry.getByText('Private: only you can see it, signed in.').waitFor();
    expect(await entry.getByRole('link', { name: `Add to LinkedIn ${ofTier}` }).count()).toBe(0);
    await visibility.click();
    await entry.getByRole('link', { name: `Add to LinkedIn ${ofTier}` }).waitFor();

    await entry.getByRole('button', { name: `Send to wallet ${ofTier}` }).click();
    const offer = entry.getByRole('group', { name: `Send ${held.title} to your wallet` });
    const walletLink = offer.getByRole('link', { name: `Open in the Learner Credential Wallet ${ofTier}` });
    const deepLink = new URL((await walletLink.getAttribute('href'))!);
    expect(deepLink.origin + deepLink.pathname).toBe('https://lcw.app/request.html');
    expect(deepLink.searchParams.get('vc_request_url')).toMatch(/\/credentials\/offers\/[0-9a-f-]{36}$/);
    await offer.getByText(/^Scan this code .* The link works once, until .+\.$/).waitFor();
    const qr = offer.getByRole('img', { name: `QR code of the wallet link for ${held.title}` });
    const { data, width, height } = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(data), width, height)?.data).toBe(deepLink.href);

    const did = page.getByRole('region', { name: 'Your DID, for wallets' });
    await did.getByText(/^You have given no DID/).waitFor();
    const field = did.getByLabel('Your DID');
    await field.fill('did:example:123');
    await did.getByRole('button', { name: 'Save DID' }).click();
    await did.getByText(/give a did:key .* or a did:web/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill(WALLET_DID);
    await did.getByRole('button', { name: 'Save DID' }).click();
    await did
      .getByRole('status')
      .getByText('Saved. Credentials issued from now on name you by this DID.')
      .waitFor();
    const stored = await tablesOf(service)
      .selectFrom('plugin_credentials_learner_dids')
      .select('did')
      .where('learner', '=', held.learner)
      .executeTakeFirst();
    expect(stored?.did).toBe(WALLET_DID);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'credentials-my-page');
    await page.close();
  });

  it('tells a learner without credentials how they are earned', async () => {
    const holders = (
      await tablesOf(service).selectFrom('plugin_credentials').select('learner').execute()
    ).map((row) => row.learner);
    const { username } = await service.store.db
      .selectFrom('users')
      .select('username')
      .where('username', 'like', 'learner%')
      .where('username', 'not in', holders)
      .orderBy('username')
      .executeTakeFirstOrThrow();
    const page = await myCredentials(username);
    await page
      .getByText(/^You have no credentials yet\. A credential is issued as soon as you reach a tier/)
      .waitFor();
    expect(await page.getByRole('link', { name: 'Go to your learning paths' }).getAttribute('href')).toBe(
      '/learn/',
    );
    expect(await page.getByRole('listitem').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'credentials-my-page-none');

    // Choosing a path, they learn that its milestones earn credentials.
    await page.getByRole('link', { name: 'Explore paths', exact: true }).click();
    const card = page.getByRole('listitem').filter({ hasText: 'Cloud Native Essentials' });
    await card
      .getByText(
        'Each milestone earns a verifiable digital credential (Open Badges 3.0) and a PDF certificate.',
      )
      .waitFor();
    await page.close();
  });
});
