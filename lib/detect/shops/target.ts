import type { UrlShop } from './common';

export const target: UrlShop = {
  hosts: /(^|\.)target\.com$/,
  ids: (url) => ({ sku: /\/A-(\d+)/.exec(url.pathname)?.[1] }),
};
