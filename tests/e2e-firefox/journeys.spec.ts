import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { probeFirstPaint } from '../e2e/first-paint-probe';
import { productAt, TEXT_PRICE, TEXT_PRICE_PAGES } from '../e2e/fixture-server';
import { heard, listenAsAPage } from '../e2e/page-listener';
import { byText, clickText, type FirefoxHarness, launchFirefox, waitForText } from './harness';

// Every journey of the Chromium suite that a user takes, in Firefox ESR with the built add-on.
// One Firefox for the whole file: it takes 5–25 s to start on two cores.
let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox({ name: 'journeys' });
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  // Read through Firefox's devtools server: the background's errors too, which BiDi misses.
  expect(h.errors(), 'no errors from Kinlink’s own scripts').toEqual([]);
});

const AMAZON = 'https://www.amazon.com/dp/B0783SG446';
const linkIn = (page: Parameters<FirefoxHarness['screenshot']>[0]) =>
  page.$eval('#kinlink-link', (e) => (e as HTMLTextAreaElement).value).catch(() => '');

describe('Firefox: install', () => {
  it('installs with no manifest warnings and opens the welcome page', async () => {
    expect(h.warnings, 'Firefox read every manifest key').toEqual([]);
    await waitForText(h.welcome, 'Your own link for any shop page');
    await h.screenshot(h.welcome, 'welcome');
  });

  it('the welcome’s pin step uses Firefox’s words, and asking whether Kinlink is pinned throws nothing', async () => {
    // Its own tab (the harness keeps the first welcome page for its own calls).
    const welcome = await h.openExtensionPage('options.html?tab=2#/welcome');
    await clickText(welcome, 'button', 'Set up my networks');
    await clickText(welcome, 'button', 'Not now');
    await waitForText(welcome, 'Keep Kinlink in sight');
    await waitForText(welcome, 'Firefox puts new extensions behind the puzzle-piece button');
    await new Promise((r) => setTimeout(r, 1200)); // the step asks again every second
    await h.screenshot(welcome, 'welcome-pin');
    await welcome.close();
  });

  it('declares in its manifest every permission the code asks for', async () => {
    const manifest = (await h.welcome.evaluate(() =>
      (
        globalThis as unknown as { browser: { runtime: { getManifest(): unknown } } }
      ).browser.runtime.getManifest(),
    )) as { manifest_version: number; optional_host_permissions: string[]; commands: object };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.optional_host_permissions, 'short-link expansion asks for these').toEqual(
      expect.arrayContaining(['https://amzn.to/*', 'https://*.amazon.com/*']),
    );
    expect(Object.keys(manifest.commands)).toEqual(
      expect.arrayContaining(['_execute_action', 'copy-link']),
    );
  });
});

describe('Firefox: detection and badge', () => {
  it('badges a product page with its price, and not an article', async () => {
    const product = await h.openTab(AMAZON);
    const tabId = await h.tabId(AMAZON);
    expect(await h.waitForBadge(tabId, (t) => t !== ''), 'the short price').toBe('$12');
    // The toolbar's popup for this tab names it: it reads the tab's state at once.
    expect(await h.popupOf(tabId)).toMatch(new RegExp(`/popup\\.html\\?tabId=${tabId}$`));
    const article = await h.openTab('https://www.example-news.com/best-duct-tapes');
    const articleTab = await h.tabId('https://www.example-news.com/best-duct-tapes');
    await new Promise((r) => setTimeout(r, 500));
    expect(await h.badge(articleTab), 'no badge on an article').toBe('');
    await h.screenshot(product, 'amazon-product');
    await Promise.all([product.close(), article.close()]);
  });
});

describe('Firefox: a price that is only text', () => {
  it.each(TEXT_PRICE_PAGES)('%s', async (_, shown) => {
    const page = await h.openTab(shown.url);
    const tabId = await h.tabId(shown.url);
    expect(await h.waitForBadge(tabId, (t) => t !== ''), shown.shows).toBe(shown.badge);
    expect(productAt(await h.storage('session'), shown.url)).toMatchObject(shown.product);
    await h.screenshot(page, shown.shot);
    await page.close();
  });

  it("the same page as the shop's front page: a featured product, not the page's (no badge)", async () => {
    const page = await h.openTab(TEXT_PRICE.front);
    const tabId = await h.tabId(TEXT_PRICE.front);
    // The product page itself, not a 404 that would pass for "no product".
    expect(await page.$eval('h1', (e) => e.textContent)).toBe(TEXT_PRICE.product.title);
    // The content script reported (tabId found), so the badge has had its chance.
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.badge(tabId)).toBe('');
    expect(productAt(await h.storage('session'), TEXT_PRICE.front) ?? null).toBeNull();
    await page.close();
  });
});

