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
  /** Its address names a page that shows no one product (addressShowsNoProduct). */
  notProductAddress?: boolean;
};

/** Path steps that name a search or a basket, in the languages of the shops Kinlink meets. */
export const NOT_PRODUCT_STEPS: ReadonlySet<string> = new Set(
  [
    // search
    'search searchresults search-results suche busca buscar recherche ricerca zoeken szukaj',
    'wyszukiwanie hledat vyhledavani haku sok soeg sog poisk arama',
    // basket, checkout
    'cart basket warenkorb checkout kasse panier carrito carrello cesta koszyk winkelwagen',
    'kosik kosar korzina kurv varukorg handlekurv sepet',
  ]
    .join(' ')
    .split(' '),
);

/** Query keys that make a site's root a search. */
const SEARCH_KEYS = ['s', 'q', 'query', 'search', 'keyword', 'keywords'];

/**
 * The address names a page that shows no one product: a site's front page (its root, or a
 * language's: "/", "/de-de/", "/index.html"), a search, a basket or checkout (a whole step of the
 * path: "/search/result.html", "/busca", "/jpcng/home/cart/-/task/show"; the root's "?s=lamp").
 * Only a page whose markup does not say "product" is judged by its address: a shop's own front
 * page that marks up one product stays one.
 */
export function addressShowsNoProduct(url: URL): boolean {
  const path = url.pathname.toLowerCase();
  if (/^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.[a-z]{2,4})?$/.test(path)) {
    // The root with a query is a page of its own ("/?p=42", "/index.php?route=product/…"),
    // except a search ("/?s=lamp").
    if (!url.search) return true;
    if (SEARCH_KEYS.some((key) => url.searchParams.has(key))) return true;
  }
  return path.split('/').some((step) => NOT_PRODUCT_STEPS.has(step.replace(/\.[a-z]{2,5}$/, '')));
}

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
  // Where no markup says "product", what the page shows decides — except at an address that
  // shows none.
  const shown = s.notProductAddress ? 'no' : 'maybe';
  // A Product with no offer and no product signal is either a thing described, not sold (a loan,
  // a game review), or a shop that shows its price only as text: the page decides.
  if (structured) return s.offered || s.productMeta || s.metaPrice ? 'yes' : shown;
  if (s.productMeta) return s.metaTitle ? 'yes' : 'no';
  return shown;
}
