/**
 * Amazon's product id, in one place: 10 characters, letters and digits (an ISBN-10 for books).
 * A leaf module: the content script imports it too.
 */
export const ASIN_SOURCE = '[A-Z0-9]{10}';

const WHOLE = new RegExp(`^${ASIN_SOURCE}$`);
const IN_PRODUCT_PATH = new RegExp(`/(?:dp|gp/product|gp/aw/d)/(${ASIN_SOURCE})(?=[/?#]|$)`);

export function isAsin(text: string): boolean {
  return WHOLE.test(text);
}

/** The ASIN in a product address's path ("/Some-Title/dp/B0783SG446/…"), or undefined. */
export function asinInPath(pathOrUrl: string): string | undefined {
  return IN_PRODUCT_PATH.exec(pathOrUrl)?.[1];
}
