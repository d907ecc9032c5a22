import type { ShopDetector } from './common';

export const bestbuy: ShopDetector = {
  hosts: /(^|\.)bestbuy\.(com|ca)$/,
  read: (_doc, url) => ({
    ids: { sku: url.searchParams.get('skuId') ?? /\/(\d{6,8})\.p/.exec(url.pathname)?.[1] },
  }),
};
