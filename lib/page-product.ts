import { decidePage, visibleWanted } from './detect/decide';
import type { PageRead } from './detect/types';
import { productInfoSchema, type ValidProduct } from './messages';

/**
 * The product a page shows, decided in the background from what its content script read
 * (lib/detect: read in the page, decided here), then checked as any product is. Null for none,
 * and for anything a hostile page could make the deciding throw on.
 */
export function productFromPage(page: PageRead): ValidProduct | null {
  try {
    const found = decidePage(page);
    return found ? (productInfoSchema.safeParse(found).data ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * Whether the content script should also read what the page shows (its costliest part): only
 * where that could change the answer (decide.ts: visibleWanted). False for anything it throws on.
 */
export function shownWanted(page: PageRead): boolean {
  try {
    return visibleWanted(page);
  } catch {
    return false;
  }
}

/**
 * What identifies the product on screen: its title, price and picture — not its address, which
 * changes before the page does. The content script looks again until this changes.
 */
export function productKey(product: ValidProduct | null): string {
  return product ? `${product.title}|${product.price ?? ''}|${product.image ?? ''}` : '';
}
