import type { ShopDetector } from './common';

export const target: ShopDetector = {
  hosts: /(^|\.)target\.com$/,
  read: (_doc, url) => ({ ids: { sku: /\/A-(\d+)/.exec(url.pathname)?.[1] } }),
};
