import { cleanText } from './dom';
import { parseAmount } from './price';
import type { ProductFields } from './types';

/**
 * schema.org Product in microdata (itemscope/itemprop) and RDFa (typeof/property): one reader,
 * told which attributes the syntax uses.
 */
type Syntax = { scope: string; type: string; prop: string };
export const MICRODATA: Syntax = { scope: 'itemscope', type: 'itemtype', prop: 'itemprop' };
export const RDFA: Syntax = { scope: 'typeof', type: 'typeof', prop: 'property' };

const MAX_PROPS = 2000;

// Patterns match lowercased text rather than with the `i` flag, and tag names are looked up in
// sets: the content script compiles each pattern afresh on every page load (visible.ts).
function isProductType(value: string | null): boolean {
  return (
    !!value &&
    /(^|[/:\s#])(product|individualproduct|productmodel|productgroup)(\s|$)/.test(
      value.toLowerCase(),
    )
  );
}

const LINKS = new Set(['A', 'LINK', 'AREA']);
const MEDIA = new Set(['IMG', 'SOURCE', 'VIDEO', 'AUDIO', 'IFRAME', 'EMBED']);

/**
 * The Product items a page presents: not those that are a property of another item (a related
 * product, a review's subject), except list entries. A listing has many; a product page one.
 */
export function topProductScopes(doc: Document, s: Syntax): Element[] {
  // Every product type names "product": the page's other items are never handed to the script.
  return [...doc.querySelectorAll(`[${s.type}*="product" i]`)].filter((el) => {
    if (!isProductType(el.getAttribute(s.type))) return false;
    const role = el.getAttribute(s.prop);
    const r = role?.toLowerCase();
    return !r || r.includes('itemlistelement') || r.includes('mainentity');
  });
}

function propValue(el: Element): string | undefined {
  const attr =
    el.getAttribute('content') ??
    (LINKS.has(el.tagName) ? el.getAttribute('href') : null) ??
    (MEDIA.has(el.tagName) ? el.getAttribute('src') : null) ??
    (el.tagName === 'TIME' ? el.getAttribute('datetime') : null) ??
    (el.tagName === 'DATA' || el.tagName === 'METER' ? el.getAttribute('value') : null) ??
    el.getAttribute('resource');
  return cleanText(attr ?? el.textContent ?? '');
}

/** Properties of `root` (name → values), not those of items nested inside it. */
function properties(root: Element, s: Syntax): Map<string, Element[]> {
  const props = new Map<string, Element[]>();
  const nodes = [...root.querySelectorAll(`[${s.prop}]`)].slice(0, MAX_PROPS);
  for (const el of nodes) {
    const owner = el.parentElement?.closest(`[${s.scope}]`);
    if (owner !== root) continue;
    for (const raw of (el.getAttribute(s.prop) ?? '').split(/\s+/)) {
      const name = raw.replace(/^.*[/:#]/, '');
      if (!name) continue;
      const list = props.get(name) ?? [];
      list.push(el);
      props.set(name, list);
    }
  }
  return props;
}

function firstValue(props: Map<string, Element[]>, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const el of props.get(name) ?? []) {
      const v = propValue(el);
      if (v) return v;
    }
  }
  return undefined;
}

function isHidden(el: Element): boolean {
  return !!el.closest(
    '[hidden],[aria-hidden="true"],[style*="display:none" i],[style*="display: none" i]',
  );
}

export function productFromScope(root: Element, s: Syntax): ProductFields & { hasOffer: boolean } {
  const props = properties(root, s);
  const offers = props.get('offers') ?? [];
  const prices: { price: number; currency?: string; availability?: string; hidden: boolean }[] = [];
  for (const offer of offers.slice(0, 50)) {
    const op = offer.hasAttribute(s.scope) ? properties(offer, s) : props;
    const price = parseAmount(firstValue(op, 'price', 'lowPrice') ?? '');
    if (price === undefined || price <= 0) continue;
    prices.push({
      price,
      currency: firstValue(op, 'priceCurrency'),
      availability: firstValue(op, 'availability')?.replace(/^.*\//, ''),
      hidden: isHidden(offer),
    });
  }
  const direct = parseAmount(firstValue(props, 'price') ?? '');
  if (prices.length === 0 && direct)
    prices.push({ price: direct, currency: firstValue(props, 'priceCurrency'), hidden: false });
  const visible = prices.filter((p) => !p.hidden);
  const pool = visible.length > 0 ? visible : prices;
  const best = pool.reduce<(typeof pool)[number] | undefined>(
    (a, b) => (!a || b.price < a.price ? b : a),
    undefined,
  );
  const brand = props.get('brand')?.[0];
  const brandName = brand?.hasAttribute(s.scope)
    ? firstValue(properties(brand, s), 'name')
    : brand && propValue(brand);
  const gtin = firstValue(props, 'gtin13', 'gtin', 'gtin12', 'gtin14', 'gtin8', 'isbn')?.replace(
    /\D/g,
    '',
  );
  return {
    title: firstValue(props, 'name'),
    price: best?.price,
    currency: best?.currency,
    availability: best?.availability,
    image: firstValue(props, 'image'),
    brand: brandName,
    category: firstValue(props, 'category'),
    ids: {
      sku: firstValue(props, 'sku'),
      mpn: firstValue(props, 'mpn'),
      gtin: gtin && gtin.length >= 8 ? gtin : undefined,
      itemId: firstValue(props, 'productID'),
    },
    hasOffer: prices.length > 0,
  };
}
