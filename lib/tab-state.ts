import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { FirstView } from './first-view';
import type { TabState, ValidProduct } from './messages';

/**
 * What the content script found on each tab, kept in session storage so a restarted service
 * worker still knows (and so it is gone when the browser closes: nothing about browsing is kept).
 */
const item = (tabId: number) =>
  storage.defineItem<Omit<TabState, 'tabId'> | null>(`session:tab-${tabId}`, { fallback: null });

export async function getTabState(tabId: number): Promise<TabState> {
  const saved = await item(tabId)
    .getValue()
    .catch(() => null);
  return { tabId, product: null, ...saved };
}

export async function setTabState(
  tabId: number,
  url: string,
  product: ValidProduct | null,
  first?: FirstView,
): Promise<void> {
  await item(tabId).setValue({ url, product, detectedAt: Date.now(), first });
}

/** Replace the popup's first view of a tab (the settings changed), keeping the rest. */
export async function setFirstView(tabId: number, first: FirstView | undefined): Promise<void> {
  const saved = await item(tabId).getValue();
  if (saved) await item(tabId).setValue({ ...saved, first });
}

/** The tabs Kinlink holds a state for. */
export async function tabsWithState(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .map((k) => /^tab-(\d+)$/.exec(k)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
}

export async function clearTabState(tabId: number): Promise<void> {
  await item(tabId).removeValue();
}

/** Badge text: the short price where it fits ("$49", "€1.2k"), else a dot. Empty when no product. */
export function badgeText(product: Pick<ValidProduct, 'price' | 'currency'> | null): string {
  if (!product) return '';
  const { price, currency } = product;
  if (price === undefined || !currency) return '●';
  const symbol = new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  })
    .formatToParts(0)
    .find((p) => p.type === 'currency')?.value;
  if (!symbol || symbol.length > 1) return '●';
  // The badge fits about four characters: "$49", "€1k".
  const short =
    price >= 1_000_000
      ? ''
      : price >= 1000
        ? `${Math.round(price / 1000)}k`
        : String(Math.round(price));
  const text = `${symbol}${short}`;
  return short && text.length <= 4 ? text : '●';
}
