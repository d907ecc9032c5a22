import { DETECTION } from '../limits';
import { cleanText } from './dom';
import { isCurrencyCode, parseAmount } from './price';
import type { VisibleRead } from './types';

/**
 * What a shopper's eye reads when no markup gives the price: the product's main heading, the
 * price beside it, the buy button under it. Used only when structured data has no price.
 *
 * Bounded: a capped query for price-like elements, a capped walk over text nodes, layout read for
 * the few best candidates only (one forced layout at most), a time budget after which it gives up
 * (no price beats a wrong price). Read-only. It says what it saw (types.ts: VisibleRead); the
 * amounts and currencies are read where the page is decided (decide.ts).
 */
/** Where the product's name is, most telling first; h2 only on pages that have none of these. */
const HEADINGS = [
  'h1',
  '.h1,[class*="product-name" i],[class*="product-title" i],[class*="productname" i]',
  'h2',
];
const PRICE_LIKE = '[class*="price" i],[id*="price" i],[itemprop="price"]';
/** Places whose prices are not this product's: links elsewhere, old prices, baskets, shipping. */
const NOT_HERE =
  /\b(nav|menu|footer|breadcrumb|related|upsell|cross|similar|recommend|carousel|slider|also|accessor|bundle|tier|old|was|strike|crossed|compare|rrp|msrp|uvp|list-?price|saving|save|discount|mini-?(cart|basket)|cart-?(summary|total|count)|shipping|delivery|versand|install?ment|monthly|finance|per-?unit|unit-?price|modal|popup|dialog|cookie)/i;
