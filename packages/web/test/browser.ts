// Browser tests' harness: the real server (API and built web UI) on a fresh SQLite database,
// optionally seeded with the demo institution; Debian's Chromium driven by playwright-core;
// axe-core run inside pages; screenshots at phone and desktop width saved as test artefacts.
// Without Chromium the browser tests are skipped with one line saying so, except under CI=true.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  buildApp,
  CompiledPaths,
  dataAccess,
  loadConfig,
  loadPlugins,
  migrateToLatest,
  openStore,
  seedDemo,
  type Store,
} from '@learning-paths/server';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/screenshots/', import.meta.url));

/** Whether browser tests can run here; under CI=true a missing Chromium is an error. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing, and CI=true requires it`);
  console.warn(`${CHROMIUM} is missing: the browser tests are skipped (apt-get install -y chromium)`);
  return false;
}

export interface UiServer {
  readonly address: string;
  readonly store: Store;
  close(): Promise<void>;
}

export async function startUiServer(
  options: {
    demo?: boolean;
    now?: Date;
    /** LP_PLUGINS entries (absolute paths) the server loads. */
    plugins?: readonly string[];
  } = {},
): Promise<UiServer> {
  const folder = mkdtempSync(join(tmpdir(), 'lp-ui-'));
  const store = openStore(join(folder, 'ui.sqlite'));
  await migrateToLatest(store);
  const clock = () => options.now ?? new Date();
  if (options.demo)
    await seedDemo({ data: dataAccess(store), compiled: new CompiledPaths(), now: clock().toISOString() });
  const plugins = await loadPlugins(
    { plugins: { entries: options.plugins ?? [], configFile: null, environment: {} } },
    { info: () => undefined, warn: () => undefined, error: () => undefined },
    store.db,
  );
  const app = await buildApp({ store, config: { ...loadConfig({}), logLevel: 'silent' }, clock, plugins });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    address,
    store,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export async function signIn(
  page: Page,
  address: string,
  app: 'learn' | 'studio',
  username: string,
  password = 'demo-password',
) {
  await page.goto(`${address}/${app}/`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Presses a key and waits until a screen reader would hear `heard` (a live region's text). */
export async function pressAndHear(page: Page, key: string, heard: string) {
  await page.keyboard.press(key);
  await page.getByText(heard, { exact: true }).waitFor({ state: 'attached' });
}

/**
 * Picks up a structure part with the keyboard, its drag handle focused. dnd-kit's keyboard sensor
 * starts listening for the arrow keys in a timer after the pick-up, which can still be pending
 * when "Picked up" is heard: this also waits for a timer queued after that one.
 */
export async function pickUpWithKeyboard(page: Page, title: string) {
  await pressAndHear(page, 'Space', `Picked up ${title}.`);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** The serious and critical accessibility violations axe-core finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the browser's DevTools protocol: a <script> added to the page would be refused by
  // its Content-Security-Policy (script-src 'self').
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Saves the page at 375 px (phone) and 1280 px (desktop) wide, full height, as test artefacts. */
export async function screenshots(page: Page, name: string): Promise<string[]> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const files: string[] = [];
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const file = join(ARTIFACTS, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  return files;
}

/**
 * For a describe block: the real server (see startUiServer) and a browser, started before its tests
 * and stopped after; pages opened by a test are closed after it.
 */
export function useBrowserTests(options: Parameters<typeof startUiServer>[0] = {}): {
  readonly server: UiServer;
  readonly browser: Browser;
} {
  let server: UiServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startUiServer(options);
    browser = await launchBrowser();
  }, 60_000);
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}
