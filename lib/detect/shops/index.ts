import { amazon } from './amazon';
import { bestbuy } from './bestbuy';
import type { ShopDetector, ShopFindings, UrlShop } from './common';
import { costco } from './costco';
import { craigslist } from './craigslist';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { shopify } from './shopify';
import { target } from './target';
import { walmart } from './walmart';
import { woocommerce } from './woocommerce';

export type { ShopFindings } from './common';

/**
 * The shop detectors, one file each; a shop's own layout beats generic markup where the shop is
 * known. Adding a shop is its file plus one line here (order: most specific first). SHOPS read
 * the page (in the content script); URL_SHOPS read only the address (where the page is decided).
 */
export const SHOPS: readonly ShopDetector[] = [
  amazon,
  ebay,
  etsy,
  craigslist,
  shopify,
  woocommerce,
];
export const URL_SHOPS: readonly UrlShop[] = [walmart, target, bestbuy, costco];

/** The ids a shop's address names (Walmart's item number, Target's A-number…). */
export function idsFromUrl(url: URL): ShopFindings[] {
  return URL_SHOPS.filter((s) => s.hosts.test(url.hostname)).map((s) => ({ ids: s.ids(url) }));
}

export function readShops(doc: Document, url: URL): ShopFindings[] {
  const out: ShopFindings[] = [];
  const host = url.hostname;
  for (const shop of SHOPS) {
    if (shop.hint && !host.includes(shop.hint)) continue;
    if (!shop.hosts || shop.hosts.test(host)) out.push(shop.read(doc, url));
  }
  return out;
}
