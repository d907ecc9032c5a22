import { cleanText, decodeEntities, first, safeUrl, textOf } from './dom';
import { productFromJsonLd, readJsonLd } from './json-ld';
import { MICRODATA, productFromScope, RDFA, topProductScopes } from './microdata';
import { readMeta } from './open-graph';
import { currencyFromText, hostCurrency, isCurrencyCode, parseAmount } from './price';
import { readShops } from './shops';
import type { ProductFields, ProductIds, ProductInfo, ProductSource } from './types';

export type { ProductInfo } from './types';

type Finding = { source: ProductSource; fields: ProductFields };

/**
 * Is this page one product, and what is it? Pure: reads the document, never changes it, never
 * throws, and lets nothing unsafe out (text is plain, URLs are absolute http(s)).
 * Sources are merged field by field, first found wins: shop detectors → JSON-LD → microdata →
 * RDFa → OpenGraph/product meta → the page's own labels → URL shape.
 */
export function detectProduct(doc: Document, url: string): ProductInfo | null {
  try {
    return detect(doc, url);
  } catch {
    return null;
  }
}

function detect(doc: Document, href: string): ProductInfo | null {
  const page = new URL(href);
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return null;

  const shops = readShops(doc, page);
  const verdict = shops.find((s) => s.isProduct !== undefined)?.isProduct;
  if (verdict === false) return null;

  const ld = readJsonLd(doc);
  const ldProducts = distinctByName(ld.products.map(productFromJsonLd));
  const micro = distinctByName(
    topProductScopes(doc, MICRODATA).map((el) => productFromScope(el, MICRODATA)),
  );
  const rdfa = distinctByName(topProductScopes(doc, RDFA).map((el) => productFromScope(el, RDFA)));
  const meta = readMeta(doc);

  if (verdict !== true) {
    // Many products: a listing or search page. An article that mentions a product: not a shop page.
    if (ldProducts.length > 1 || micro.length > 1 || rdfa.length > 1) return null;
    if (meta.article || ld.article) return null;
  }
  const structured = ldProducts[0] ?? micro[0] ?? rdfa[0];
  const findings: Finding[] = shops.map((fields) => ({ source: 'shop', fields }));
  if (ldProducts[0]) findings.push({ source: 'json-ld', fields: ldProducts[0] });
  if (micro[0]) findings.push({ source: 'microdata', fields: micro[0] });
  if (rdfa[0]) findings.push({ source: 'rdfa', fields: rdfa[0] });
  findings.push({ source: 'open-graph', fields: meta });

  let isProduct = verdict === true;
  if (!isProduct && structured) {
    // A Product with no offer and no product signal is a thing described, not sold (a loan, a game review).
    isProduct = structured.hasOffer || meta.productType || meta.price !== undefined;
  }
  if (!isProduct && !structured && meta.productType && meta.title) isProduct = true;
  if (!isProduct && !structured && !meta.productType) {
    const labelled = readLabelledPrice(doc, page.hostname);
    if (labelled) {
      findings.push({ source: 'dom', fields: labelled });
      isProduct = true;
    }
  }
  if (!isProduct) return null;
  return merge(findings, doc, page);
}

/**
 * One entry per named product: fragments without a name are not products of their own, and the
 * same product marked up twice (a shell and its detail block) counts once, its offer preferred.
 */
function distinctByName<T extends { title?: string; hasOffer: boolean }>(items: T[]): T[] {
  const byName = new Map<string, T>();
  for (const item of items) {
    if (!item.title) continue;
    const seen = byName.get(item.title);
    if (!seen || (!seen.hasOffer && item.hasOffer)) byName.set(item.title, item);
  }
  return [...byName.values()];
}

const FIELDS = ['title', 'image', 'brand', 'availability', 'category'] as const;
const ID_KEYS = ['asin', 'gtin', 'sku', 'mpn', 'itemId'] as const;

