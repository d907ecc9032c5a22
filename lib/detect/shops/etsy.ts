import { first, textOf } from '../dom';
import { priceFrom, type ShopDetector } from './common';

export const etsy: ShopDetector = {
  hint: 'etsy.com',
  hosts: /(^|\.)etsy\.com$/,
  read(doc, url) {
    const itemId = /\/listing\/(\d+)/.exec(url.pathname)?.[1];
    return {
      isProduct: !!itemId,
      title: textOf(
        first(doc, 'h1[data-buy-box-listing-title],[data-buy-box] h1,h1.wt-text-body-03'),
      ),
      ...priceFrom(doc, [
        '[data-buy-box-region="price"] p.wt-text-title-03',
        '[data-buy-box-region="price"] p',
      ]),
      ids: { itemId },
    };
  },
};
