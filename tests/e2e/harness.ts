import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { ARTIFACTS, HOSTS, ROOT, serveFixtures } from './fixture-server';

/**
 * End-to-end harness: the built extension in a real Chromium, with fixture pages served over
 * HTTPS under real shop hostnames (host-resolver rules map them to a local server; nothing
 * leaves the machine). Every feature's e2e test builds on this.
 */
export { ARTIFACTS, HOSTS, ROOT, ROUTES } from './fixture-server';
// KINLINK_EXTENSION_DIR: another build to measure (the bench compares against an older one).
export const EXTENSION_DIR =
  process.env.KINLINK_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install Debian’s chromium (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

export type Harness = Awaited<ReturnType<typeof launch>>;

export async function launch(options: { name: string }) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${EXTENSION_DIR}: run npm run build first (npm test does).`,
    );
  }
  const fixtures = await serveFixtures();
  const { port } = fixtures;
  const profile = mkdtempSync(join(tmpdir(), 'kinlink-e2e-'));
  const shots = join(ARTIFACTS, 'screenshots', options.name);
  mkdirSync(shots, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker: Worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const consoleErrors: string[] = [];

  // Errors of Kinlink's own pages; the shop fixtures' (a missing favicon) are not ours.
  const ours = (page: Page) => page.url().startsWith('chrome-extension://');
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && ours(page)) consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      if (ours(page)) consoleErrors.push(`${page.url()}: ${e.message}`);
    });
    return page;
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  await watchBackgroundErrors(context, extensionId, consoleErrors);

  const h = {
    context,
    worker,
    extensionId,
    port,
    consoleErrors,
    /** Fails the current test when any of Kinlink's scripts logged an error or threw. */
    expectNoErrors(): void {
      const errors = consoleErrors.splice(0);
      if (errors.length) {
        throw new Error(`Kinlink's own scripts reported errors:\n${errors.join('\n')}`);
      }
    },
    extensionUrl: (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    /** The worker, for chrome.* calls (it may have been restarted: always ask the context). */
    sw: (): Worker => context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? worker,
    async openTab(url: string): Promise<Page> {
      const page = watch(await context.newPage());
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    /**
     * A page's tab id. Kinlink has no "tabs" permission, so tab URLs are hidden from it; the
     * content script's report (kept per tab in session storage) says which tab shows the page.
     */
    async tabId(page: Page, timeout = 10_000): Promise<number> {
      const url = page.url();
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        const session = (await h.storage('session')) as Record<
          string,
          { url?: string } | undefined
        >;
        const key = Object.keys(session).find(
          (k) => k.startsWith('tab-') && session[k]?.url === url,
        );
        if (key) return Number(key.slice(4));
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no tab reported ${url} (did the content script run?)`);
    },
    badge: (tabId: number) =>
      h.sw().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async waitForBadge(
      tabId: number,
      predicate: (text: string) => boolean,
      timeout = 10_000,
    ): Promise<string> {
      const until = Date.now() + timeout;
      let text = await h.badge(tabId);
      while (!predicate(text) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        text = await h.badge(tabId);
      }
      return text;
    },
    /** The popup bound to a tab (popup.html?tabId=N), with the full Playwright page API. */
    async openPopup(tabId: number): Promise<Page> {
      const page = watch(await context.newPage());
      await page.setViewportSize({ width: 380, height: 560 });
      await page.goto(h.extensionUrl(`popup.html?tabId=${tabId}`));
      return page;
    },
    async openOptions(hash = ''): Promise<Page> {
      const page = watch(await context.newPage());
      await page.goto(h.extensionUrl(`options.html${hash}`));
      return page;
    },
    /** Copy counts of the saved links, read straight from the extension's IndexedDB in `page`. */
    linkCopyCounts: (page: Page): Promise<number[]> =>
      page.evaluate(async () => {
        const open = indexedDB.open('kinlink');
        const db: IDBDatabase = await new Promise((r) => {
          open.onsuccess = () => r(open.result);
        });
        const links = await new Promise<{ copyCount: number }[]>((r) => {
          const req = db.transaction('links').objectStore('links').getAll();
          req.onsuccess = () => r(req.result);
        });
        db.close();
        return links.map((l) => l.copyCount);
      }),
    setSettings: (settings: unknown) =>
      h.sw().evaluate((s) => chrome.storage.sync.set({ settings: s }), settings),
    storage: (area: 'sync' | 'local' | 'session') =>
      h.sw().evaluate((a) => chrome.storage[a].get(null), area),
    /** Where a screenshot named `name` goes (for element screenshots). */
    screenshotPath: (name: string) => join(shots, `${name}.png`),
    async screenshot(page: Page, name: string): Promise<string> {
      const file = join(shots, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close(): Promise<void> {
      await context.close().catch(() => {});
      fixtures.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return h;
}

/**
 * Errors from the extension's targets that are not pages (the service worker, the offscreen
 * document): Playwright does not report their exceptions, so listen over raw CDP. Runtime.enable
 * replays what was logged before we attached.
 */
async function watchBackgroundErrors(
  context: BrowserContext,
  extensionId: string,
  errors: string[],
): Promise<void> {
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser CDP session: cannot watch the service worker for errors');
  const origin = `chrome-extension://${extensionId}/`;
  const attached = new Map<string, string>();
  const seen = new Set<string>();
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const url = attached.get(sessionId) ?? '';
    const m = JSON.parse(message) as {
      method?: string;
      params?: {
        exceptionDetails?: { text?: string; exception?: { description?: string } };
        type?: string;
        args?: { value?: unknown; description?: string }[];
        entry?: { level?: string; text?: string; source?: string };
      };
    };
    const p = m.params;
    if (m.method === 'Runtime.exceptionThrown') {
      const d = p?.exceptionDetails;
      errors.push(`${url}: ${d?.exception?.description ?? d?.text}`);
    } else if (m.method === 'Runtime.consoleAPICalled' && p?.type === 'error') {
      errors.push(`${url}: ${(p.args ?? []).map((a) => a.value ?? a.description).join(' ')}`);
    } else if (m.method === 'Log.entryAdded' && p?.entry?.level === 'error') {
      errors.push(`${url}: ${p.entry.text}`);
    }
  });
  let id = 0;
  const attach = async (info: { targetId: string; type: string; url: string }) => {
    if (!info.url.startsWith(origin) || info.type === 'page') return;
    if (seen.has(info.targetId)) return;
    seen.add(info.targetId);
    const { sessionId } = await cdp
      .send('Target.attachToTarget', { targetId: info.targetId, flatten: false })
      .catch(() => ({ sessionId: '' }));
    if (!sessionId) return;
    attached.set(sessionId, info.url);
    for (const method of ['Runtime.enable', 'Log.enable']) {
      await cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: ++id, method }),
        })
        .catch(() => {});
    }
  };
  cdp.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const info of targetInfos) await attach(info);
}
