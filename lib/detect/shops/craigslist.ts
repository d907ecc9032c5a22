import { first, textOf } from '../dom';
import { priceFrom, type ShopDetector } from './common';

export const craigslist: ShopDetector = {
  hint: 'craigslist.org',
  hosts: /(^|\.)craigslist\.org$/,
  read(doc, url) {
    const itemId = /\/(\d{8,})\.html$/.exec(url.pathname)?.[1];
    const title = textOf(first(doc, '#titletextonly'));
    return {
      isProduct: !!itemId && !!title,
      title,
      ...priceFrom(doc, ['.postingtitletext .price']),
      ids: { itemId },
    };
  },
};
