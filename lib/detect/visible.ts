import { DETECTION } from '../limits';
import { isCurrencyCode, parseAmount } from './price';
import type { VisibleRead } from './types';

/**
 * What a shopper's eye reads when no markup gives the price: the product's main heading, the
 * price beside it, the buy button under it. Used only when structured data has no price.
 *
 * Bounded: a capped walk over text nodes (amounts, and the price-marked elements around them),
 * a capped look at the page's buttons and links for one that buys, layout read for
 * the few best candidates only (read all at once: one layout at most, and none of its own where the
 * content script reads just after the page drew a frame), a time budget after which it gives up
 * (no price beats a wrong price). Read-only. It says what it saw (types.ts: VisibleRead); the
 * amounts and currencies are read where the page is decided (decide.ts).
 */
/** Where the product's name is, most telling first; h2 only on pages that have none of these. */
const HEADINGS = [
  'h1',
  '.h1,[class*=product-name],[class*=product-title],[class*=productName]',
  'h2',
];
/*
 * The word lists below match lowercased text (lower()), not with the `i` flag: the content script
 * compiles every pattern afresh on each page load, and a case-insensitive one costs about twice as
 * much to compile. Plain string tests replace patterns where one would do.
 */
/** Places whose prices are not this product's: links elsewhere, old prices, baskets, shipping. */
const NOT_HERE =
  /\b(nav|menu|footer|breadcrumb|related|upsell|cross|similar|recommend|carousel|slider|also|accessor|bundle|tier|old|was|strike|crossed|compare|rrp|msrp|uvp|list-?price|saving|save|loyal|reward|voucher|coupon|seller|other-?offer|warrant|protect|care-?plan|insur|mini-?(cart|basket)|cart-?(summary|total|count)|shipping|delivery|versand|install?ment|monthly|finance|per-?unit|unit-?price|modal|popup|dialog|cookie)/;
const NOT_HERE_TAGS = new Set(
  'NAV FOOTER DEL S STRIKE OPTION SELECT BUTTON A SCRIPT STYLE TEMPLATE NOSCRIPT'.split(' '),
);
/** Elements whose text is code, not words. */
const CODE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT']);
/**
 * Words that make an amount other than the price to pay — an old price, a saving, shipping, the
 * price before tax — whether they are in its text or in a label set apart before it.
 */
const NOT_TO_PAY =
  'rrp|msrp|uvp|statt|\\bwas\\b|save|spar|ahorr|économ|risparm|shipping|versand|delivery|livraison|envío|porto|ohne|excl|zzgl|bez dph|netto|à partir|desde';
/** In an amount's own text, these too: per unit, "from", a surcharge, a percentage. */
const NOT_PRICE = new RegExp(
  `${NOT_TO_PAY}|\\bper\\b|\\bpro\\b|\\bje\\b|\\/\\s*\\d*\\s*(kg|g|l|ml|m|st)\\b|from|\\bab\\b|\\bdès|od\\b|^\\s*[+-]|%`,
);
const OWN_PRICE =
  /sale|special|final|current|now|our|actual|offer|deal|promo|highlight|main|big|regular|product-?price|price-?(value|amount)|^price$/;
/** Class names and ids that say "price", in the shops' languages. */
const PRICE_MARK = /price|prix|preis|precio|preco|prezzo|prijs|pris|cena|pret|fiyat|money/;
/** Words before a price that make it the one to pay now ("Now $52.00" after "$64.95"). */
const NOW_PRICE = /^(now|sale|special|our price|your price|jetzt|nur|maintenant|ahora|ora|teraz)\b/;
/**
 * In a label set apart from its amount, these too: a list or original price, a unit price, an
 * add-on's, an instalment, "from" (a label's "Price per unit" is a thing's price).
 */
