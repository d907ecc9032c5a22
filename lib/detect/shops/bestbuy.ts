import type { UrlShop } from './common';

export const bestbuy: UrlShop = {
  hosts: /(^|\.)bestbuy\.(com|ca)$/,
  ids: (url) => ({
    sku: url.searchParams.get('skuId') ?? /\/(\d{6,8})\.p/.exec(url.pathname)?.[1],
  }),
};
