/** What the detector knows about the product on a page. Plain data: it crosses messages. */
export type ProductIds = {
  asin?: string;
  gtin?: string;
  sku?: string;
  mpn?: string;
  itemId?: string;
};

export type ProductSource =
  | 'shop'
  | 'json-ld'
  | 'microdata'
  | 'rdfa'
  | 'open-graph'
  | 'meta'
  | 'dom'
  | 'url';

export type ProductInfo = {
  url: string;
  canonicalUrl: string;
  title: string;
  price?: number;
  currency?: string;
  image?: string;
  brand?: string;
  ids: ProductIds;
  availability?: string;
  category?: string;
  /** Which markup gave each field (field name → source). */
  sources: Record<string, ProductSource>;
};

/** One source's findings, merged field by field (first found wins). */
export type ProductFields = {
  title?: string;
  price?: number;
  currency?: string;
  image?: string;
  brand?: string;
  ids?: ProductIds;
  availability?: string;
  category?: string;
  canonicalUrl?: string;
};
