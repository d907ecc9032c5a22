import { asinInPath, isAsin } from '../asin';
import { cleanText, first, textOf } from './dom';
import { hostCurrency, parsePrice } from './price';
import type { ProductFields } from './types';

/**
 * Shop-specific detectors, gated by URL: the page's own layout beats generic markup where the
 * shop is known (Amazon has no structured data; Etsy's JSON-LD price is not the buy-box price).
 * `isProduct` settles the question for the page when a detector can tell.
 */
export type ShopFindings = ProductFields & { isProduct?: boolean };
type ShopDetector = { hosts: RegExp; read(doc: Document, url: URL): ShopFindings };

function priceFrom(doc: ParentNode, selectors: string[], host: string) {
  for (const selector of selectors) {
    const el = first(doc, selector);
    const raw = el?.getAttribute('content') ?? el?.getAttribute('value') ?? el?.textContent ?? '';
    const { amount, currency } = parsePrice(raw, host);
    if (amount !== undefined && amount > 0)
      return { price: amount, currency: currency ?? hostCurrency(host) };
  }
  return {};
}

function crumbs(doc: Document, selector: string): string | undefined {
  const parts = [...doc.querySelectorAll(selector)]
    .map((a) => cleanText(a.textContent))
    .filter(Boolean);
  return parts.length ? parts.slice(0, 8).join(' › ') : undefined;
}

const AMAZON_CURRENCY: Record<string, string> = {
  com: 'USD',
  ca: 'CAD',
  'com.mx': 'MXN',
  'com.br': 'BRL',
  'co.uk': 'GBP',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  nl: 'EUR',
  se: 'SEK',
  pl: 'PLN',
  'com.be': 'EUR',
  'com.tr': 'TRY',
  ie: 'EUR',
  ae: 'AED',
  sa: 'SAR',
  eg: 'EGP',
  in: 'INR',
  'co.jp': 'JPY',
  sg: 'SGD',
  'com.au': 'AUD',
  'co.za': 'ZAR',
};

const amazon: ShopDetector = {
  hosts:
    /(^|\.)amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ie|ae|sa|eg|in|co\.jp|sg|com\.au|co\.za)$/,
  read(doc, url) {
    const tld = url.hostname.replace(/^.*?amazon\./, '');
    const title = textOf(first(doc, '#productTitle') ?? first(doc, '#ebooksProductTitle'));
    const asinInput = first(doc, 'input#ASIN,input[name="ASIN"],input[name="idx.asin"]');
    const asin = asinInput?.getAttribute('value') ?? asinInPath(url.pathname);
    // The buy box only: carousels and comparison tables hold other products' prices.
    const price = priceFrom(
      doc,
      [
        '#corePrice_feature_div .a-offscreen',
        '#corePriceDisplay_desktop_feature_div .a-price .a-offscreen',
        '#corePrice_desktop .a-price .a-offscreen',
        '#priceblock_dealprice',
        '#priceblock_saleprice',
        '#priceblock_ourprice',
        '#price_inside_buybox',
        '#newBuyBoxPrice',
        '#kindle-price',
        '#buybox .offer-price',
        '#buyNewSection .a-color-price',
      ],
      url.hostname,
    );
    const img = first(doc, '#landingImage,#imgBlkFront,#ebooksImgBlkFront,#main-image');
    return {
      isProduct: !!title && !!asin && !/\/product-reviews\//.test(url.pathname),
      title,
      ...price,
      currency:
        price.currency && price.price
          ? (AMAZON_CURRENCY[tld] ?? price.currency)
          : AMAZON_CURRENCY[tld],
      image: img?.getAttribute('data-old-hires') || img?.getAttribute('src') || undefined,
      brand: textOf(first(doc, '#bylineInfo'))?.replace(
        /^(Visit the |Brand: |Marca: |Marke: )|( Store| Shop)$/g,
        '',
      ),
      category: crumbs(doc, '#wayfinding-breadcrumbs_feature_div li a'),
      ids: { asin: asin && isAsin(asin) ? asin : undefined },
    };
  },
};

const ebay: ShopDetector = {
  hosts: /(^|\.)ebay\.[a-z.]+$/,
  read(doc, url) {
    const itemId = /\/itm\/(?:[^/]+\/)?(\d{9,15})/.exec(url.pathname)?.[1];
    const heading = first(doc, '#itemTitle,h1.x-item-title__mainTitle,h1[itemprop="name"]');
    const hidden = heading?.querySelector('.g-hdn')?.textContent ?? '';
    const title = cleanText((heading?.textContent ?? '').replace(hidden, ''));
    return {
      isProduct: !!itemId,
      title,
      ...priceFrom(
        doc,
        ['#prcIsum', '#mm-saleDscPrc', '#prcIsum_bidPrice', '.x-price-primary'],
        url.hostname,
      ),
      ids: { itemId },
    };
  },
};

