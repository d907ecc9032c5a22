import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpus of real shop pages and URLs lives beside the checkout (../shared/corpus), or
 * wherever KINLINK_CORPUS points. It is other sites' content: read in place, never copied here.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = process.env.KINLINK_CORPUS
  ? resolve(process.env.KINLINK_CORPUS)
  : resolve(here, '..', '..', 'shared', 'corpus');

export function requireCorpus(): string {
  if (!existsSync(join(CORPUS_DIR, 'urls.json'))) {
    throw new Error(
      `\n\n  THE SHARED CORPUS IS MISSING: looked for ${CORPUS_DIR}/urls.json.\n` +
        '  Put the shared/ folder beside this checkout, or set KINLINK_CORPUS=/path/to/shared/corpus.\n\n',
    );
  }
  return CORPUS_DIR;
}

export type CorpusUrl = {
  input: string;
  shop: string;
  marketplace: string;
  asin: string | null;
  itemId: string | null;
  page: string;
  needsResolution: boolean;
  notes: string;
};

export function corpusUrls(): CorpusUrl[] {
  return JSON.parse(readFileSync(join(requireCorpus(), 'urls.json'), 'utf8')) as CorpusUrl[];
}

export type PageLabel = {
  file: string;
  isProduct: boolean;
  kind: string;
  title: string | null;
  price: number | null;
  currency: string | null;
  ids: Record<string, string>;
  url: string | null;
  notes: string;
};

/** Every labelled page: labels.json and each later batch (labels-2.json, …). */
export function pageLabels(): PageLabel[] {
  const dir = join(requireCorpus(), 'pages');
  const files = readdirSync(dir)
    .filter((f) => /^labels(-\d+)?\.json$/.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PageLabel[]);
}

export function pageHtml(file: string): string {
  return readFileSync(join(requireCorpus(), 'pages', file), 'utf8');
}

/**
 * The address a labelled page was saved from: its canonical URL, else one made from its file
 * name ("amazon-co-uk-…" → https://www.amazon.co.uk/…), so the shop's country still shows.
 */
export function pageUrl(label: PageLabel): string {
  if (label.url) return label.url;
  const m = /^([a-z0-9-]+?)-(com|org|co-uk|de|nl|ch|es)-/.exec(label.file);
  return `https://www.${m ? `${m[1]}.${(m[2] ?? '').replace('-', '.')}` : 'example.com'}/${label.file.replace(/\.html$/, '')}`;
}

