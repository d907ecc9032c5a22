import type { ShopDetector } from './common';

export const costco: ShopDetector = {
  hosts: /(^|\.)costco\.[a-z.]+$/,
  read: (_doc, url) => ({ ids: { itemId: /\.product\.(\d+)\.html/.exec(url.pathname)?.[1] } }),
};
