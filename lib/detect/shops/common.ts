import { cleanText, first } from '../dom';
import { parseAmount } from '../price';
import type { ProductFields, ProductIds } from '../types';

/**
 * What every shop detector shares. Shop-specific detectors, gated by URL: the page's own layout beats generic markup where the
 * shop is known (Amazon has no structured data; Etsy's JSON-LD price is not the buy-box price).
 * `isProduct` settles the question for the page when a detector can tell.
 */
export type ShopFindings = ProductFields & { isProduct?: boolean };
export type ShopDetector = {
  /** The shop's hosts; none for a platform any domain may run (its read() tells by the page). */
  hosts?: RegExp;
  /**
   * Text every one of its hosts contains: tested first, so that on other shops' pages (nearly
   * all of them) the content script never compiles the `hosts` pattern.
   */
  hint?: string;
  read(doc: Document, url: URL): ShopFindings;
};
/**
 * A shop whose address alone names the product (its item number): read where the page is
 * decided (decide.ts), so the content script does not carry it.
 */
export type UrlShop = { hosts: RegExp; ids(url: URL): ProductIds };

/**
 * The first of `selectors` that shows an amount: the amount, and the text it is written in as
 * its currency (read with the shop's country where the page is decided: merge.ts).
 */
export function priceFrom(doc: ParentNode, selectors: string[]) {
  for (const selector of selectors) {
    const el = first(doc, selector);
    const raw = (
      el?.getAttribute('content') ??
      el?.getAttribute('value') ??
      el?.textContent ??
      ''
    ).slice(0, 100);
    const amount = parseAmount(raw);
    if (amount !== undefined && amount > 0) return { price: amount, currency: raw };
  }
  return {};
}

export function crumbs(doc: Document, selector: string): string | undefined {
  const parts = [...doc.querySelectorAll(selector)]
    .map((a) => cleanText(a.textContent))
    .filter(Boolean);
  return parts.length ? parts.slice(0, 8).join(' › ') : undefined;
}
