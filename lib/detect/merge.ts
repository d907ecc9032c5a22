import { cleanText, decodeEntities, safeUrl } from './dom';
import { currencyFromText, hostCurrency, isCurrencyCode } from './price';
import type { ProductFields, ProductIds, ProductInfo, ProductSource } from './types';

/** What one source found, with the source's name (for `ProductInfo.sources`). */
export type Finding = { source: ProductSource; fields: ProductFields };

/** What the page itself offers when no source gave a field. */
export type PageFallbacks = {
  title?: () => string | undefined;
  canonicalLink?: () => string | undefined;
  category?: () => string | undefined;
};

const text = (raw: unknown) => cleanText(decodeEntities(String(raw ?? ''))) || undefined;

/**
 * The fields taken "first found wins", in source order, each read and made safe by its rule.
 * Price, currency and ids have rules of their own (mergeFindings says why).
 */
export const FIELD_RULES = {
  title: (f: ProductFields) => text(f.title),
  image: (f: ProductFields, page: URL) => safeUrl(f.image && decodeEntities(f.image), page.href),
  brand: (f: ProductFields) => text(f.brand),
  // One of schema.org's names, however the page spelled it ("https://schema.org/InStock",
  // "instock", "In stock"); anything else ("96133") is no availability.
  availability: (f: ProductFields) => {
    const said = text(f.availability)
      ?.replace(/^.*\//, '')
      .replace(/[\s_-]/g, '')
      .toLowerCase();
    return AVAILABILITY.find((name) => name.toLowerCase() === said);
  },
  category: (f: ProductFields) => text(f.category),
} satisfies Record<string, (f: ProductFields, page: URL) => string | undefined>;

/** schema.org's ItemAvailability values. */
const AVAILABILITY = [
  'InStock',
  'OutOfStock',
  'SoldOut',
  'Discontinued',
  'PreOrder',
  'PreSale',
  'BackOrder',
  'LimitedAvailability',
  'OnlineOnly',
  'InStoreOnly',
  'MadeToOrder',
  'Reserved',
];

const ID_KEYS = ['asin', 'gtin', 'sku', 'mpn', 'itemId'] as const;

/** An ISO code, or the currency a price text is written in ("12,99 €" at a .de shop: EUR). */
function currencyOf(value: unknown, host: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return isCurrencyCode(code) ? code : currencyFromText(value.slice(0, 100), host);
}

/**
 * One product from the findings of every source (in priority order), field by field. The
 * page's own fallbacks fill what no source gave. Null when there is no title at all.
 */
export function mergeFindings(
  findings: Finding[],
  page: URL,
  fallbacks: PageFallbacks = {},
): ProductInfo | null {
  const sources: ProductInfo['sources'] = {};
  const pick = (key: keyof typeof FIELD_RULES) => {
    for (const f of findings) {
      const value = FIELD_RULES[key](f.fields, page);
      if (value) {
        sources[key] = f.source;
        return value;
      }
    }
    return undefined;
  };
  const title = pick('title') ?? fallbacks.title?.();
  if (!title) return null;
  // Price and currency travel together: the currency of the source that gave the price, else
  // any source's, else the shop country's.
  const priced = findings.find(
    ({ fields: { price } }) => Number.isFinite(price) && (price as number) > 0,
  );
  if (priced) sources.price = priced.source;
  const currency =
    currencyOf(priced?.fields.currency, page.hostname) ??
    findings.map((f) => currencyOf(f.fields.currency, page.hostname)).find(Boolean) ??
    hostCurrency(page.hostname);
  // Each id on its own: the shop detector may know the ASIN, JSON-LD the GTIN.
  const ids: ProductIds = {};
  for (const key of ID_KEYS) {
    const value = findings.map((f) => cleanText(f.fields.ids?.[key], 100)).find(Boolean);
    if (value) ids[key] = value;
  }
  // The page's own canonical link beats a source's: it is the address the shop gives itself.
  const canonical =
    safeUrl(fallbacks.canonicalLink?.(), page.href) ??
    safeUrl(
      decodeEntities(findings.find((f) => f.fields.canonicalUrl)?.fields.canonicalUrl ?? ''),
      page.href,
    ) ??
    page.href;
  return {
    url: page.href,
    canonicalUrl: canonical.replace(/#.*$/, ''),
    title,
    price: priced?.fields.price,
    currency,
    image: pick('image'),
    brand: pick('brand'),
    ids,
    availability: pick('availability'),
    category: pick('category') ?? fallbacks.category?.(),
    sources,
  };
}
