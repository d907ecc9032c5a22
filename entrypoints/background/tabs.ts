import { browser } from 'wxt/browser';
import type { ValidProduct } from '@/lib/messages';
import { badgeText, clearTabState } from '@/lib/tab-state';

export const BADGE_COLOR = '#0d8a7f';

export async function showProductBadge(tabId: number, product: ValidProduct | null): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => {});
  await browser.action.setBadgeText({ tabId, text: badgeText(product) }).catch(() => {});
}

/** A brief confirmation on the icon ("✓" copied, "!" needs you), then back to what it was. */
export async function flashBadge(
  tabId: number,
  text: string,
  restore: string,
  color = BADGE_COLOR,
): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => {});
  await browser.action.setBadgeText({ tabId, text }).catch(() => {});
  setTimeout(() => {
    void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => {});
    void browser.action.setBadgeText({ tabId, text: restore }).catch(() => {});
  }, 1500);
}

/** A new page in a tab starts with no product and no badge; a closed tab is forgotten. */
export function registerTabTracking(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void clearTabState(tabId);
      void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(tabId);
  });
}
