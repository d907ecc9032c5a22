import { cleanText } from './dom';
import { addressShowsNoProduct, decideProduct } from './is-product';
import { productFromJsonLd, readJsonLd } from './json-ld';
import { type Finding, mergeFindings } from './merge';
import { currencyFromText, hostCurrency, parseAmount } from './price';
import { idsFromUrl } from './shops';
import {
  type PageRead,
  PRODUCT_SOURCES,
  type ProductFields,
  type ProductInfo,
  type ProductSource,
  type VisibleRead,
} from './types';

/**
 * Is this page one product, and what is it — decided from what the content script read (read.ts),
 * in the background, where the parsing tables cost the page nothing. Pure; treats every field as
 * a hostile page's (it is one), and lets nothing unsafe out (merge.ts).
 *
 * A declared pipeline: the SOURCES below, in priority order, each give fields; decideProduct
 * (is-product.ts) says whether the page is one product; mergeFindings (merge.ts) picks each field
 * by its rule. A new source is one entry in SOURCES.
 */
export function decidePage(read: PageRead): ProductInfo | null {
  const w = weigh(read);
  return w && decideWeighed(read, w);
}

/** decideRead's third answer: read what the page shows (visible.ts) too, then decide. */
export const LOOK = 'look';

/**
 * decidePage's answer, or LOOK where what the page shows (its heading, the price beside it, its
 * buy button) could change it and was not read: no structured source prices the page, and
 * nothing says it is not one product (a shop's verdict, an article, a listing). The sources are
 * weighed once for both questions.
 */
export function decideRead(read: PageRead): ProductInfo | null | typeof LOOK {
  const w = weigh(read);
  if (!w) return null;
  if (!read.visible && w.verdict !== 'no' && !w.findings.some(priced)) return LOOK;
  return decideWeighed(read, w);
}

/** Whether the content script should read what the page shows: decideRead would ask for it. */
export function visibleWanted(read: PageRead): boolean {
  return decideRead(read) === LOOK;
}

const priced = ({ fields: { price } }: Finding) => Number.isFinite(price) && (price as number) > 0;

function decideWeighed(read: PageRead, { page, ev, verdict, findings }: Weighed) {
  if (verdict === 'no') return null;
  // No markup says "product": the page must show one — its price, and a way to buy it (or a
  // "sold out" where the buy button would be).
  const shown = read.visible?.buy || ev.seen?.availability || read.visible?.labelled?.length;
  if (verdict === 'maybe' && !(ev.seen?.price && shown)) return null;
  const product = mergeFindings(findings, page, {
    title: () => read.page.h1 ?? titleFromDocument(read.page.title),
    canonicalLink: () => read.page.canonical,
    category: () => read.page.crumbs,
  });
  return product && { ...product, title: asShown(product.title, read.page.h1) };
}

type Weighed = NonNullable<ReturnType<typeof weigh>>;

/** What every source says about the page, and the verdict on whether it is one product. */
function weigh(read: PageRead) {
  const page = new URL(read.url);
  const shopVerdict = read.shops.find((s) => s.isProduct !== undefined)?.isProduct;
  if (shopVerdict === false) return null;
  const ld = readJsonLd(read.jsonLd);
  const ev: Evidence = {
    shops: [...read.shops, ...idsFromUrl(page)],
    jsonLd: distinctByName(ld.products.map(productFromJsonLd)),
    microdata: distinctByName(read.microdata),
    rdfa: distinctByName(read.rdfa),
    meta: read.meta,
    seen: read.visible ? fromVisible(read.visible, page.hostname) : null,
  };
  const structured = ev.jsonLd[0] ?? ev.microdata[0] ?? ev.rdfa[0];
  const verdict = decideProduct({
    shopVerdict,
    products: { jsonLd: ev.jsonLd.length, microdata: ev.microdata.length, rdfa: ev.rdfa.length },
    offered: structured?.hasOffer ?? false,
    productMeta: Boolean(read.meta.productType),
    metaPrice: read.meta.price !== undefined,
    metaTitle: Boolean(read.meta.title),
    article: Boolean(read.meta.article || ld.article),
    notProductAddress: addressShowsNoProduct(page),
  });
  const findings: Finding[] = SOURCES.flatMap((s) =>
    s.read(ev).map((fields) => ({ source: s.id, fields })),
  );
  return { page, ev, verdict, findings };
}

/**
 * The name as the page shows it: where the markup's name is the page's one heading plus a
 * decoration (": 9781782399636", "| ShopName"), the heading is what a shopper reads. (Not the
 * other way round: a heading's extra words can be hidden ones, "Details about …".)
 */