describe('Firefox: where detection is off', () => {
  it('reads nothing on a site the user turned off (no report, no badge); other sites still', async () => {
    const saved = (await h.storage('sync')).settings;
    const reportsFor = async (url: string) =>
      Object.values(await h.storage('session')).filter((s) => (s as { url?: string })?.url === url)
        .length;
    const OFF = 'https://www.example-roasters.com/products/sidamo';
    try {
      await h.setSettings({
        detection: { enabled: true, disabledSites: ['example-roasters.com'] },
      });
      const before = await reportsFor(OFF);
      const off = await h.openTab(OFF);
      // A page opened after it on a site still read reports: the first one had its chance.
      const on = await h.openTab(AMAZON);
      expect(await h.waitForBadge(await h.tabId(AMAZON), (t) => t !== ''), 'another site').not.toBe(
        '',
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(await reportsFor(OFF), 'no report from the site turned off').toBe(before);
      await Promise.all([off.close(), on.close()]);
    } finally {
      await h.setSettings(saved ?? {});
    }
  });
});

describe('Firefox: a single-page shop', () => {
  it('in-page navigation moves the badge to the next product, and no event of Kinlink’s reaches the page', async () => {
    const page = await h.browser.newPage();
    await page.evaluateOnNewDocument(listenAsAPage, h.addonId);
    const url = 'https://www.example-spa.com/product/lamp';
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await h.tabId(url);
    expect(await h.waitForBadge(tabId, (t) => t === '$89')).toBe('$89');
    await page.click('#go-chair');
    expect(await h.waitForBadge(tabId, (t) => t === '$149'), 'in-page navigation seen').toBe(
      '$149',
    );
    expect(await page.evaluate(heard)).toEqual([]);
    await h.screenshot(page, 'spa-second-product');
    await page.close();
  });
});

describe('Firefox: settings → popup → copy → history', () => {
  it('an Amazon id set through the settings page is in the popup’s link', async () => {
    const options = await h.openExtensionPage('options.html#/settings');
    await waitForText(options, 'Amazon Associates');
    await options.select('#amazon select', 'amazon.com');
    await options.type('#amazon input', 'foxpicks-20');
    await clickText(options, '#amazon button[type=submit]', 'Add');
    await waitForText(options, 'All changes saved');
    await h.screenshot(options, 'settings');
    expect(await h.storage('sync')).toMatchObject({
      settings: { networks: { amazon: { trackingIds: { 'amazon.com': ['foxpicks-20'] } } } },
    });

    const page = await h.openTab(AMAZON);
    const popup = await h.openExtensionPage(`popup.html?tabId=${await h.tabId(AMAZON)}`);
    await popup.waitForFunction(
      () =>
        (document.getElementById('kinlink-link') as HTMLTextAreaElement | null)?.value !==
        undefined,
    );
    expect(await linkIn(popup)).toBe('https://www.amazon.com/dp/B0783SG446?tag=foxpicks-20');
    await h.screenshot(popup, 'popup-product');
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('Copy link puts the link on the clipboard and in the Links page', async () => {
    const page = await h.openTab(AMAZON);
    const popup = await h.openExtensionPage(`popup.html?tabId=${await h.tabId(AMAZON)}`);
    await clickText(popup, 'button', 'Copy link');
    await byText(popup, 'button', 'Copied');
    expect(await h.clipboard(popup)).toBe('https://www.amazon.com/dp/B0783SG446?tag=foxpicks-20');
    await h.screenshot(popup, 'popup-copied');

    const links = await h.openExtensionPage('options.html#/links');
    await waitForText(links, 'Gorilla Crystal Clear Duct Tape');
    await waitForText(links, 'foxpicks-20');
    // The first read was started by the page's first script (a classic script in its head).
    expect(
      await links.evaluate(() => performance.getEntriesByName('kinlink:first-read').length),
    ).toBe(1);
    await h.screenshot(links, 'links');
    await Promise.all([popup.close(), page.close(), links.close()]);
  });
});

describe('Firefox: the popup’s first paint, drawn before React has loaded', () => {
  it('React takes its place with nothing moved and the focus on the same control', async () => {
    const page = await h.openTab(AMAZON);
    const tabId = await h.tabId(AMAZON);
    const options = await h.openExtensionPage('options.html');
    const paints = await options.evaluate(probeFirstPaint, `popup.html?tabId=${tabId}`);
    expect(paints.plain, 'a first paint without React').toBeDefined();
    expect(Object.keys(paints.plain?.rects ?? {})).toEqual(
      expect.arrayContaining(['#kinlink-link', '.copy-main', '.product-title']),
    );
    expect(paints.react, 'React’s tree in its place').toEqual(paints.plain);
    expect(paints.plain?.focused).toBe('Copy link');
    await Promise.all([options.close(), page.close()]);
  });
});

describe('Firefox: the share row and a narrow options page (issue 12, items 5 and 7)', () => {
  it('More lists the rest, with Amazon’s reasons in words; Esc closes it and gives the focus back', async () => {
    const page = await h.openTab(AMAZON);
    const popup = await h.openExtensionPage(`popup.html?tabId=${await h.tabId(AMAZON)}`);
    await popup.waitForSelector('main[aria-busy="false"]');
    const more = await popup.waitForSelector('button[aria-label="More ways to share"]');
    await more?.focus();
    await popup.keyboard.press('Enter');
    await waitForText(popup, 'Amazon does not allow Associates links in email');
    await h.screenshot(popup, 'popup-share-more');
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'More ways to share',
    );
    await Promise.all([popup.close(), page.close()]);
  });

  it('the options page at 800 px: navigation along the top, titles readable', async () => {
    const links = await h.openExtensionPage('options.html#/links');
    await links.setViewport({ width: 800, height: 600 });
    await waitForText(links, 'Gorilla Crystal Clear Duct Tape');
    const seen = await links.evaluate(() => ({
      wide: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      nav: getComputedStyle(document.querySelector('.sidebar ul') as Element).flexDirection,
      title: (document.querySelector('.row-title') as HTMLElement | null)?.clientWidth ?? 0,
    }));
    expect(seen).toMatchObject({ wide: false, nav: 'row' });
    expect(seen.title).toBeGreaterThanOrEqual(200);
    await h.screenshot(links, 'links-800');
    await links.close();
  });
});

describe('Firefox: copying without the popup', () => {
  it('the copy shortcut (Alt+Shift+L) copies and records the link', async () => {
    const page = await h.openTab(AMAZON);
    const tabId = await h.tabId(AMAZON);
    await h.waitForBadge(tabId, (t) => t === '$12');
    await page.bringToFront();
    const before = (await h.linkCopyCounts()).reduce((a, b) => a + b, 0);
    await h.pressShortcut('L');
    expect(await h.waitForBadge(tabId, (t) => t === '✓', 'the copied tick')).toBe('✓');
    await expect
      .poll(async () => (await h.linkCopyCounts()).reduce((a, b) => a + b, 0), { timeout: 5000 })
      .toBe(before + 1);
    expect(await h.clipboard(page)).toBe('https://www.amazon.com/dp/B0783SG446?tag=foxpicks-20');
    await page.close();
  });

  it('the right-click menu copies and records the link', async () => {
    await h.setSettings({ networks: { amazon: { trackingIds: { 'amazon.com': ['menu-20'] } } } });
    const page = await h.openTab(AMAZON);
    const tabId = await h.tabId(AMAZON);
    await h.waitForBadge(tabId, (t) => t === '$12');
    const before = await h.linkCopyCounts();
    await h.contextMenu(page, 'h1', 'Copy my Kinlink link');
    expect(await h.waitForBadge(tabId, (t) => t === '✓', 'the copied tick')).toBe('✓');
    await expect.poll(() => h.linkCopyCounts(), { timeout: 5000 }).toHaveLength(before.length + 1);
    expect(await h.clipboard(page)).toBe('https://www.amazon.com/dp/B0783SG446?tag=menu-20');
    await page.close();
  });
});

describe('Firefox: short links', () => {
  it('"Expand short link" asks for its permission on the click, then makes the link from the destination', async () => {
    const short = 'https://amzn.to/3kinlnk';
    const page = await h.openTab(short);
    const popup = await h.openExtensionPage(`popup.html?tabId=${await h.tabId(short)}`);
    await waitForText(popup, 'This is a short link');
    await h.screenshot(popup, 'popup-short');
    await clickText(popup, 'button', 'Expand short link');
    await popup.waitForFunction(
      () => (document.getElementById('kinlink-link') as HTMLTextAreaElement | null)?.value,
      { timeout: 15_000 },
    );
    expect(await linkIn(popup), 'the destination’s product, with the user’s tag').toBe(
      'https://www.amazon.com/dp/B0783SG446?tag=menu-20',
    );
    await waitForText(popup, 'Your link to this product');
    const granted = await popup.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { permissions: { contains(p: object): Promise<boolean> } };
        }
      ).browser.permissions.contains({ origins: ['https://amzn.to/*'] }),
    );
    expect(granted, 'the short host may now be read').toBe(true);
    await h.screenshot(popup, 'popup-expanded');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('Firefox: the options page', () => {
  it.each([
    ['#/links', 'Links'],
    ['#/collections', 'Collections'],
    ['#/dashboard', 'Dashboard'],
  ])('%s renders', async (hash, heading) => {
    const page = await h.openExtensionPage(`options.html${hash}`);
    await byText(page, 'h1', heading);
    await h.screenshot(page, `options-${heading.toLowerCase()}`);
    await page.close();
  });
});
