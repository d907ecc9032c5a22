import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { productAt, TEXT_PRICE, TEXT_PRICE_PAGES } from './fixture-server';
import { type Harness, launch } from './harness';
import { heard, listenAsAPage } from './page-listener';

let h: Harness;
beforeAll(async () => {
  h = await launch({ name: 'detection' });
});
afterAll(async () => {
  await h?.close();
});
// Any error from Kinlink's own scripts (worker, offscreen document, pages) fails the test.
afterEach(() => h?.expectNoErrors());

describe('detection and the badge, in Chromium', () => {
  it('badges product pages on Amazon and on a shop on another host; not an article or a search page', async () => {
    const cases: [string, boolean][] = [
      ['https://www.amazon.com/dp/B0783SG446', true],
      ['https://www.example-roasters.com/products/sidamo', true],
      ['https://www.example-news.com/best-duct-tapes', false],
      ['https://www.amazon.com/s?k=duct+tape', false],
      // A featured product with its price and buy button, on the shop's front page.
      [TEXT_PRICE.front, false],
    ];
    for (const [url, product] of cases) {
      const page = await h.openTab(url);
      const tabId = await h.tabId(page);
      if (product) {
        expect(await h.waitForBadge(tabId, (t) => t !== ''), url).not.toBe('');
        // The toolbar's popup for this tab names it: it reads the tab's state at once.
        expect(await h.sw().evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId)).toMatch(
          new RegExp(`/popup\\.html\\?tabId=${tabId}$`),
        );
      } else {
        // The page is there (not a 404 that would pass for "no product")…
        expect((await page.textContent('body'))?.trim(), url).not.toBe('not found');
        // …and the content script reported (tabId found), so the badge has had its chance.
        await page.waitForTimeout(300);
        expect(await h.badge(tabId), url).toBe('');
      }
      await h.screenshot(page, new URL(url).hostname + new URL(url).pathname.replace(/\W+/g, '-'));
      await page.close();
    }
  });

  it.each(TEXT_PRICE_PAGES)('%s', async (_, shown) => {
    const page = await h.openTab(shown.url);
    const tabId = await h.tabId(page);
    expect(await h.waitForBadge(tabId, (t) => t !== ''), shown.shows).toBe(shown.badge);
    expect(productAt(await h.storage('session'), shown.url)).toMatchObject(shown.product);
    await h.screenshot(page, shown.shot);
    await page.close();
  });

  it('clears the badge when the tab navigates away', async () => {
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    await page.goto('https://www.example-news.com/best-duct-tapes');
    expect(
      await h.waitForBadge(tabId, (t) => t === ''),
      'no badge after navigating to an article',
    ).toBe('');
    await page.close();
  });

  it('a single-page shop: in-page navigation to a product updates the badge, and back clears it', async () => {
    const page = await h.openTab('https://www.example-spa.com/');
    const tabId = await h.tabId(page);
    await page.waitForTimeout(300);
    expect(await h.badge(tabId)).toBe('');
    await page.click('#go-product');
    expect(await h.waitForBadge(tabId, (t) => t !== ''), 'badge after pushState to a product').toBe(
      '$89',
    );
    await h.screenshot(page, 'spa-product');
    await page.click('#go-home');
    expect(
      await h.waitForBadge(tabId, (t) => t === ''),
      'badge cleared after going back to the home view',
    ).toBe('');
    await page.close();
  });

  it('a single-page shop: from one product to another, the popup shows the second (not the first, not none)', async () => {
    // A shop rule, so the popup shows the product with the user's link.
    await h.setSettings({
      networks: { queryTag: { rules: [{ domains: ['example-spa.com'], set: { ref: 'anna' } }] } },
    });
    const page = await h.openTab('https://www.example-spa.com/product/lamp');
    const tabId = await h.tabId(page);
    expect(await h.waitForBadge(tabId, (t) => t === '$89')).toBe('$89');
    await page.click('#go-chair');
    expect(
      await h.waitForBadge(tabId, (t) => t === '$149'),
      'the badge follows the second product once it renders',
    ).toBe('$149');
    const popup = await h.openPopup(tabId);
    await popup.getByText('Oak side chair').first().waitFor();
    expect(await popup.getByText('Brass desk lamp').count(), 'nothing of the first product').toBe(
      0,
    );
    await expect
      .poll(() => popup.getByRole('textbox', { name: 'Your link' }).inputValue())
      .toBe('https://www.example-spa.com/product/chair?ref=anna');
    await h.screenshot(popup, 'spa-second-product-popup');
    await Promise.all([popup.close(), page.close()]);
    await h.setSettings({});
  });

  it('a page cannot tell Kinlink is there: no event of its reaches the page, nothing is posted to it', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(listenAsAPage, h.extensionId);
    await page.goto('https://www.example-spa.com/product/lamp');
    const tabId = await h.tabId(page);
    expect(await h.waitForBadge(tabId, (t) => t === '$89')).toBe('$89');
    await page.click('#go-chair');
    expect(await h.waitForBadge(tabId, (t) => t === '$149'), 'in-page navigation seen').toBe(
      '$149',
    );
    expect(await page.evaluate(heard)).toEqual([]);
    await page.close();
  });

  it('reads nothing where the user turned detection off (no report, no badge); other sites still', async () => {
    const saved = (await h.storage('sync')).settings;
    const reportsFor = async (url: string) =>
      Object.values(await h.storage('session')).filter((s) => (s as { url?: string })?.url === url)
        .length;
    const OFF = 'https://www.example-roasters.com/products/sidamo';
    const ON = 'https://www.amazon.com/dp/B0783SG446';
    try {
      await h.setSettings({
        detection: { enabled: true, disabledSites: ['example-roasters.com'] },
      });
      const before = await reportsFor(OFF);
      const off = await h.openTab(OFF);
      // A page opened after it on a site still read reports: the first one had its chance.
      const on = await h.openTab(ON);
      expect(await h.waitForBadge(await h.tabId(on), (t) => t !== ''), 'another site').not.toBe('');
      await off.waitForTimeout(300);
      expect(await reportsFor(OFF), 'no report from the site turned off').toBe(before);
      // Off everywhere: not even Amazon is read.
      await h.setSettings({ detection: { enabled: false, disabledSites: [] } });
      const onBefore = await reportsFor(ON);
      const again = await h.openTab(ON);
      await again.waitForTimeout(1000);
      expect(await reportsFor(ON), 'no report anywhere').toBe(onBefore);
      await Promise.all([off.close(), on.close(), again.close()]);
    } finally {
      await h.setSettings(saved ?? {});
    }
  });

  it('never changes the page it reads', async () => {
    const page = await h.openTab('https://www.example-roasters.com/products/sidamo');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