const NOT_PRICE_LABEL = new RegExp(
  `${NOT_TO_PAY}|list ?price|listenpreis|orig|unit ?price|grundpreis|protection|warranty|install|monthly|\\/\\s*mo|\\bfrom\\b|^ab\\b`,
);
const lower = (text: string) => text.toLowerCase();
const CURRENCY_SIGN = /[$€£¥￥₹₺₩₽₱₴₪₫฿]|zł|Kč|kr\b|Ft\b|[Ll]ei\b|руб|грн|лв/;
/**
 * A digit run into letters, once codes and the signs written in letters are set aside ("12kr",
 * "EUR12"): a code or a scrambled number ("MzI5Ljk5", decoded by the shop's script), not an
 * amount a shopper reads.
 */
const glued = (text: string) =>
  /[A-Za-z]\d|\d[A-Za-z]/.test(text.replace(/[A-Z]{3}|kr|zł|Kč|Ft|[Ll]ei/g, ' '));

/** The text shows a currency: a sign, or an ISO code ("CHF", not "SKU" or "USB"). */
function signed(text: string): boolean {
  const code = /\b[A-Z]{3}\b/.exec(text)?.[0];
  return CURRENCY_SIGN.test(text) || (!!code && isCurrencyCode(code));
}
/** What a buy button says (its text, value, title, alt or class): a verb, not the basket alone. */
const BUY =
  /add ?to ?(cart|bag|basket|trolley)|add2cart|btn ?cart|cart ?(btn|button)|\bbuy\b|in den (warenkorb|einkaufswagen)|kaufen|ajouter au panier|acheter|añadir al carrito|comprar|aggiungi al carrello|acquista|do koszyka|kup teraz|в корзину|купить|do košíku|koupit|winkelwagen|i kurv|i varukorg|i handlekurv|kosárba|în coș|sepete ekle|カートに入れる/;

/**
 * What can be clicked to buy: buttons, inputs (a picture button's words are its alt), links, and
 * elements scripted as buttons (a picture or a box with a role or a click handler).
 */
const CONTROLS = 'button,input,a,[role=button],[onclick]';

type Candidate = {
  el: Element;
  text: string;
  score: number;
  head: Element;
  /** The smallest element holding both the price and its heading: the product's own box. */
  box: Element | null;
};

/**
 * An element's text, node by node, up to `max` characters (the rest is never read): `take` says
 * what each node adds, given the text so far.
 */
function textWithin(
  el: Element | null,
  max: number,
  take = (v: string, _n: Node, _text: string) => ` ${v}`,
): string {
  let text = '';
  const walker = el?.ownerDocument.createTreeWalker(el, 4);
  // Each node's spaces folded as it is read: a price set in a page's indentation is still read
  // whole ("\n      2.999<sup>99</sup>" is 2999.99, not 2.999 cut at `max` characters of spaces).
  for (let n = walker?.nextNode(); n && text.length < max; n = walker?.nextNode())
    text += take((n.nodeValue ?? '').replace(/\s+/g, ' '), n, text);
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Text of an element as the eye reads it: "12<sup>99</sup>" is 12.99, not 1299. */
const readText = (el: Element) =>
  textWithin(el, 80, (v, n, text) =>
    n.parentElement?.tagName === 'SUP' && /^\d\d$/.test(v.trim()) && /\d$/.test(text) ? `.${v}` : v,
  );

/**
 * Not this product's price: between the price and the box it shares with the heading there is
 * a place that holds other prices (NOT_HERE: related products, old prices, baskets, shipping).
 */
function elsewhere(el: Element, box: Element | null): boolean {
  for (let e: Element | null = el; e && e !== box; e = e.parentElement) {
    if (NOT_HERE_TAGS.has(e.tagName)) return true;
    const id = lower(`${e.id} ${e.getAttribute('class') ?? ''}`);
    if (id.length > 1 && NOT_HERE.test(id.replace(/price-?box|add-?to-?cart/g, ''))) return true;
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
      const text = textWithin(h, 400);
      if (text && text.length > 2 && !h.closest('nav,footer,aside,dialog')) found.push(h);
      if (found.length >= DETECTION.headings) break;
    }
    if (found.length) break;
  }
  return found;
}

