import type { UrlShop } from './common';

export const costco: UrlShop = {
  hosts: /(^|\.)costco\.[a-z.]+$/,
  ids: (url) => ({ itemId: /\.product\.(\d+)\.html/.exec(url.pathname)?.[1] }),
};