function merge(findings: Finding[], doc: Document, page: URL): ProductInfo | null {
  const sources: ProductInfo['sources'] = {};
  const pick = <K extends (typeof FIELDS)[number]>(key: K): string | undefined => {
    for (const f of findings) {
      const raw = f.fields[key];
      const value =
        key === 'image' ? safeUrl(raw, page.href) : cleanText(decodeEntities(String(raw ?? '')));
      if (value) {
        sources[key] = f.source;
        return value;
      }
    }
    return undefined;
  };
  const title = pick('title') ?? titleFromDocument(doc);
  if (!title) return null;

  // Price and currency travel together: the currency of the source that gave the price.
  let price: number | undefined;
  let currency: string | undefined;
  for (const f of findings) {
    const p = f.fields.price;
    if (typeof p === 'number' && Number.isFinite(p) && p > 0) {
      price = p;
      currency = normalizeCurrency(f.fields.currency);
      sources.price = f.source;
      break;
    }
  }
  currency ??=
    findings.map((f) => normalizeCurrency(f.fields.currency)).find(Boolean) ??
    hostCurrency(page.hostname);

  const ids: ProductIds = {};
  for (const key of ID_KEYS) {
    for (const f of findings) {
      const value = cleanText(f.fields.ids?.[key], 100);
      if (value) {
        ids[key] = value;
        break;
      }
    }
  }
  const canonical =
    safeUrl(first(doc, 'link[rel="canonical" i]')?.getAttribute('href'), page.href) ??
    safeUrl(findings.find((f) => f.fields.canonicalUrl)?.fields.canonicalUrl, page.href) ??
    page.href;
  const canonicalUrl = canonical.replace(/#.*$/, '');
  const category = pick('category') ?? breadcrumb(doc);

  return {
    url: page.href,
    canonicalUrl,
    title,
    price,
    currency,
    image: pick('image'),
    brand: pick('brand'),
    ids,
    availability: pick('availability')?.replace(/^.*\//, ''),
    category,
    sources,
  };
}

function normalizeCurrency(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toUpperCase();
  if (isCurrencyCode(v)) return v;
  return currencyFromText(value);
}

function titleFromDocument(doc: Document): string | undefined {
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length === 1) return textOf(h1s[0]);
  const title = cleanText(doc.title);
  if (!title) return undefined;
  // "Shop name - Product name": the longest part is the product.
  return title.split(/\s+[-|–—:]\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

function breadcrumb(doc: Document): string | undefined {
  const links = doc.querySelectorAll(
    '[itemtype$="BreadcrumbList"] [itemprop="name"],nav[aria-label*="breadcrumb" i] a,.breadcrumb a,.breadcrumbs a',
  );
  const parts = [...links]
    .slice(0, 10)
    .map((el) => cleanText(el.textContent, 80))
    .filter(Boolean);
  return parts.length > 1 ? parts.join(' › ') : undefined;
}

/** The page's readable text (no scripts, styles or templates), up to `max` characters. */
function pageText(doc: Document, max: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    if (!/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(node.parentElement?.tagName ?? ''))
      text += `${node.nodeValue ?? ''}\n`;
  }
  return text.slice(0, max);
}

const PRICE_LABEL =
  /(?:^|[\s>])(?:price|our price|preis|prix|precio|prezzo|prijs|pris|cena)\s*:\s*([^\n<]{1,30})/gi;

/**
 * The last resort for pages with no markup at all (small shops, classifieds): exactly one
 * "Price: £60" on the page. More than one different price means it is not one product.
 */
function readLabelledPrice(doc: Document, host: string): ProductFields | null {
  const text = pageText(doc, 300_000);
  const prices = new Set<string>();
  let found: ProductFields | null = null;
  for (const m of text.matchAll(PRICE_LABEL)) {
    const raw = m[1] ?? '';
    const amount = parseAmount(raw);
    const currency = currencyFromText(raw, host);
    if (amount === undefined || !currency) continue;
    prices.add(`${amount}${currency}`);
    found = { price: amount, currency };
    if (prices.size > 1) return null;
  }
  return found;
}
