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
  /** An ISO code, or the text the price was written in ("12,99 €"): read where it is decided. */
  currency?: string;
  image?: string;
  brand?: string;
  ids?: ProductIds;
  availability?: string;
  category?: string;
  canonicalUrl?: string;
};

/**
 * What the visible-price reader (visible.ts) saw, when no structured source priced the page: the
 * best candidates in the order a shopper's eye would take them. The amounts and currencies are
 * read from their text where the page is decided (decide.ts), not in the page.
 */
export type VisibleRead = {
  /**
   * The "add to cart" controls read after the heading, up to the first that can be used (more
   * are not read): none means the page shows no way to buy.
   */
  buy: number;
  /** The page's language ("de-AT"): its region names the currency a bare amount is in. */
  lang: string;
  candidates: {
    /** The candidate's text as the eye reads it ("12.99 €", "Now $52.00"). */
    text: string;
    /** The text of the product's heading beside it (decide.ts takes out prices set in it). */
    title?: string;
  }[];
  /** The start of the best candidate's box (the one it shares with the heading): "Sold out"? */
  box?: string;
  /** Every buy button read is disabled (none can be used today). */
  off?: boolean;
  /**
   * Pages with no heading (small shops, classifieds): each amount with a currency sign and the
   * text before it ("Price: £60"); exactly one labelled price makes the page one product.
   */
  labelled?: string[];
};

/**
 * Everything the content script reads from a page, as plain data: the background decides from it
 * (decide.ts), so the page carries only readers and no parsing tables. Bounded: every list and
 * text is capped where it is read (DETECTION in lib/limits.ts) and again where it is received.
 */
export type PageRead = {
  url: string;
  shops: (ProductFields & { isProduct?: boolean })[];
  /** The text of each JSON-LD block, unparsed. */
  jsonLd: string[];
  microdata: (ProductFields & { hasOffer: boolean })[];
  rdfa: (ProductFields & { hasOffer: boolean })[];
  /** OpenGraph and product meta tags; `productType`: og:type product, `article`: an article. */
  meta: ProductFields & { productType: boolean; article: boolean };
  /** What the page itself offers when no source gives a field. */
  page: { title?: string; h1?: string; canonical?: string; crumbs?: string };
  visible?: VisibleRead;
};
