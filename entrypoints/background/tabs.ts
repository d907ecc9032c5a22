import { browser } from 'wxt/browser';
import type { ValidProduct } from '@/lib/messages';
import { platform } from '@/lib/platform';
import { firstViewOf } from '@/lib/popup-view';
import { watchSettings } from '@/lib/settings-store';
import {
  badgeText,
  clearTabState,
  getTabState,
  setFirstView,
  tabsWithState,
} from '@/lib/tab-state';

export const BADGE_COLOR = '#0d8a7f';

export async function showProductBadge(tabId: number, product: ValidProduct | null): Promise<void> {
  await platform()
    .setBadge(tabId, badgeText(product), BADGE_COLOR)
    .catch(() => {}); // the tab closed meanwhile
}

/** A brief confirmation on the icon ("✓" copied, "!" needs you), then back to what it was. */
export async function flashBadge(
  tabId: number,
  text: string,
  restore: string,
  color = BADGE_COLOR,
): Promise<void> {
  await platform()
    .setBadge(tabId, text, color)
    .catch(() => {});
  setTimeout(() => {
    void platform()
      .setBadge(tabId, restore, BADGE_COLOR)
      .catch(() => {});
  }, 1500);
}

/** A new page in a tab starts with no product and no badge; a closed tab is forgotten. */
export function registerTabTracking(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void (async () => {
      // The content script of the new page may have reported already (an in-page navigation
      // reports fast): keep what it said about this very address.
      const state = await getTabState(tabId);
      if (change.url !== undefined && state.url === change.url) return;
      await clearTabState(tabId);
      await platform()
        .setBadge(tabId, '', BADGE_COLOR)
        .catch(() => {});
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(tabId);
  });
}

/** Settings changed (a new tracking id, pictures on): every tab's first popup view is made again. */
export function registerFirstViews(): void {
  watchSettings((settings) => {
    void (async () => {
      for (const tabId of await tabsWithState()) {
        const state = await getTabState(tabId);
        const first = state.url ? firstViewOf(state.url, state.product, settings) : undefined;
        await setFirstView(tabId, first);
      }
    })();
  });
}
