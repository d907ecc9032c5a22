import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ARTIFACTS, ROOT, serveFixtures, startProxy } from '../e2e/fixture-server';
import {
  type AddonMessage,
  DevtoolsClient,
  evaluateInBrowser,
  watchAddon,
} from './devtools-client';

/**
 * The Firefox end-to-end harness: the built add-on (.output/firefox-mv3) installed as a temporary
 * add-on into Debian's Firefox ESR through WebDriver BiDi (puppeteer-core), shop pages served
 * under their real hostnames through a local proxy, and Firefox's devtools server for what BiDi
 * does not show (manifest warnings, the add-on's own errors, browser shortcuts and menus).
 */
export const EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');
const manifest = () =>
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
// Fixed so the tests know the add-on's pages' addresses (extensions.webextensions.uuids).
const ADDON_UUID = '6b0a3f2e-4c1d-4e8a-9b7c-5d2e1f0a9c3b';

export function firefoxPath(): string {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/lib/firefox/firefox',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Firefox not found. Install Debian’s firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH.',
    );
  }
  return found;
}

/**
 * The add-on's `browser` global, as functions passed to `evaluate` see it inside one of its pages
 * (they run there, so they name it themselves).
 */
type ExtensionApi = {
  tabs: { create(p: { url: string }): Promise<{ id: number }> };
  action: {
    getBadgeText(p: { tabId: number }): Promise<string>;
    getPopup(p: { tabId: number }): Promise<string>;
  };
  storage: Record<
    'sync' | 'local' | 'session',
    { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> }
  >;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await sleep(100);
    value = await read();
  }
  return value;
}

export type FirefoxHarness = Awaited<ReturnType<typeof launchFirefox>>;

