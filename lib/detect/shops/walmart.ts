import type { UrlShop } from './common';

export const walmart: UrlShop = {
  hosts: /(^|\.)walmart\.(com|ca)$/,
  ids: (url) => ({ itemId: /\/ip\/(?:[^/]+\/)?(\d{5,})/.exec(url.pathname)?.[1] }),
};