/**
 * Elements that may show the price: amounts with a currency sign, and the elements marked "price"
 * around amounts. Read from the text nodes around each heading, outward (a product's price is
 * beside its name: on the corpus's product pages at most about 120 texts after it), within the
 * heading's box; on a page with no heading, from the top of its whole text, noting what each
 * amount follows into `labelled` (a "Price:" label). Capped in texts and in time.
 */
function priceElements(
  doc: Document,
  heads: Element[],
  deadline: number,
  labelled: Set<string>,
): Element[] {
  const els = new Set<Element>();
  const bare = !heads.length;
  let before = '';
  /** Looks at one text node; false once there are enough candidates or time is up. */
  const look = (n: Node, i: number): boolean => {
    if ((i & 255) === 0 && performance.now() > deadline) return false;
    // Its length first: reading a long text (an inline script's) would copy all of it. (Short
    // texts come padded with the page's indentation: trimmed, they must be a price's length.)
    if ((n as CharacterData).length > 200) return true;
    const v = (n.nodeValue ?? '').trim();
    if (v.length > 40 || v === '') return true;
    // The digit before the parent: most texts have none, and each element read costs.
    const parent = /\d/.test(v) ? n.parentElement : null;
    if (parent && !CODE_TAGS.has(parent.tagName)) {
      const sign = signed(v);
      const marked = priceMarked(parent);
      // The amount's own element, and the one marked "price" around it (each may carry words
      // the other does not: "£579.99" inside "£579.99 Free Delivery").
      if (sign) els.add(parent);
      if (marked) els.add(marked);
      // No heading: what each amount follows, for a "Price:" label (decided in decide.ts).
      if (bare && sign && labelled.size < DETECTION.labelled)
        labelled.add(`${before} ${v}`.slice(-80));
    }
    before = v;
    return els.size < DETECTION.candidates;
  };
  /** Up to `most` texts from `from` (itself excluded) in one direction, within `root`. */
  const walk = (root: Node, from: Node, way: 'nextNode' | 'previousNode', most: number) => {
    const walker = doc.createTreeWalker(root, 4);
    walker.currentNode = from;
    for (let i = 0, n = walker[way](); n && i < most; i++, n = walker[way]())
      if (!look(n, i)) return false;
    return true;
  };
  const body = doc.body ?? doc.documentElement;
  if (bare) walk(body, body, 'nextNode', DETECTION.bareTextNodes);
  // Within each heading's box (a price farther than DETECTION.distance is not its own): after
  // the heading (its own text first), then before it, nearest first.
  for (const head of heads) {
    const box = above(head, DETECTION.region);
    if (
      !walk(box, head, 'nextNode', DETECTION.textsAfter) ||
      !walk(box, head, 'previousNode', DETECTION.textsBefore)
    )
      break;
  }
  return [...els];
}

/** The element `levels` above `el` (or the highest below the document). */
function above(el: Element, levels: number): Element {
  let e = el;
  for (let i = 0; i < levels && e.parentElement; i++) e = e.parentElement;
  return e;
}

/**
 * The nearest of an amount's three closest elements whose class, id or itemprop says "price" — in
 * the shop's language too ("prix", "preis", "cena"…), or "money" (the word Shopify's themes use).
 */
function priceMarked(el: Element): Element | undefined {
  let e: Element | null = el;
  for (let i = 0; e && i < 3; i++, e = e.parentElement)
    if (PRICE_MARK.test(lower(`${e.getAttribute('class')} ${e.id} ${e.getAttribute('itemprop')}`)))
      return e;
  return undefined;
}

/**
 * A price set in pieces ("$" "37" "." "30", each in its own element) is read from the element
 * that holds them all: up from the amount while that adds its digits or its sign and the text
 * stays one short amount, below the box it shares with the heading.
 */