/** Titles compared as people read them: case, spacing and trademark signs aside. */
export function normalizeTitle(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[™®©\u0099]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

type Detected = {
  title: string;
  price?: number;
  currency?: string;
  sources?: Record<string, string>;
} | null;

/**
 * Each labelled page's detection against its label: a tally (is-product on every page; title,
 * price and currency on product pages) and the list of misses. Shared by the jsdom test and the
 * Chromium one, so both count the same way.
 */
export function scoreCorpus(results: { label: PageLabel; product: Detected }[]) {
  const tally = { pages: 0, isProduct: 0, products: 0, title: 0, price: 0, currency: 0 };
  const misses: string[] = [];
  for (const { label, product } of results) {
    tally.pages++;
    const says = product !== null;
    if (says === label.isProduct) tally.isProduct++;
    else misses.push(`${label.file}: is-product ${says}, label ${label.isProduct} (${label.kind})`);
    if (!label.isProduct) continue;
    tally.products++;
    if (product && normalizeTitle(product.title) === normalizeTitle(label.title)) tally.title++;
    else
      misses.push(
        `${label.file}: title ${JSON.stringify(product?.title)} ≠ ${JSON.stringify(label.title)}`,
      );
    if ((product?.price ?? null) === label.price) tally.price++;
    else
      misses.push(
        `${label.file}: price ${product?.price} ≠ ${label.price} (from ${product?.sources?.price ?? 'nowhere'})`,
      );
    if ((product?.currency ?? null) === label.currency) tally.currency++;
    else misses.push(`${label.file}: currency ${product?.currency} ≠ ${label.currency}`);
  }
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
  const ratio = (n: number, d: number) => n / Math.max(d, 1);
  return {
    tally,
    misses,
    rates: {
      isProduct: ratio(tally.isProduct, tally.pages),
      title: ratio(tally.title, tally.products),
      price: ratio(tally.price, tally.products),
      currency: ratio(tally.currency, tally.products),
    },
    summary:
      `${tally.pages} corpus pages: is-product ${pct(tally.isProduct, tally.pages)}; ` +
      `on ${tally.products} product pages: title ${pct(tally.title, tally.products)}, ` +
      `price ${pct(tally.price, tally.products)}, currency ${pct(tally.currency, tally.products)}` +
      `\nMisses (${misses.length}):\n  ${misses.join('\n  ') || 'none'}\n`,
  };
}

/**
 * The page as a shop without structured data would serve it: no scripts (JSON-LD, a shop's own
 * product data), no microdata or RDFa, no meta tag naming a price, a product or its stock. What
 * is left is what a shopper sees — the visible reader's input. Labelled pages that structured
 * data prices, blinded like this, test the visible reader on pages it was not written against.
 */
export function blindDocument(doc: Document): Document {
  for (const script of doc.querySelectorAll('script')) script.remove();
  for (const meta of doc.querySelectorAll('meta[itemprop]')) meta.remove();
  for (const meta of doc.querySelectorAll('meta[property],meta[name]')) {
    const key = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''}`;
    if (/price|product|amount|currency|availability|og:type|twitter:(data|label)/i.test(key))
      meta.remove();
  }
  const marks = ['itemprop', 'itemscope', 'itemtype', 'itemid', 'typeof', 'vocab', 'property'];
  for (const e of doc.querySelectorAll(marks.map((m) => `[${m}]`).join(',')))
    for (const mark of marks) e.removeAttribute(mark);
  // A microdata value on an element that shows another text ("649.99" on "US $649.99").
  for (const e of doc.querySelectorAll('body [content]')) e.removeAttribute('content');
  return doc;
}

/** The labelled product pages with a price: the ones served blind. */
export const pricedLabels = () => pageLabels().filter((l) => l.isProduct && l.price !== null);

/**
 * What the blind run must not fall below (4 Dec: 0.96 and 0.89 in Chromium, 0.94 and 0.88 in
 * jsdom; before the label and pieces rules, 0.82 and 0.70). Recall keeps a few pages' slack: on a
 * loaded machine a page can run out of its time budget. The issue's goal for held-out pages is F1
 * above 0.92 at precision 0.93.
 */
export const BLIND_FLOOR = { precision: 0.9, recall: 0.8 };

/**
 * The blind run scored the way price extraction is benchmarked: one price per page, right when
 * amount and currency both match; precision over the pages given a price, recall over all.
 */
export function scoreBlind(results: { label: PageLabel; product: Detected }[]) {
  let priced = 0;
  let right = 0;
  const misses: string[] = [];
  for (const { label, product } of results) {
    if (product?.price !== undefined) priced++;
    if (product?.price === label.price && product?.currency === label.currency) right++;
    else
      misses.push(
        `${label.file}: ${product ? `${product.price} ${product.currency}` : 'no product'} ≠ ${label.price} ${label.currency}`,
      );
  }
  const precision = right / Math.max(priced, 1);
  const recall = right / Math.max(results.length, 1);
  const f1 = (2 * precision * recall) / Math.max(precision + recall, 1e-9);
  return {
    precision,
    recall,
    misses,
    summary:
      `${results.length} priced pages served blind (no structured data): price precision ` +
      `${precision.toFixed(2)}, recall ${recall.toFixed(2)}, F1 ${f1.toFixed(2)}` +
      `\nMisses (${misses.length}):\n  ${misses.join('\n  ') || 'none'}\n`,
  };
}
