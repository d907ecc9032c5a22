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

type Picked<T> = { value: T; source?: ProductSource | undefined } | undefined;

/** The first finding, in source order, whose value `read` accepts. */
function firstOf<T>(findings: Finding[], read: (f: ProductFields) => T | undefined): Picked<T> {
  for (const f of findings) {
    const value = read(f.fields);
    if (value !== undefined) return { value, source: f.source };
  }
  return undefined;
}

const text = (raw: unknown) => cleanText(decodeEntities(String(raw ?? ''))) || undefined;

function normalizeCurrency(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toUpperCase();
  return isCurrencyCode(v) ? v : currencyFromText(value);
}

/**
 * How each field is chosen from the findings, which come in priority order (lib/detect/index.ts,
 * SOURCES). The rule for most fields is "first found wins"; the exceptions say why.
 */
export const FIELD_RULES = {
  title: (findings: Finding[]) => firstOf(findings, (f) => text(f.title)),
  image: (findings: Finding[], page: URL) => firstOf(findings, (f) => safeUrl(f.image, page.href)),
  brand: (findings: Finding[]) => firstOf(findings, (f) => text(f.brand)),
  // Only the last part of a schema.org URL ("https://schema.org/InStock" → "InStock").
  availability: (findings: Finding[]) =>
    firstOf(findings, (f) => text(f.availability)?.replace(/^.*\//, '') || undefined),
  category: (findings: Finding[]) => firstOf(findings, (f) => text(f.category)),
  // Price and currency travel together: the currency of the source that gave the price, else
  // any source's currency, else the shop's country's.
  price: (findings: Finding[], page: URL) => {
    const priced = findings.find(
      (f) =>
        typeof f.fields.price === 'number' && Number.isFinite(f.fields.price) && f.fields.price > 0,
    );
    const currency =
      normalizeCurrency(priced?.fields.currency) ??
      findings.map((f) => normalizeCurrency(f.fields.currency)).find(Boolean) ??
      hostCurrency(page.hostname);
    const price = priced ? (priced.fields.price as number) : undefined;
    return { value: { price, currency }, source: priced?.source };
  },
  // Each id on its own: the shop detector may know the ASIN, JSON-LD the GTIN.
  ids: (findings: Finding[]) => {
    const ids: ProductIds = {};
    for (const key of ['asin', 'gtin', 'sku', 'mpn', 'itemId'] as const) {
      const found = firstOf(findings, (f) => cleanText(f.ids?.[key], 100) || undefined);
      if (found) ids[key] = found.value;
    }
    return { value: ids };
  },
} as const;

/**
 * One product from the findings of every source, field by field (FIELD_RULES). The page's own
 * fallbacks fill what no source gave: its `<h1>`/title, its canonical link, its breadcrumb.
 * Null when there is no title at all.
 */
export function mergeFindings(
  findings: Finding[],
  page: URL,
  fallbacks: PageFallbacks = {},
): ProductInfo | null {
  const sources: ProductInfo['sources'] = {};
  const take = <T>(key: string, picked: Picked<T>): T | undefined => {
    if (picked?.source) sources[key] = picked.source;
    return picked?.value;
  };
  const title = take('title', FIELD_RULES.title(findings)) ?? fallbacks.title?.();
  if (!title) return null;
  const { price, currency } = take('price', FIELD_RULES.price(findings, page)) ?? {};
  // The page's own canonical link beats a source's: it is what the shop says its address is.
  const canonical =
    safeUrl(fallbacks.canonicalLink?.(), page.href) ??
    safeUrl(findings.find((f) => f.fields.canonicalUrl)?.fields.canonicalUrl, page.href) ??
    page.href;
  return {
    url: page.href,
    canonicalUrl: canonical.replace(/#.*$/, ''),
    title,
    price,
    currency,
    image: take('image', FIELD_RULES.image(findings, page)),
    brand: take('brand', FIELD_RULES.brand(findings)),
    ids: FIELD_RULES.ids(findings).value,
    availability: take('availability', FIELD_RULES.availability(findings)),
    category: take('category', FIELD_RULES.category(findings)) ?? fallbacks.category?.(),
    sources,
  };
}
