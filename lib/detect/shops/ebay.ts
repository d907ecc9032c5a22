import { cleanText, first } from '../dom';
import { priceFrom, type ShopDetector } from './common';

export const ebay: ShopDetector = {
  hint: 'ebay.',
  hosts: /(^|\.)ebay\.[a-z.]+$/,
  read(doc, url) {
    const itemId = /\/itm\/(?:[^/]+\/)?(\d{9,15})/.exec(url.pathname)?.[1];
    const heading = first(doc, '#itemTitle,h1.x-item-title__mainTitle,h1[itemprop="name"]');
    const hidden = heading?.querySelector('.g-hdn')?.textContent ?? '';
    const title = cleanText((heading?.textContent ?? '').replace(hidden, ''));
    return {
      isProduct: !!itemId,
      title,
      ...priceFrom(doc, ['#prcIsum', '#mm-saleDscPrc', '#prcIsum_bidPrice', '.x-price-primary']),
      ids: { itemId },
    };
  },
};