export async function launchFirefox(options: { name: string }) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built add-on at ${EXTENSION_DIR}: run npm run build first (npm test does).`,
    );
  }
  const addonId = manifest().browser_specific_settings.gecko.id;
  const fixtures = await serveFixtures();
  const proxy = await startProxy(fixtures.port);
  const profile = mkdtempSync(join(tmpdir(), 'kinlink-ff-'));
  const shots = join(ARTIFACTS, 'screenshots', `firefox-${options.name}`);
  mkdirSync(shots, { recursive: true });
  const devtoolsPort = 20_000 + Math.floor(Math.random() * 20_000);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--start-debugger-server', String(devtoolsPort)],
    extraPrefsFirefox: {
      // Every request goes through the local proxy to the fixture server: shop hostnames work
      // without DNS, and nothing leaves the machine.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      'dom.events.testing.asyncClipboard': true,
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
    },
  });
  const installed = await browser.installExtension(EXTENSION_DIR);
  const devtools = await DevtoolsClient.connect(devtoolsPort);
  const { addon, messages } = await watchAddon(devtools, installed);
  const base = `moz-extension://${ADDON_UUID}/`;

  /** Where a page really is: BiDi keeps extension pages' url() at about:blank. */
  const href = (page: Page) => page.evaluate(() => location.href).catch(() => '');

  async function findPage(test: (href: string) => boolean, timeout = 10_000): Promise<Page> {
    let found: Page | undefined;
    await until(
      async () => {
        for (const page of await browser.pages()) {
          if (test(await href(page))) {
            found = page;
            return true;
          }
        }
        return false;
      },
      Boolean,
      'a page',
      timeout,
    );
    return found as Page;
  }

  // The welcome page opens on install: it is the add-on page the tests ask `browser.*` through.
  const welcome = await findPage((u) => u.startsWith(`${base}options.html#/welcome`), 20_000);
  const h = {
    browser,
    addonId: installed,
    base,
    welcome,
    devtools,
    /** Manifest warnings Firefox reported when it installed the add-on. */
    warnings: addon.warnings ?? [],
    /** Errors from the add-on's own scripts (background and pages), from install on. */
    errors: (): AddonMessage[] => messages.filter((m) => m.level === 'error'),
    href,
    findPage,
    async openTab(url: string): Promise<Page> {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    /** An add-on page, opened the way the add-on itself opens one. */
    async openExtensionPage(path: string): Promise<Page> {
      const url = `${base}${path.replace(/^\//, '')}`;
      const before = new Set(await browser.pages());
      await welcome.evaluate(
        (u) => (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.create({ url: u }),
        url,
      );
      return findPage((u) => u === url).then(async (page) => {
        if (before.has(page)) return findPage((u) => u === url);
        await page.waitForFunction(() => document.readyState === 'complete');
        return page;
      });
    },
    storage: (area: 'sync' | 'local' | 'session'): Promise<Record<string, unknown>> =>
      welcome.evaluate(
        (a) => (globalThis as unknown as { browser: ExtensionApi }).browser.storage[a].get(null),
        area,
      ),
    setSettings: (settings: unknown) =>
      welcome.evaluate(
        (s) =>
          (globalThis as unknown as { browser: ExtensionApi }).browser.storage.sync.set({
            settings: s,
          }),
        settings as never,
      ),
    /** A page's tab id, from the content script's report (kept per tab in session storage). */
    async tabId(url: string): Promise<number> {
      const session = await until(
        () => h.storage('session'),
        (s) =>
          Object.keys(s).some(
            (k) => k.startsWith('tab-') && (s[k] as { url?: string })?.url === url,
          ),
        `the content script's report for ${url}`,
      );
      // The newest such tab: one a failed test left open must not stand in for this one.
      return Math.max(
        ...Object.keys(session)
          .filter((k) => k.startsWith('tab-') && (session[k] as { url?: string })?.url === url)
          .map((k) => Number(k.slice(4))),
      );
    },
    badge: (tabId: number): Promise<string> =>
      welcome.evaluate(
        (id) =>
          (globalThis as unknown as { browser: ExtensionApi }).browser.action.getBadgeText({
            tabId: id,
          }),
        tabId,
      ),
    /** The address of the tab's toolbar popup. */
    popupOf: (tabId: number): Promise<string> =>
      welcome.evaluate(
        (id) =>
          (globalThis as unknown as { browser: ExtensionApi }).browser.action.getPopup({
            tabId: id,
          }),
        tabId,
      ),
    waitForBadge: (tabId: number, ok: (text: string) => boolean, what = 'the badge') =>
      until(() => h.badge(tabId), ok, what),
    /** Copy counts of the saved links, read from the add-on's IndexedDB. */
    linkCopyCounts: (): Promise<number[]> =>
      welcome.evaluate(async () => {
        const open = indexedDB.open('kinlink');
        const db: IDBDatabase = await new Promise((r) => {
          open.onsuccess = () => r(open.result);
        });
        if (!db.objectStoreNames.contains('links')) return [];
        const links = await new Promise<{ copyCount: number }[]>((r) => {
          const req = db.transaction('links').objectStore('links').getAll();
          req.onsuccess = () => r(req.result);
        });
        db.close();
        return links.map((l) => l.copyCount);
      }),
    /** What is on the clipboard now (read from `page`, which must be focused). */
    clipboard: (page: Page) => page.evaluate(() => navigator.clipboard.readText()),
    /** Presses one of the add-on's keyboard shortcuts, as the browser would on the key press. */
    async pressShortcut(key: string): Promise<void> {
      const widget = installed.replace(/[^a-z0-9_-]/gi, '_');
      await evaluateInBrowser(
        devtools,
        `document.querySelector('#ext-keyset-id-${widget} key[key="${key}"]').doCommand()`,
      );
    },
    /** Right-clicks `selector` in `page` and chooses the add-on's menu item that says `label`. */
    async contextMenu(page: Page, selector: string, label: string): Promise<void> {
      await page.bringToFront();
      const box = await (await page.$(selector))?.boundingBox();
      if (!box) throw new Error(`nothing to right-click at ${selector}`);
      await page.mouse.click(box.x + 4, box.y + 4, { button: 'right' });
      const script = `(async () => {
        const menu = document.getElementById('contentAreaContextMenu');
        for (let i = 0; i < 50 && menu.state !== 'open'; i++) await new Promise((r) => setTimeout(r, 100));
        const item = [...menu.querySelectorAll('menuitem')].find((i) => !i.hidden && i.label === ${JSON.stringify(label)});
        const labels = [...menu.querySelectorAll('menuitem')].filter((i) => !i.hidden).map((i) => i.label);
        if (item) item.click();
        menu.hidePopup();
        return item ? '' : labels.join(' | ');
      })()`;
      const missing = await evaluateInBrowser(devtools, script);
      if (missing) throw new Error(`no menu item "${label}" (the menu had: ${String(missing)})`);
    },
    async screenshot(page: Page, name: string): Promise<void> {
      await page.screenshot({ path: join(shots, `${name}.png`) as `${string}.png` });
    },
    async close(): Promise<void> {
      devtools.close();
      await browser.close().catch(() => {});
      proxy.close();
      fixtures.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return h;
}

/** The first element matching `selector` whose text contains `text` (waits for it). */
export async function byText(page: Page, selector: string, text: string, timeout = 10_000) {
  const handle = await page.waitForFunction(
    (sel, t) =>
      [...document.querySelectorAll(sel)].find((e) =>
        (e.textContent ?? '').replace(/\s+/g, ' ').includes(t),
      ),
    { timeout },
    selector,
    text,
  );
  return handle.asElement() as NonNullable<Awaited<ReturnType<Page['$']>>>;
}

/**
 * Clicks the first `selector` whose text has `text`, as a user would: whatever element is there
 * when the click lands (a view that takes over between finding and clicking is found again).
 */
export async function clickText(page: Page, selector: string, text: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      return await (await byText(page, selector, text)).click();
    } catch (error) {
      if (tries >= 3 || !String(error).includes('detached')) throw error;
    }
  }
}

/** Waits until the page shows `text`. */
export async function waitForText(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((t) => document.body?.innerText.includes(t), { timeout }, text);
}
