/** What the sources say about a page, enough to decide whether it shows one product. */
export type PageSignals = {
  /** A shop detector's own verdict (an Amazon search page is not a product), if it has one. */
  shopVerdict?: boolean;
  /** How many distinct named products each structured source describes. */
  products: { jsonLd: number; microdata: number; rdfa: number };
  /** The first structured product has an offer (a price, availability). */
  offered: boolean;
  /** og:type product, or product:* meta tags. */
  productMeta: boolean;
  /** A price in the meta tags. */
  metaPrice: boolean;
  /** A title in the meta tags. */
  metaTitle: boolean;
  /** The page says it is an article (og:type article, an Article in JSON-LD). */
  article: boolean;
};

/**
 * Is this a page of one product? "maybe": no markup says so; the page must show one (a heading,
 * its price and one place to buy it: visible.ts), which the caller looks for only then.
 * "Price: …" label on the page would make it one (the caller looks, only then: it costs a scan).
 */
export function decideProduct(s: PageSignals): 'yes' | 'no' | 'maybe' {
  if (s.shopVerdict === false) return 'no';
  if (s.shopVerdict === true) return 'yes';
  const { jsonLd, microdata, rdfa } = s.products;
  // Many products: a listing or search page. An article that mentions one: not a shop page.
  if (jsonLd > 1 || microdata > 1 || rdfa > 1 || s.article) return 'no';
  const structured = jsonLd + microdata + rdfa > 0;
  // A Product with no offer and no product signal is either a thing described, not sold (a loan,
  // a game review), or a shop that shows its price only as text: the page decides.
  if (structured) return s.offered || s.productMeta || s.metaPrice ? 'yes' : 'maybe';
  if (s.productMeta) return s.metaTitle ? 'yes' : 'no';
  return 'maybe';
}
