import { cleanText, first, textOf } from './dom';
import { decideProduct } from './is-product';
import { productFromJsonLd, readJsonLd } from './json-ld';
import { type Finding, mergeFindings } from './merge';
import { MICRODATA, productFromScope, RDFA, topProductScopes } from './microdata';
import { readMeta } from './open-graph';
import { currencyFromText, parseAmount } from './price';
import { readShops, type ShopFindings } from './shops';
import { PRODUCT_SOURCES, type ProductFields, type ProductInfo, type ProductSource } from './types';

export type { ProductInfo } from './types';

/**
 * Is this page one product, and what is it? Pure: reads the document, never changes it, never
 * throws, and lets nothing unsafe out (text is plain, URLs are absolute http(s)).
 *
 * A declared pipeline: the SOURCES below, in priority order, each find fields; decideProduct
 * (is-product.ts) says whether the page is one product; mergeFindings (merge.ts) picks each field
 * by its rule. A new source is one entry in SOURCES.
 */
export function detectProduct(doc: Document, url: string): ProductInfo | null {
  try {
    return detect(doc, url);
  } catch {
    return null;
  }
}

type StructuredProduct = ProductFields & { hasOffer: boolean };

/** Everything the sources read from a page, once. */
type Evidence = {
  shops: ShopFindings[];
  jsonLd: StructuredProduct[];
  microdata: StructuredProduct[];
  rdfa: StructuredProduct[];
  meta: ReturnType<typeof readMeta>;
  labelled: ProductFields | null;
};

/**
 * What each source found on the page. Every source named in PRODUCT_SOURCES (types.ts) must have
 * its line here, or this does not compile.
 */
const READERS = {
  shop: (ev) => ev.shops,
  'json-ld': (ev) => ev.jsonLd.slice(0, 1),
  microdata: (ev) => ev.microdata.slice(0, 1),
  rdfa: (ev) => ev.rdfa.slice(0, 1),
  'open-graph': (ev) => [ev.meta],
  dom: (ev) => (ev.labelled ? [ev.labelled] : []),
} satisfies Record<ProductSource, (ev: Evidence) => ProductFields[]>;

/** The sources in priority order (PRODUCT_SOURCES): a field comes from the first that has it. */
export const SOURCES = PRODUCT_SOURCES.map((id) => ({ id, read: READERS[id] }));

function detect(doc: Document, href: string): ProductInfo | null {
  const page = new URL(href);
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return null;

  const shops = readShops(doc, page);
  const shopVerdict = shops.find((s) => s.isProduct !== undefined)?.isProduct;
  if (shopVerdict === false) return null;
  const ld = readJsonLd(doc);
  const ev: Evidence = {
    shops,
    jsonLd: distinctByName(ld.products.map(productFromJsonLd)),
    microdata: distinctByName(
      topProductScopes(doc, MICRODATA).map((el) => productFromScope(el, MICRODATA)),
    ),
    rdfa: distinctByName(topProductScopes(doc, RDFA).map((el) => productFromScope(el, RDFA))),
    meta: readMeta(doc),
    labelled: null,
  };
  const structured = ev.jsonLd[0] ?? ev.microdata[0] ?? ev.rdfa[0];
  const verdict = decideProduct({
    shopVerdict,
    products: { jsonLd: ev.jsonLd.length, microdata: ev.microdata.length, rdfa: ev.rdfa.length },
    offered: structured?.hasOffer ?? false,
    productMeta: Boolean(ev.meta.productType),
    metaPrice: ev.meta.price !== undefined,
    metaTitle: Boolean(ev.meta.title),
    article: Boolean(ev.meta.article || ld.article),
  });
  if (verdict === 'no') return null;
  if (verdict === 'maybe-labelled') {
    ev.labelled = readLabelledPrice(doc, page.hostname);
    if (!ev.labelled) return null;
  }
  const findings: Finding[] = SOURCES.flatMap((s) =>
    s.read(ev).map((fields) => ({ source: s.id, fields })),
  );
  return mergeFindings(findings, page, {
    title: () => titleFromDocument(doc),
    canonicalLink: () => first(doc, 'link[rel="canonical" i]')?.getAttribute('href') ?? undefined,
    category: () => breadcrumb(doc),
  });
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
