import { getDatabase } from '@/lib/db';
import { recordAction } from '@/lib/history';
import { createLink } from '@/lib/networks';
import { platform } from '@/lib/platform';
import { loadSettings } from '@/lib/settings-store';
import { draftFrom } from '@/lib/share';
import { badgeText, getTabState } from '@/lib/tab-state';
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
    await platform().openPopup();
    return;
  }
  const copied = await platform().copyText(result.url);
  if (tabId !== undefined)
    await flashBadge(tabId, copied ? '✓' : '!', restore, copied ? '#15803d' : '#b91c1c');
  if (copied && target) {
    // The tab's product only when it is the page being copied (the tab may have moved on).
    const product = fromPage && state?.url === target ? state.product : null;
    await recordAction(getDatabase(), draftFrom(result, target, product), 'copy', 'copy').catch(
      () => {},
    );
  }
}
