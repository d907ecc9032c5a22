import { amazon } from './amazon';
import { bestbuy } from './bestbuy';
import type { ShopDetector, ShopFindings } from './common';
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
 * known. Adding a shop is its file plus one line here (order: most specific first).
 */
export const SHOPS: readonly ShopDetector[] = [
  amazon,
  ebay,
  etsy,
  walmart,
  target,
  bestbuy,
  costco,
  craigslist,
  shopify,
  woocommerce,
];

export function readShops(doc: Document, url: URL): ShopFindings[] {
  const out: ShopFindings[] = [];
  for (const shop of SHOPS) {
    if (shop.hosts.test(url.hostname)) out.push(shop.read(doc, url));
  }
  return out;
}
