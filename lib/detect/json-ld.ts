import { DETECTION } from '../limits';
import { cleanText } from './dom';
import { parseAmount } from './price';
import type { ProductFields } from './types';

/** Limits that keep a hostile page from costing the user anything (and DETECTION's). */
const MAX_DEPTH = 24;
const MAX_NODES = 20_000;

type Node = Record<string, unknown>;

const PRODUCT_TYPES = new Set([
  'product',
  'productgroup',
  'individualproduct',
  'productmodel',
  'vehicle',
  'car',
]);
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'reportagenewsarticle',
  'review',
  'techarticle',
]);

function typesOf(node: Node): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

const isObject = (v: unknown): v is Node =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export type JsonLdFindings = {
  products: Node[];
  /** The page says it is an article (or a list of products). */
  article: boolean;
  list: boolean;
};

/**
 * Read every JSON-LD block (their texts, as the page holds them: read.ts). Products count only where a page puts its main entity: at the top
 * level, in @graph, or as a page's mainEntity — not a Product a Review or Article talks about.
 */
export function readJsonLd(texts: string[]): JsonLdFindings {
  const found: JsonLdFindings = { products: [], article: false, list: false };
  let budget = MAX_NODES;
  const visitTop = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || budget-- <= 0) return;
    if (Array.isArray(value)) {
      for (const v of value) visitTop(v, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    const types = typesOf(value);
    if (types.some((t) => PRODUCT_TYPES.has(t))) found.products.push(value);
    if (types.some((t) => ARTICLE_TYPES.has(t))) found.article = true;
    if (types.includes('itemlist') || types.includes('offercatalog')) {
      const items = value.itemListElement;
      if (Array.isArray(items) && items.length > 1) found.list = true;
    }
    if ('@graph' in value) visitTop(value['@graph'], depth + 1);
    const main = value.mainEntity;
    if (main && types.some((t) => t.endsWith('page'))) visitTop(main, depth + 1);
  };
  for (const text of texts.slice(0, DETECTION.jsonLdBlocks)) {
    if (text.length > DETECTION.jsonLdChars) continue;
    try {
      visitTop(JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, '')), 0);
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return found;
}

function str(v: unknown): string | undefined {
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v.name ?? v['@value'] ?? v.url ?? v['@id']);
  return cleanText(v);
}

/** Every offer price a shopper could pay now, from Offer, [Offer] and AggregateOffer. */
function offerPrices(
  offers: unknown,
  depth = 0,
): { price: number; currency?: string; availability?: string }[] {
  if (depth > 4) return [];
  if (Array.isArray(offers)) return offers.slice(0, 100).flatMap((o) => offerPrices(o, depth + 1));
  if (!isObject(offers)) return [];
  const currency = str(offers.priceCurrency);
  const availability = str(offers.availability)?.replace(/^.*\//, '');
  const out: { price: number; currency?: string; availability?: string }[] = [];
  const spec = offers.priceSpecification;
  const specs = (Array.isArray(spec) ? spec : [spec]).filter(isObject);
  const candidates: unknown[] = [offers.price, offers.lowPrice];
  for (const s of specs) {
    const kind = str(s.priceType) ?? '';
    if (!/list|strikethrough|msrp|srp/i.test(kind)) candidates.push(s.price);
  }
  for (const c of candidates) {
    const price = typeof c === 'number' ? c : typeof c === 'string' ? parseAmount(c) : undefined;
    if (price !== undefined && price > 0) {
      out.push({ price, currency: currency ?? str(specs[0]?.priceCurrency), availability });
      break;
    }
  }
  if (offers.offers) out.push(...offerPrices(offers.offers, depth + 1));
  return out;
}

export function productFromJsonLd(node: Node): ProductFields & { hasOffer: boolean } {
  // A ProductGroup's variants carry the offers.
  const variants = Array.isArray(node.hasVariant)
    ? node.hasVariant.filter(isObject).slice(0, 100)
    : [];
  const prices = [...offerPrices(node.offers), ...variants.flatMap((v) => offerPrices(v.offers))];
  const inStock = prices.filter(
    (p) => !/outofstock|discontinued|soldout/i.test(p.availability ?? ''),
  );
  const pool = inStock.length > 0 ? inStock : prices;
  const best = pool.reduce<(typeof pool)[number] | undefined>(
    (a, b) => (!a || b.price < a.price ? b : a),
    undefined,
  );
  // An offer with no price still says the currency of its shop and whether it can be bought.
  const offer = [node.offers, ...variants.map((v) => v.offers)]
    .flatMap((o) => (Array.isArray(o) ? o : [o]))
    .find(isObject);
  const gtin = str(
    node.gtin13 ?? node.gtin ?? node.gtin12 ?? node.gtin14 ?? node.gtin8 ?? node.isbn,
  )?.replace(/\D/g, '');
  return {
    title: str(node.name),
    price: best?.price,
    currency: best?.currency ?? str(offer?.priceCurrency),
    availability: best?.availability ?? str(offer?.availability)?.replace(/^.*\//, ''),
    image: str(node.image),
    brand: str(node.brand ?? node.manufacturer),
    category: str(node.category),
    ids: {
      sku: str(node.sku),
      mpn: str(node.mpn),
      gtin: gtin && gtin.length >= 8 ? gtin : undefined,
      itemId: str(node.productID)?.replace(/^[a-z]+:/i, ''),
    },
    hasOffer: prices.length > 0,
  };
}
