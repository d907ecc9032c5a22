import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page, type Worker } from 'playwright-core';
import { generate } from 'selfsigned';

/**
 * End-to-end harness: the built extension in a real Chromium, with fixture pages served over
 * HTTPS under real shop hostnames (host-resolver rules map them to a local server; nothing
 * leaves the machine). Every feature's e2e test builds on this.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const ARTIFACTS = join(here, '.artifacts');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pages');

/** host + path → fixture file. A path ending in * matches any path below it. */
export const ROUTES: Record<string, string> = {
  'www.amazon.com/dp/B0783SG446': 'amazon-product.html',
  'www.amazon.com/Gorilla-Crystal-Clear-Duct-Tape/dp/B0783SG446': 'amazon-product.html',
  'www.amazon.co.uk/dp/1849759375': 'amazon-uk-product.html',
  'www.amazon.com/s': 'search.html',
  'www.ebay.com/itm/390985762669': 'ebay-item.html',
  'www.example-roasters.com/products/sidamo': 'shop-product.html',
  'www.example-news.com/best-duct-tapes': 'article.html',
  'www.example-spa.com/*': 'spa.html',
  // Share intents open on the networks' own sites; here a local stand-in answers for them.
  'x.com/*': 'share-intent.html',
};
export const HOSTS = [...new Set(Object.keys(ROUTES).map((r) => r.split('/')[0] as string))];

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

function serveFixtures(): Promise<{ server: Server; port: number }> {
  return generate([{ name: 'commonName', value: 'kinlink-test' }], {
    keySize: 2048,
    extensions: [
      { name: 'subjectAltName', altNames: HOSTS.map((value) => ({ type: 2 as const, value })) },
    ],
  }).then(
    (pems) =>
      new Promise((resolvePromise) => {
        const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
          const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
          const key = `${url.hostname}${url.pathname.replace(/\/$/, '') || ''}`;
          const file =
            ROUTES[key] ??
            Object.entries(ROUTES).find(
              ([route]) => route.endsWith('/*') && key.startsWith(route.slice(0, -2)),
            )?.[1] ??
            (url.pathname.startsWith('/img/') ? url.pathname.slice(5) : undefined);
          if (!file || !existsSync(join(FIXTURES, file))) {
            res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
            return;
          }
          const type = extname(file) === '.svg' ? 'image/svg+xml' : 'text/html; charset=utf-8';
          res.writeHead(200, { 'content-type': type }).end(readFileSync(join(FIXTURES, file)));
        });
        server.listen(0, '127.0.0.1', () => {
          const address = server.address();
          resolvePromise({
            server,
            port: typeof address === 'object' && address ? address.port : 0,
          });
        });
      }),
  );
}

export type Harness = Awaited<ReturnType<typeof launch>>;

export async function launch(options: { name: string }) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${EXTENSION_DIR}: run npm run build first (npm test does).`,
    );
  }
  const { server, port } = await serveFixtures();
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

  const h = {
    context,
    worker,
    extensionId,
    port,
    consoleErrors,
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
    async screenshot(page: Page, name: string): Promise<string> {
      const file = join(shots, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close(): Promise<void> {
      await context.close().catch(() => {});
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return h;
}
