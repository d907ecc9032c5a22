import { DETECTION } from '../limits';
import { cleanText, first, textOf } from './dom';
import { MICRODATA, productFromScope, RDFA, topProductScopes } from './microdata';
import { readMeta } from './open-graph';
import { readShops } from './shops';
import type { PageRead } from './types';
import { readVisible } from './visible';

/**
 * What the content script reads from every page, as plain data (types.ts: PageRead): the
 * structured sources, the meta tags, the title and heading. What the page shows is read apart,
 * and only when asked (readShown). Only readers live here — DOM queries and the page's own text;
 * what the text means (JSON-LD, prices, currencies, whether this is one product) is decided in
 * decide.ts, outside the page. Pure: never changes the document, never throws; null for pages
 * that are not http(s) (or that broke it).
 */
export function readPage(doc: Document, href: string): PageRead | null {
  try {
    return read(doc, new URL(href));
  } catch {
    return null;
  }
}

function read(doc: Document, url: URL): PageRead | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const shops = readShops(doc, url);
  const jsonLd = jsonLdTexts(doc);
  // More than one named product is a listing (decide.ts): read until a second name appears.
  const scopes = (s: typeof MICRODATA) => {
    const found: ReturnType<typeof productFromScope>[] = [];
    const names = new Set<string>();
    for (const el of topProductScopes(doc, s)) {
      const product = productFromScope(el, s);
      found.push(product);
      if (product.title) names.add(product.title);
      if (names.size > 1 || found.length >= DETECTION.scopes) break;
    }
    return found;
  };
  const microdata = scopes(MICRODATA);
  const rdfa = scopes(RDFA);
  const meta = readMeta(doc);
  const h1s = doc.querySelectorAll('h1');
  const read: PageRead = {
    url: url.href,
    shops,
    jsonLd,
    microdata,
    rdfa,
    meta,
    page: {
      title: cleanText(doc.title),
      h1: h1s.length === 1 ? textOf(h1s[0]) : undefined,
      canonical: first(doc, 'link[rel="canonical" i]')?.getAttribute('href') ?? undefined,
    },
  };
  // The breadcrumb only names a priced product's category (for its estimate): it is looked for
  // only where a price was seen (its selectors are among the slowest queries here).
  const priced =
    [...shops, ...microdata, ...rdfa, meta].some((f) => f.price !== undefined && f.price > 0) ||
    jsonLd.some((t) => t.includes('"price"') || t.includes('"lowPrice"'));
  if (priced) withCrumbs(doc, read);
  return read;
}

/**
 * What the page shows, added to a read that no structured source priced (when decide.ts's
 * visibleWanted says it could tell): the heading, the price beside it, the buy button. Read
 * apart, and only then, because it is the content script's costliest part (visible.ts).
 */
export function readShown(doc: Document, read: PageRead): PageRead {
  try {
    read.visible = readVisible(doc);
    if (read.visible.candidates.length > 0 && !read.page.crumbs) withCrumbs(doc, read);
  } catch {
    // A page that breaks the reader shows nothing to it: said so, so that it is decided now
    // rather than asked about again.
    read.visible = { buy: 0, lang: '', candidates: [] };
  }
  return read;
}

function withCrumbs(doc: Document, read: PageRead): void {
  const crumbs = breadcrumb(doc);
  if (crumbs) read.page.crumbs = crumbs;
}

/** The text of each JSON-LD block (capped in number and in size: DETECTION). */
function jsonLdTexts(doc: Document): string[] {
  const texts: string[] = [];
  let room = DETECTION.jsonLdChars;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (texts.length >= DETECTION.jsonLdBlocks) break;
    if (text.length > room) continue;
    room -= text.length;
    texts.push(text);
  }
  return texts;
}

function breadcrumb(doc: Document): string | undefined {
  // The trail first (one walk that stops at it, each element matched alone), then its links:
  // ".breadcrumb a" over the whole page would walk up from every link on it.
  const trail = first(
    doc,
    '.breadcrumb,.breadcrumbs,nav[aria-label*=readcrumb],[itemtype$=BreadcrumbList]',
  );
  let links = trail?.querySelectorAll(
    trail.matches('[itemtype$=BreadcrumbList]') ? '[itemprop=name]' : 'a',
  );
  // A shop that marks each step of the trail, not the trail: every step, the slow way.
  if (trail && (links?.length ?? 0) < 2)
    links = doc.querySelectorAll(
      '.breadcrumb a,.breadcrumbs a,nav[aria-label*=readcrumb] a,[itemtype$=BreadcrumbList] [itemprop=name]',
    );
  const parts = [...(links ?? [])]
    .slice(0, 10)
    .map((el) => cleanText(el.textContent, 80))
    .filter(Boolean);
  return parts.length > 1 ? parts.join(' › ') : undefined;
}