const etsy: ShopDetector = {
  hosts: /(^|\.)etsy\.com$/,
  read(doc, url) {
    const itemId = /\/listing\/(\d+)/.exec(url.pathname)?.[1];
    return {
      isProduct: !!itemId,
      title: textOf(
        first(doc, 'h1[data-buy-box-listing-title],[data-buy-box] h1,h1.wt-text-body-03'),
      ),
      ...priceFrom(
        doc,
        ['[data-buy-box-region="price"] p.wt-text-title-03', '[data-buy-box-region="price"] p'],
        url.hostname,
      ),
      ids: { itemId },
    };
  },
};

const walmart: ShopDetector = {
  hosts: /(^|\.)walmart\.(com|ca)$/,
  read: (_doc, url) => ({ ids: { itemId: /\/ip\/(?:[^/]+\/)?(\d{5,})/.exec(url.pathname)?.[1] } }),
};

const target: ShopDetector = {
  hosts: /(^|\.)target\.com$/,
  read: (_doc, url) => ({ ids: { sku: /\/A-(\d+)/.exec(url.pathname)?.[1] } }),
};

const bestbuy: ShopDetector = {
  hosts: /(^|\.)bestbuy\.(com|ca)$/,
  read: (_doc, url) => ({
    ids: { sku: url.searchParams.get('skuId') ?? /\/(\d{6,8})\.p/.exec(url.pathname)?.[1] },
  }),
};

const costco: ShopDetector = {
  hosts: /(^|\.)costco\.[a-z.]+$/,
  read: (_doc, url) => ({ ids: { itemId: /\.product\.(\d+)\.html/.exec(url.pathname)?.[1] } }),
};

const craigslist: ShopDetector = {
  hosts: /(^|\.)craigslist\.org$/,
  read(doc, url) {
    const itemId = /\/(\d{8,})\.html$/.exec(url.pathname)?.[1];
    const title = textOf(first(doc, '#titletextonly'));
    return {
      isProduct: !!itemId && !!title,
      title,
      ...priceFrom(doc, ['.postingtitletext .price'], url.hostname),
      ids: { itemId },
    };
  },
};

/**
 * Shopify stores live on any domain: recognised by their /products/ path and Shopify's assets.
 * Shopify's own analytics object lists the variants: the one in the URL, else the cheapest.
 */
const shopify: ShopDetector = {
  hosts: /./,
  read(doc, url) {
    if (!/\/products\/[^/]+/.test(url.pathname)) return {};
    const isShopify = first(
      doc,
      'link[href*="cdn.shopify.com"],script[src*="cdn.shopify.com"],meta[name="shopify-digital-wallet"]',
    );
    if (!isShopify) return {};
    for (const script of doc.querySelectorAll('script:not([src])')) {
      const text = script.textContent ?? '';
      if (text.length > 500_000 || !text.includes('ShopifyAnalytics')) continue;
      const json = /var meta = (\{"product":.*?\});\s*\n/.exec(text)?.[1];
      if (!json) continue;
      try {
        const product = (JSON.parse(json) as { product?: ShopifyProduct }).product;
        if (!product) continue;
        const wanted = url.searchParams.get('variant');
        const variants = (product.variants ?? []).filter(
          (v) => typeof v.price === 'number' && v.price > 0,
        );
        const variant =
          variants.find((v) => String(v.id) === wanted) ??
          variants.reduce<ShopifyVariant | undefined>(
            (a, b) => (!a || (b.price ?? 0) < (a.price ?? 0) ? b : a),
            undefined,
          );
        const currency = /ShopifyAnalytics\.meta\.currency\s*=\s*'([A-Z]{3})'/.exec(text)?.[1];
        return {
          price: variant?.price !== undefined ? variant.price / 100 : undefined,
          currency,
          ids: {
            itemId: product.id !== undefined ? String(product.id) : undefined,
            sku: variant?.sku || undefined,
          },
        };
      } catch {
        // Not the object we know: the generic sources still apply.
      }
    }
    return {};
  },
};
type ShopifyVariant = { id?: number; price?: number; sku?: string };
type ShopifyProduct = { id?: number; variants?: ShopifyVariant[] };

/** WooCommerce: any domain; the single-product body class and its summary price. */
const woocommerce: ShopDetector = {
  hosts: /./,
  read(doc, url) {
    if (!doc.body?.classList.contains('single-product')) return {};
    return {
      title: textOf(first(doc, '.product .product_title')),
      ...priceFrom(doc, ['.summary .price ins .amount', '.summary .price .amount'], url.hostname),
    };
  },
};

const SHOPS: ShopDetector[] = [
  amazon,
  ebay,
  etsy,
  walmart,
  target,
  bestbuy,
  costco,
  craigslist,
  shopify,
  woocommerce,
];

export function readShops(doc: Document, url: URL): ShopFindings[] {
  const out: ShopFindings[] = [];
  for (const shop of SHOPS) {
    if (shop.hosts.test(url.hostname)) out.push(shop.read(doc, url));
  }
  return out;
}
