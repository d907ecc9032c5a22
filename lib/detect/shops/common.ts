import { cleanText, first } from '../dom';
import { hostCurrency, parsePrice } from '../price';
import type { ProductFields } from '../types';

/**
 * What every shop detector shares. Shop-specific detectors, gated by URL: the page's own layout beats generic markup where the
 * shop is known (Amazon has no structured data; Etsy's JSON-LD price is not the buy-box price).
 * `isProduct` settles the question for the page when a detector can tell.
 */
export type ShopFindings = ProductFields & { isProduct?: boolean };
export type ShopDetector = { hosts: RegExp; read(doc: Document, url: URL): ShopFindings };

export function priceFrom(doc: ParentNode, selectors: string[], host: string) {
  for (const selector of selectors) {
    const el = first(doc, selector);
    const raw = el?.getAttribute('content') ?? el?.getAttribute('value') ?? el?.textContent ?? '';
    const { amount, currency } = parsePrice(raw, host);
    if (amount !== undefined && amount > 0)
      return { price: amount, currency: currency ?? hostCurrency(host) };
  }
  return {};
}

export function crumbs(doc: Document, selector: string): string | undefined {
  const parts = [...doc.querySelectorAll(selector)]
    .map((a) => cleanText(a.textContent))
    .filter(Boolean);
  return parts.length ? parts.slice(0, 8).join(' › ') : undefined;
}
