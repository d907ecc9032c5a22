/** What the detector knows about the product on a page. Plain data: it crosses messages. */
export type ProductIds = {
  asin?: string;
  gtin?: string;
  sku?: string;
  mpn?: string;
  itemId?: string;
};

/** The sources lib/detect/index.ts declares (SOURCES), in their order of priority. */
export const PRODUCT_SOURCES = [
  'shop',
  'json-ld',
  'microdata',
  'rdfa',
  'open-graph',
  'dom',
] as const;
export type ProductSource = (typeof PRODUCT_SOURCES)[number];

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
