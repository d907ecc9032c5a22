import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ name: 'quick-copy' });
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await h.setSettings({ networks: { amazon: { trackingIds: { 'amazon.com': ['quick-20'] } } } });
});
afterAll(async () => {
  await h?.close();
});
// Any error from Kinlink's own scripts (worker, offscreen document, pages) fails the test.
afterEach(() => h?.expectNoErrors());

// Headless Chromium has no browser UI to press a shortcut or open a right-click menu in, so the
// tests fire the very events Chrome fires (commands.onCommand, contextMenus.onClicked) in the
// service worker; everything from the extension's listener onwards is the real code path,
// offscreen document and clipboard included.
type Dispatchable = { dispatch: (...args: unknown[]) => void };

async function clipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function historyCount(): Promise<number[]> {
  const options = await h.openOptions('#/data');
  const counts = await h.linkCopyCounts(options);
  await options.close();
  return counts;
}

describe('copy without opening the popup', () => {
  it('the keyboard command copies the page’s link through the offscreen document, confirms on the badge, and saves it', async () => {
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    await h.sw().evaluate(
      (id) =>
        (chrome.commands.onCommand as unknown as Dispatchable).dispatch('copy-link', {
          id,
          index: 0,
          windowId: 1,
          active: true,
        }),
      tabId,
    );
    expect(
      await h.waitForBadge(tabId, (t) => t === '✓' || t === '!'),
      'a tick on the icon confirms the copy',
    ).toBe('✓');
    expect(await clipboard(page)).toBe('https://www.amazon.com/dp/B0783SG446?tag=quick-20');
    expect(
      await h.waitForBadge(tabId, (t) => t === '$12', 4000),
      'the badge comes back after the tick',
    ).toBe('$12');
    await expect.poll(historyCount).toEqual([1]);
    await page.close();
  });

  it('“Copy my Kinlink link” on a link converts the link’s target — and never someone else’s silently', async () => {
    const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
    const tabId = await h.tabId(page);
    await h.waitForBadge(tabId, (t) => t !== '');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    // The page's link to another product carries someone else's tag: Kinlink must not copy over it.
    await h.sw().evaluate(
      (id) =>
        (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(
          {
            menuItemId: 'kinlink-copy-link',
            linkUrl: 'https://www.amazon.com/dp/B00N150YS4?tag=someone-20',
            editable: false,
            pageUrl: '',
          },
          { id, index: 0, windowId: 1, active: true },
        ),
      tabId,
    );
    expect(
      await h.waitForBadge(tabId, (t) => t === '!' || t === '✓'),
      'someone else’s tag: the icon asks for attention',
    ).toBe('!');
    expect(await clipboard(page), 'nothing was copied').toBe('before');

    await h.sw().evaluate(
      (id) =>
        (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(
          {
            menuItemId: 'kinlink-copy-link',
            linkUrl: 'https://www.amazon.com/Gorilla-Black/dp/B00N150YS4/ref=x',
            editable: false,
            pageUrl: '',
          },
          { id, index: 0, windowId: 1, active: true },
        ),
      tabId,
    );
    expect(await h.waitForBadge(tabId, (t) => t === '✓', 4000)).toBe('✓');
    expect(await clipboard(page)).toBe('https://www.amazon.com/dp/B00N150YS4?tag=quick-20');
    await page.close();
  });

  it('registers both menu items and the command', async () => {
    const commands = await h.sw().evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(['_execute_action', 'copy-link']),
    );
  });
});