function asShown(title: string, h1: string | undefined): string {
  const shown = withoutPrices(h1);
  if (!shown || shown.length < 8 || shown === title) return title;
  const [a, b] = [title.toLowerCase(), shown.toLowerCase()];
  return a.includes(b) ? shown : title;
}

type StructuredProduct = ProductFields & { hasOffer: boolean };

/** What the sources give, once. */
type Evidence = {
  shops: ProductFields[];
  jsonLd: StructuredProduct[];
  microdata: StructuredProduct[];
  rdfa: StructuredProduct[];
  meta: ProductFields;
  /** What the page shows (visible.ts), read only when no structured source priced it. */
  seen: ProductFields | null;
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
  dom: (ev) => (ev.seen ? [ev.seen] : []),
} satisfies Record<ProductSource, (ev: Evidence) => ProductFields[]>;

/** The sources in priority order (PRODUCT_SOURCES): a field comes from the first that has it. */
export const SOURCES = PRODUCT_SOURCES.map((id) => ({ id, read: READERS[id] }));

/** "Price: £60": a label, and what follows it. */
const PRICE_LABEL =
  /(?:^|\s)(?:price|our price|preis|prix|precio|prezzo|prijs|pris|cena)\s*:\s*(.{1,30})$/i;

/** What a page says near the product when it cannot be bought today. */
const GONE =
  /out of stock|sold out|no longer available|currently unavailable|ausverkauft|nicht (mehr )?verfügbar|nicht lieferbar|épuisé|rupture de stock|agotado|esaurito|niedostępn|нет в наличии|není skladem|uitverkocht|在庫切れ|品切れ/i;

/**
 * The visible price: the first candidate (best first) whose text reads as an amount, in the
 * currency it shows, else the shop country's (its domain, else its language's region: "en-GB"),
 * else — at a .com in no region — the currency the first amount in its box that shows one is in
 * ("649.99" under "List price: US $1,899.99").
 */
function fromVisible(seen: VisibleRead, host: string): ProductFields | null {
  const local = hostCurrency(host) ?? hostCurrency(`.${seen.lang.slice(-2)}`);
  // The last resort, for pages with no markup at all: exactly one "Price: £60" on the page,
  // with its currency shown.
  const labels = new Set(
    (seen.labelled ?? []).map((t) => PRICE_LABEL.exec(t)?.[1]?.trim()).filter(Boolean),
  );
  if (!seen.candidates.length && labels.size === 1) {
    const [label = ''] = labels;
    const price = parseAmount(label);
    const currency = currencyFromText(label, host);
    return price && currency ? { price, currency } : null;
  }
  for (const c of seen.candidates) {
    const price = parseAmount(c.text.replace(/^\D*?:\s*/, ''));
    if (!price) continue;
    return {
      title: withoutPrices(c.title),
      price,
      currency: currencyFromText(c.text, host) ?? local ?? boxCurrency(seen.box, host),
      availability: visibleStock(seen),
    };
  }
  return null;
}

/** The currency of the first amount in the product's box that shows one. */
function boxCurrency(box: string | undefined, host: string): string | undefined {
  for (const [amount] of (box ?? '').matchAll(/[^\s\d]{0,3}\s?\d[\d.,]*\s?[^\s\d]{0,3}/g)) {
    const currency = currencyFromText(amount, host);
    if (currency) return currency;
  }
  return undefined;
}

/**
 * In stock or not, as the page shows it: a buy button that can be used says it can be bought
 * (a "sold out" near it is then another variant's or a message the page keeps hidden); only
 * disabled ones, or none with "sold out" beside the price, say it cannot.
 */
function visibleStock(seen: VisibleRead): string | undefined {
  if (seen.buy && !seen.off) return 'InStock';
  return seen.off || GONE.test(seen.box ?? '') ? 'OutOfStock' : undefined;
}

/** A heading's words without the prices some shops set inside it ("Jacket $24.99 $39.99"). */
function withoutPrices(title: string | undefined): string | undefined {
  return cleanText(
    title?.replace(/(?:^|\s)\S{0,4}\d[\d.,\s\u00a0]*\S{0,4}(?=\s|$)/g, (part) =>
      currencyFromText(part) ? '' : part,
    ),
  );
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

/** "Shop name - Product name": the longest part is the product. */
function titleFromDocument(title: string | undefined): string | undefined {
  return title?.split(/\s+[-|–—:]\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}
