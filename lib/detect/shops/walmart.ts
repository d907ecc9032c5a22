import type { ShopDetector } from './common';

export const walmart: ShopDetector = {
  hosts: /(^|\.)walmart\.(com|ca)$/,
  read: (_doc, url) => ({ ids: { itemId: /\/ip\/(?:[^/]+\/)?(\d{5,})/.exec(url.pathname)?.[1] } }),
};