function whole(el: Element, box: Element | null): { el: Element; text: string } {
  let text = readText(el);
  // A sign and cents: whole already (most prices; reading around them costs).
  if (signed(text) && /\d[.,]\d\d(?!\d)/.test(text)) return { el, text };
  // Never up to the box it shares with the heading: the heading's words are not the price's.
  for (let up = el.parentElement, i = 0; up && up !== box && i < 2; up = up.parentElement, i++) {
    const t = readText(up);
    // One amount: no digit left once its number is taken out.
    if (t.length > 20 || /\d/.test(t.replace(/\d[\d.,'’\s]*/, ''))) break;
    if (digits(t) <= digits(text) && (signed(text) || !signed(t))) break;
    el = up;
    text = t;
  }
  return { el, text };
}

const digits = (text: string) => text.replace(/\D/g, '').length;

/**
 * The words just before an element (its label, when it has one: "List price:", "Now:") — not its
 * heading's: a product called "Original shipping box" is not labelled "shipping".
 */
function labelOf(el: Element, head: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el.ownerDocument.body ?? el, 4);
  walker.currentNode = el;
  for (let n = walker.previousNode(), i = 0; n && i < 3; n = walker.previousNode(), i++) {
    const v = (n.nodeValue ?? '').trim();
    // Another amount before it ("Save $20.00") is no label of this one.
    if (v) return head.contains(n) || (signed(v) && /\d/.test(v)) ? '' : v.slice(-40);
  }
  return '';
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
  const seen: VisibleRead = { buy: 0, lang: doc.documentElement.lang.slice(0, 20), candidates: [] };
  const heads = headings(doc);
  const ups = heads.map(ancestors);
  const cands: Candidate[] = [];
  const labelled = new Set<string>();
  const taken = new Set<Element>();
  for (const found of priceElements(doc, heads, deadline, labelled)) {
    if (performance.now() > deadline) return seen;
    // Nearness first (cheap), the text only for what is near a heading.
    const near = nearest(found, ups);
    const head = heads[near.i];
    if (!head || near.steps > DETECTION.distance) continue;
    const { el, text } = whole(found, near.box);
    if (taken.has(el)) continue;
    taken.add(el);
    if (
      !text ||
      text.length > 40 ||
      NOT_PRICE.test(lower(text)) ||
      glued(text) ||
      !parseAmount(text.replace(/^\D*?:\s*/, ''))
    )
      continue;
    const sign = signed(text);
    if ((!sign && !priceMarked(el)) || elsewhere(el, near.box)) continue;
    const label = lower(labelOf(el, head));
    if (NOT_PRICE_LABEL.test(label)) continue;
    const after = head.compareDocumentPosition(el) & 4 ? 2 : 0;
    const own = OWN_PRICE.test(lower(`${el.getAttribute('class') ?? ''} ${el.id}`)) ? 2 : 0;
    const now = NOW_PRICE.test(lower(text)) || NOW_PRICE.test(label) ? 2 : 0;
    const score = 10 - near.steps / 2 + after + own + now + (sign ? 1 : 0);
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
  // One place to buy it, near the product (a disabled one: not today).
  const controls = above(win.box ?? win.el, 6).querySelectorAll(CONTROLS);
  // From the first control after the heading (they are in page order: a binary search), since
  // menus and links before the product are not where it is bought.
  let from = 0;
  for (let lo = 0, hi = controls.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (win.head.compareDocumentPosition(controls[mid] as Node) & 4) hi = from = mid;
    else lo = from = mid + 1;
  }
  // Until one that can be used (each control read costs): only disabled ones mean "not today".
  for (let i = from; i < controls.length && i < from + DETECTION.controls; i++) {
    const el = controls[i] as Element;
    // A control's own words: its attributes, and its text (or its picture's) when it is small.
    const small = el.childElementCount < 4;
    const img = small && el.getElementsByTagName('img')[0];
    const label = `${small ? el.textContent : ''} ${img ? img.alt : ''} ${el.getAttribute('alt')} ${el.getAttribute('value')} ${el.getAttribute('title')} ${el.getAttribute('class')} ${el.id}`;
    if (!BUY.test(lower(label).replace(/[-_]/g, ' '))) continue;
    seen.buy++;
    seen.off = el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
    if (!seen.off) break;
  }
  seen.box = textWithin(win.box, DETECTION.boxText);
  for (const c of top) {
    if (c.score < 0 || seen.candidates.length >= DETECTION.sent) break;
    seen.candidates.push({ text: c.text, title: textWithin(c.head, 400) });
  }
  return seen;
}
