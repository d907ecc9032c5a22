import { first, textOf } from '../dom';
import { priceFrom, type ShopDetector } from './common';

/** WooCommerce: any domain; the single-product body class and its summary price. */
export const woocommerce: ShopDetector = {
  hosts: /./,
  read(doc) {
    if (!doc.body?.classList.contains('single-product')) return {};
    return {
      title: textOf(first(doc, '.product .product_title')),
      ...priceFrom(doc, ['.summary .price ins .amount', '.summary .price .amount']),
    };
  },
};
