import { decidePage, decideRead, LOOK } from './detect/decide';
import type { PageRead, ProductInfo } from './detect/types';
import { productInfoSchema, type ValidProduct } from './messages';

/**
 * The product a page shows, decided in the background from what its content script read
 * (lib/detect: read in the page, decided here), then checked as any product is. Null for none,
 * and for anything a hostile page could make the deciding throw on.
 */
export function productFromPage(page: PageRead): ValidProduct | null {
  try {
    return checked(decidePage(page));
  } catch {
    return null;
  }
}

/**
 * The answer to a content script's report: the product (checked as productFromPage's), none, or
 * LOOK — read what the page shows too (its costliest part) and report again, where that could
 * change the answer (decide.ts: decideRead). Null for anything a hostile page could make it throw
 * on.
 */
export function answerFromPage(page: PageRead): ValidProduct | null | typeof LOOK {
  try {
    const found = decideRead(page);
    return found === LOOK ? LOOK : checked(found);
  } catch {
    return null;
  }
}

/** A decided product, checked as every product is (messages.ts); null where it fails. */
const checked = (found: ProductInfo | null): ValidProduct | null =>
  found ? (productInfoSchema.safeParse(found).data ?? null) : null;

/**
 * What identifies the product on screen: its title, price and picture — not its address, which
 * changes before the page does. The content script looks again until this changes.
 */
export function productKey(product: ValidProduct | null): string {
  return product ? `${product.title}|${product.price ?? ''}|${product.image ?? ''}` : '';
}
