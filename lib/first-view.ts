import { browser } from 'wxt/browser';
import type { TabState } from './messages';
import { getTabState } from './tab-state';

/**
 * What the popup paints first for a product link: made by the background when the page reports
 * or the settings change (lib/popup-view.ts, `firstViewOf`), kept with the tab's state in session
 * storage. The popup's first chunk reads it in one storage read and draws it with no parsing, no
 * link engine and no round trip; the full popup takes over a moment later with the same layout.
 */
export type FirstView = {
  /** The tab address it was made for (used only while the tab still shows it). */
  url: string;
  link: string;
  network: string;
  trackingId?: string;
  shop: string;
  product: {
    title: string;
    image?: string;
    price?: number;
    currency?: string;
    availability?: string;
  } | null;
  /** "£8.80 per sale (4%)", already worded; '' for none. */
  estimate: string;
  estimateSource: string;
  /** Which purchases do not earn, where the network says (Amazon); '' for none. */
  notEarning?: string;
  warnings: string[];
  /** What the headline says when there is no product card. */
  headline?: { title: string; hint: string };
};

/** The tab named by the popup's address (`?tabId=`, the shortcut's window), if any. */
export function givenTabId(): number | undefined {
  const param = new URLSearchParams(location.search).get('tabId');
  return param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
}

/** The tab the popup is for: the one named in its address, else the active tab. */
export async function popupTab(): Promise<{ id?: number; url?: string } | undefined> {
  const given = givenTabId();
  return (
    given !== undefined
      ? browser.tabs.get(given)
      : browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0])
  ).catch(() => undefined);
}

/** The same document: equal addresses but for the #fragment. */
export function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/**
 * The popup's tab and what its page reported (kept by the background in session storage). When
 * the popup's address names the tab (the toolbar's popup does), both are read at the same time.
 */
export async function popupTabAndState(): Promise<{
  tabId?: number;
  tab?: { id?: number; url?: string };
  state?: TabState;
}> {
  const given = givenTabId();
  const tabRead = popupTab();
  const stateOf = (id: number | undefined) =>
    id !== undefined ? getTabState(id).catch(() => undefined) : undefined;
  const [tab, state] = await Promise.all([
    tabRead,
    given !== undefined ? stateOf(given) : tabRead.then((t) => stateOf(t?.id)),
  ]);
  return { tabId: given ?? tab?.id, tab, state };
}

/** The first view for the popup's tab, when there is one for the address it shows now. */
export async function readFirstView(): Promise<FirstView | null> {
  const { tab, state } = await popupTabAndState();
  if (tab?.id === undefined) return null;
  const first = state?.first;
  // Without the tab's address (no permission to read it), what the page reported stands, as in
  // the full popup: a tab that navigates loses its state in the background.
  return first && (!tab.url || sameDocument(first.url, tab.url)) ? first : null;
}
