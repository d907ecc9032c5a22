import { describe, expect, it } from 'vitest';
import { cleanText, decodeEntities, safeUrl } from '@/lib/detect/dom';
import { productFromJsonLd, readJsonLd } from '@/lib/detect/json-ld';
import { MICRODATA, productFromScope, RDFA, topProductScopes } from '@/lib/detect/microdata';
import { readMeta } from '@/lib/detect/open-graph';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// Each source on its own (detect/dom, json-ld, microdata, open-graph); corpus-pages.test.ts and
// hostile.test.ts run them together on real and hostile pages.
describe('dom helpers', () => {
  it('cleanText: plain, single-spaced, bounded; nothing for nothing', () => {
    expect(cleanText('  Brass\n\t lamp  ')).toBe('Brass lamp');
    expect(cleanText('a'.repeat(400))?.length).toBeLessThanOrEqual(300);
    expect(cleanText(undefined)).toBeUndefined();
    expect(cleanText('   ')).toBeUndefined();
  });
  it('decodeEntities: named and numeric', () => {
    expect(decodeEntities('Tom &amp; Jerry &#8211; &#x263A; &quot;x&quot;')).toBe(
      'Tom & Jerry – ☺ "x"',
    );
  });
  it('safeUrl: absolute http(s) only', () => {
    expect(safeUrl('/img/a.jpg', 'https://shop.example/p')).toBe('https://shop.example/img/a.jpg');
    expect(safeUrl('javascript:alert(1)', 'https://shop.example/')).toBeUndefined();
    expect(safeUrl('data:image/png;base64,AA', 'https://shop.example/')).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  it('finds the Product in a @graph, with its offer', () => {
    const page = doc(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebPage","name":"Shop"},
      {"@type":"Product","name":"Lamp","sku":"L-1","offers":{"@type":"Offer","price":"49.00","priceCurrency":"EUR"}}]}</script>`);
    const { products, article } = readJsonLd(page);
    expect(article).toBe(false);
    expect(products).toHaveLength(1);
    expect(productFromJsonLd(products[0] as never)).toMatchObject({
      title: 'Lamp',
      price: 49,
      currency: 'EUR',
      hasOffer: true,
      ids: { sku: 'L-1' },
    });
  });
  it('an AggregateOffer gives its low price; an Article is said to be one', () => {
    const page =
      doc(`<script type="application/ld+json">[{"@type":"Article","headline":"Best lamps"},
      {"@type":"Product","name":"Lamp","offers":{"@type":"AggregateOffer","lowPrice":19.5,"highPrice":30,"priceCurrency":"USD"}}]</script>`);
    const { products, article } = readJsonLd(page);
    expect(article).toBe(true);
    expect(productFromJsonLd(products[0] as never)).toMatchObject({ price: 19.5, currency: 'USD' });
  });
  it('broken JSON is no finding, not an exception', () => {
    expect(
      readJsonLd(doc('<script type="application/ld+json">{"@type":"Product",</script>')).products,
    ).toEqual([]);
  });
});

describe('microdata and RDFa', () => {
  it('reads a microdata Product scope', () => {
    const page =
      doc(`<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Lamp</h1>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="12.50"><meta itemprop="priceCurrency" content="GBP"></div></div>`);
    const [scope] = topProductScopes(page, MICRODATA);
    expect(productFromScope(scope as Element, MICRODATA)).toMatchObject({
      title: 'Lamp',
      price: 12.5,
      currency: 'GBP',
      hasOffer: true,
    });
  });
  it('reads an RDFa Product', () => {
    const page =
      doc(`<div vocab="https://schema.org/" typeof="Product"><span property="name">Chair</span>
      <div property="offers" typeof="Offer"><span property="price" content="80">80</span><span property="priceCurrency" content="USD"></span></div></div>`);
    const [scope] = topProductScopes(page, RDFA);
    expect(productFromScope(scope as Element, RDFA)).toMatchObject({ title: 'Chair', price: 80 });
  });
});

describe('OpenGraph and product meta', () => {
  it('og:type product with a price', () => {
    const meta = readMeta(
      doc(`<meta property="og:type" content="product"><meta property="og:title" content="Lamp">
        <meta property="product:price:amount" content="1.299,00"><meta property="product:price:currency" content="EUR">`),
    );
    expect(meta).toMatchObject({
      productType: true,
      article: false,
      title: 'Lamp',
      price: 1299,
      currency: 'EUR',
    });
  });
  it('og:type article is an article', () => {
    expect(readMeta(doc('<meta property="og:type" content="article">'))).toMatchObject({
      productType: false,
      article: true,
    });
  });
});
