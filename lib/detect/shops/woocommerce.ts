import { first, textOf } from '../dom';
import { priceFrom, type ShopDetector } from './common';

/** WooCommerce: any domain; the single-product body class and its summary price. */
export const woocommerce: ShopDetector = {
  read(doc) {
    // The class attribute as a string: a class list would be made for every page.
    if (!` ${doc.body?.className} `.includes(' single-product ')) return {};
    return {
      title: textOf(first(doc, '.product .product_title')),
      ...priceFrom(doc, ['.summary .price ins .amount', '.summary .price .amount']),
    };
  },
};
