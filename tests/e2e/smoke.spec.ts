import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ name: 'smoke' });
});
afterAll(async () => {
  await h?.close();
});
// Any error from Kinlink's own scripts (worker, offscreen document, pages) fails the test.
afterEach(() => h?.expectNoErrors());

describe('smoke: the built extension in Chromium', () => {
  it('loads, and its service worker runs', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await h.sw().evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Kinlink');
    expect(manifest.permissions).toEqual(
      expect.arrayContaining([
        'storage',
        'activeTab',
        'contextMenus',
        'clipboardWrite',
        'offscreen',
      ]),
    );
  });

  it('runs the content script on https://www.amazon.com/dp/… and badges the tab', async () => {
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    const tabId = await h.tabId(page);
    expect(await h.waitForBadge(tabId, (t) => t !== ''), 'a product page gets a badge').toBe('$12');
    const session = await h.storage('session');
    expect(session[`tab-${tabId}`]).toMatchObject({
      product: { title: expect.stringContaining('Gorilla'), ids: { asin: 'B0783SG446' } },
    });
    await h.screenshot(page, 'amazon-product-page');
    await page.close();
  });

  it('renders the popup and the options page without console errors', async () => {
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    const popup = await h.openPopup(tabId);
    await popup.getByRole('heading').first().waitFor();
    await h.screenshot(popup, 'popup');
    const options = await h.openOptions();
    await options.getByRole('heading').first().waitFor();
    await h.screenshot(options, 'options');
    expect(h.consoleErrors, h.consoleErrors.join('\n')).toEqual([]);
    await Promise.all([popup.close(), options.close(), page.close()]);
  });

  it('opens the real action popup (the unmodified path)', async () => {
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    await page.bringToFront();
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    await h.sw().evaluate(() => chrome.action.openPopup());
    const cdp = await h.context.browser()?.newBrowserCDPSession();
    let popupTarget: { targetId: string; url: string } | undefined;
    for (let i = 0; i < 50 && !popupTarget; i++) {
      const { targetInfos } = (await cdp?.send('Target.getTargets')) ?? { targetInfos: [] };
      // The tab's popup names the tab (the background set it when the page reported).
      popupTarget = targetInfos.find((t) => t.url.endsWith(`/popup.html?tabId=${tabId}`));
      if (!popupTarget) await new Promise((r) => setTimeout(r, 100));
    }
    expect(popupTarget, 'the action popup opened').toBeDefined();
    await page.close();
  });
});

describe('budgets', () => {
  it('the content script, which runs on every page, stays within 8 KB gzipped', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'product.js'));
    expect(gzipSync(script).length, 'gzipped bytes').toBeLessThanOrEqual(8 * 1024);
  });
});

describe('the error watch itself', () => {
  it('an error thrown in the service worker is caught (so a real one fails its test)', async () => {
    await h.sw().evaluate(() => {
      setTimeout(() => {
        throw new Error('kinlink-harness-probe');
      });
    });
    await expect
      .poll(() => h.consoleErrors.some((e) => e.includes('kinlink-harness-probe')), {
        timeout: 5000,
      })
      .toBe(true);
    expect(() => h.expectNoErrors()).toThrow(/kinlink-harness-probe/);
  });
});

describe('robustness', () => {
  it('a restarted service worker loses nothing: the popup still knows the tab’s product', async () => {
    await h.setSettings({
      networks: { amazon: { trackingIds: { 'amazon.com': ['restart-20'] } } },
    });
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    // Mark this worker, then stop it, as Chrome does to an idle one.
    await h.sw().evaluate(() => {
      (globalThis as { kinlinkMarker?: number }).kinlinkMarker = 1;
    });
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const popup = await h.openPopup(tabId);
    await expect
      .poll(() => popup.getByRole('textbox', { name: 'Your link' }).inputValue(), {
        timeout: 15_000,
      })
      .toBe('https://www.amazon.com/dp/B0783SG446?tag=restart-20');
    await expect
      .poll(() => popup.getByRole('heading', { level: 2 }).first().textContent())
      .toContain('Gorilla');
    const marker = await h.context
      .serviceWorkers()
      .at(-1)
      ?.evaluate(() => (globalThis as { kinlinkMarker?: number }).kinlinkMarker)
      .catch(() => 'gone');
    expect(marker, 'the popup was answered by a fresh worker').not.toBe(1);
    await Promise.all([popup.close(), page.close()]);
  });
});