const NOT_HERE_TAGS =
  /^(NAV|FOOTER|DEL|S|STRIKE|OPTION|SELECT|BUTTON|A|ASIDE|SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;
/** Words around an amount that make it something other than the price to pay. */
const NOT_PRICE =
  /rrp|msrp|uvp|statt|\bwas\b|save|spar|ahorr|économ|risparm|shipping|versand|delivery|livraison|envío|porto|\bper\b|\bpro\b|\bje\b|\/\s*\d*\s*(kg|g|l|ml|m|st)\b|from|\bab\b|à partir|desde|\bdès|od\b|ohne|excl|zzgl|bez dph|netto|^\s*[+-]|%/i;
const OWN_PRICE =
  /sale|special|final|current|now|our|actual|offer|deal|promo|highlight|main|big|regular|product-?price|price-?(value|amount)|^price$/i;
const CURRENCY_SIGN = /[$€£¥￥₹₺₩₽₱₴₪₫฿]|zł|Kč|kr\b|Ft\b|lei\b|руб|грн|лв/;

/** The text shows a currency: a sign, or an ISO code ("CHF", not "SKU" or "USB"). */
function signed(text: string): boolean {
  const code = /\b[A-Z]{3}\b/.exec(text)?.[0];
  return CURRENCY_SIGN.test(text) || (!!code && isCurrencyCode(code));
}
/** A text that is only an amount ("$24.99", "1 299 kr"): a price set inside a heading. */
const ONLY_AMOUNT = /^[^\p{L}\d]{0,3}\p{L}{0,3}\.?\s?\d[\d.,\s]*\s?\p{L}{0,4}\.?$/u;
/** What a buy button says (its text, value, title, alt or class): a verb, not the basket alone. */
const BUY =
  /add ?to ?(cart|bag|basket|trolley)|add2cart|\bbuy\b|in den (warenkorb|einkaufswagen)|kaufen|ajouter au panier|acheter|añadir al carrito|comprar|aggiungi al carrello|acquista|do koszyka|kup teraz|в корзину|купить|do košíku|koupit|winkelwagen|i kurv|i varukorg|i handlekurv|kosárba|în coș|sepete ekle|カートに入れる/i;
const GONE =
  /out of stock|sold out|no longer available|currently unavailable|ausverkauft|nicht (mehr )?verfügbar|nicht lieferbar|épuisé|rupture de stock|agotado|esaurito|niedostępn|нет в наличии|není skladem|uitverkocht|在庫切れ|品切れ/i;

type Candidate = {
  el: Element;
  text: string;
  score: number;
  head: Element;
  /** The smallest element holding both the price and its heading: the product's own box. */
  box: Element | null;
};

/** "Price: £60" (in one text or two): a label, and what follows it. */
const PRICE_LABEL =
  /(?:^|\s)(?:price|our price|preis|prix|precio|prezzo|prijs|pris|cena)\s*:\s*(.{1,30})$/i;

/** Text of an element as the eye reads it: "12<sup>99</sup>" is 12.99, not 1299. */
function readText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n && text.length < 80; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (n.parentElement?.tagName === 'SUP' && /^\d\d$/.test(v.trim()) && /\d$/.test(text))
      text += '.';
    text += v;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Not this product's price: between the price and the box it shares with the heading there is
 * a place that holds other prices (NOT_HERE: related products, old prices, baskets, shipping).
 */
function elsewhere(el: Element, box: Element | null): boolean {
  for (let e: Element | null = el; e && e !== box; e = e.parentElement) {
    if (NOT_HERE_TAGS.test(e.tagName)) return true;
    const id = `${e.id} ${e.getAttribute('class') ?? ''}`;
    if (id.length > 1 && NOT_HERE.test(id.replace(/price-?box|add-?to-?cart/gi, ''))) return true;
  }
  return false;
}

/** The closest heading: steps from `el` up to a box the heading is in, and down to the heading. */
function nearest(el: Element, ups: Map<Element, number>[]) {
  let best = { steps: 99, i: -1, box: null as Element | null };
  ups.forEach((up, i) => {
    let e: Element | null = el;
    for (let steps = 0; e && steps < best.steps; steps++, e = e.parentElement) {
      const d = up.get(e);
      if (d !== undefined) {
        if (steps + d < best.steps) best = { steps: steps + d, i, box: e };
        break;
      }
    }
  });
  return best;
}

function ancestors(el: Element): Map<Element, number> {
  const up = new Map<Element, number>();
  let d = 0;
  for (let e: Element | null = el; e; e = e.parentElement) up.set(e, d++);
  return up;
}

function headings(doc: Document): Element[] {
  const found: Element[] = [];
  for (const selector of HEADINGS) {
    for (const h of doc.querySelectorAll(selector)) {
      const text = cleanText(h.textContent, 400);
      if (text && text.length > 2 && !h.closest('nav,footer,aside,dialog')) found.push(h);
      if (found.length >= DETECTION.headings) break;
    }
    if (found.length) break;
  }
  return found;
}

/** The heading's words without the prices some shops set inside it ("Jacket $24.99 $39.99"). */
function headingText(h: Element): string | undefined {
  let text = '';
  const walker = h.ownerDocument.createTreeWalker(h, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (!ONLY_AMOUNT.test(v.trim())) text += ` ${v}`;
  }
  return cleanText(text);
}

/**
 * Elements that may show the price: price-like markup, then text with a currency sign (a capped
 * walk, which also notes the texts after a "Price:" label into `labelled`).
 */
function priceElements(doc: Document, deadline: number, labelled: Set<string>): Element[] {
  const els = new Set<Element>();
  for (const el of doc.querySelectorAll(PRICE_LIKE)) {
    if (els.size >= DETECTION.candidates) break;
    els.add(el);
  }
  const walker = doc.createTreeWalker(doc.body ?? doc, 4);
  let before = '';
  let n = walker.nextNode();
  for (let i = 0; n && i < DETECTION.textNodes; i++, n = walker.nextNode()) {
    if ((i & 255) === 0 && performance.now() > deadline) break;
    const v = n.nodeValue ?? '';
    const parent = n.parentElement;
    if (!parent || /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(parent.tagName)) continue;
    if (v.length < 40 && /\d/.test(v) && signed(v)) {
      els.add(parent);
      const label = PRICE_LABEL.exec(`${before} ${v}`)?.[1];
      if (label && labelled.size < 2) labelled.add(label.trim());
    }
    if (v.trim()) before = v;
  }
  return [...els];
}

/** Where the eye goes first: large, bold, high on the page, visible, not struck through. */
function lookAt(cands: Candidate[]): void {
  const view = globalThis.innerHeight || 800;
  // Read every rectangle and style before scoring: one layout for all of them.
  const seen = cands.map((c) => {
    const r = c.el.getBoundingClientRect();
    const s = getComputedStyle(c.el);
    return { c, r, s };
  });
  for (const { c, r, s } of seen) {
    if (
      r.width === 0 ||
      r.height === 0 ||
      s.visibility === 'hidden' ||
      /line-through/.test(s.textDecorationLine || s.textDecoration)
    )
      c.score = -1;
    else
      c.score +=
        Math.min(Number.parseFloat(s.fontSize) / 8, 5) +
        (Number(s.fontWeight) >= 600 ? 1 : 0) +
        (r.top + globalThis.scrollY < view * 1.5 ? 2 : 0);
  }
}

/** The product as it is shown: heading, price near it, buy button, stock. */
export function readVisible(
  doc: Document,
  deadline = performance.now() + DETECTION.ms,
): VisibleRead {
  let buy = 0;
  let disabled = 0;
  for (const el of doc.querySelectorAll(
    'button,input[type=submit],input[type=image],input[type=button],a[title],a[class*="cart" i],a[class*="add" i],a[class*="buy" i],[id*="add" i],img[alt]',
  )) {
    const label = `${el.textContent} ${el.getAttribute('value')} ${el.getAttribute('title')} ${el.getAttribute('alt')} ${el.getAttribute('class')} ${el.id}`;
    if (!BUY.test(label.replace(/[-_]/g, ' '))) continue;
    buy++;
    if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') disabled++;
    if (buy > 9) break;
  }
  const seen: VisibleRead = { buy, lang: doc.documentElement.lang.slice(0, 20), candidates: [] };
  const heads = headings(doc);
  const ups = heads.map(ancestors);
  const cands: Candidate[] = [];
  const labelled = new Set<string>();
  for (const el of priceElements(doc, deadline, labelled)) {
    if (performance.now() > deadline) return seen;
    const text = readText(el);
    if (
      !text ||
      text.length > 40 ||
      NOT_PRICE.test(text) ||
      !parseAmount(text.replace(/^\D*?:\s*/, ''))
    )
      continue;
    const sign = signed(text);
    if (
      !sign &&
      !/price/i.test(`${el.getAttribute('class')} ${el.id} ${el.getAttribute('itemprop')}`)
    )
      continue;
    const near = nearest(el, ups);
    const head = heads[near.i];
    if (!head || near.steps > DETECTION.distance || elsewhere(el, near.box)) continue;
    const after = head.compareDocumentPosition(el) & 4 ? 2 : 0;
    const own = OWN_PRICE.test(`${el.getAttribute('class') ?? ''} ${el.id}`) ? 2 : 0;
    const score = 10 - near.steps / 2 + after + own + (sign ? 1 : 0);
    cands.push({ el, text, head, score, box: near.box });
  }
  cands.sort((a, b) => b.score - a.score);
  const top = cands.slice(0, DETECTION.laidOut);
  if (doc.documentElement.getBoundingClientRect().height > 0) {
    lookAt(top);
    top.sort((a, b) => b.score - a.score);
  }
  if (!cands.length && labelled.size) seen.labelled = [...labelled];
  // As likely a price in two other boxes of their own: a list of products, not one.
  const win = top[0];
  if (!win || win.score < 0) return seen;
  const rivals = top.filter(
    (c) => c.score >= win.score - 0.5 && !win.el.contains(c.el) && !c.el.contains(win.el),
  );
  if (rivals.filter((c) => !rivals.some((d) => d !== c && d.el.contains(c.el))).length > 1)
    return seen;
  for (const c of top) {
    if (c.score < 0 || seen.candidates.length >= DETECTION.sent) break;
    seen.candidates.push({
      text: c.text,
      title: headingText(c.head),
      gone: disabled > 0 || GONE.test(cleanText(c.box?.textContent, 3000) ?? ''),
    });
  }
  return seen;
}
