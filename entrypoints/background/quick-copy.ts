import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db';
import { recordAction } from '@/lib/history';
import { createLink } from '@/lib/networks';
import { loadSettings } from '@/lib/settings-store';
import { draftFrom } from '@/lib/share';
import { badgeText, getTabState } from '@/lib/tab-state';
import { copyFromBackground } from './clipboard';
import { flashBadge } from './tabs';

/**
 * Copy the user's link without opening the popup (right-click menu, keyboard shortcut).
 * Anything that needs the user (someone else's tag, setup, a short link) opens the popup,
 * which explains; nothing is replaced silently.
 */
export async function quickCopy(
  tabId: number | undefined,
  url: string | undefined,
  fromPage: boolean,
): Promise<void> {
  const state = tabId !== undefined ? await getTabState(tabId) : undefined;
  const restore = badgeText(state?.product ?? null);
  const target = url ?? state?.url;
  const result = target ? createLink(target, await loadSettings(), { channel: 'copy' }) : undefined;
  if (!result?.ok) {
    if (tabId !== undefined) await flashBadge(tabId, '!', restore, '#b45309');
    await browser.action.openPopup?.().catch(() => {});
    return;
  }
  const copied = await copyFromBackground(result.url).catch(() => false);
  if (tabId !== undefined)
    await flashBadge(tabId, copied ? '✓' : '!', restore, copied ? '#15803d' : '#b91c1c');
  if (copied && target) {
    const product = fromPage ? state?.product : null;
    await recordAction(getDatabase(), draftFrom(result, target, product), 'copy', 'copy').catch(
      () => {},
    );
  }
}
