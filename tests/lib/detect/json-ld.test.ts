import { describe, expect, it } from 'vitest';
import { productFromJsonLd, readJsonLd } from '@/lib/detect/json-ld';

/** The JSON-LD texts of a page, as the content script reads them (read.ts). */
const doc = (html: string) =>
  [
    ...new DOMParser()
      .parseFromString(html, 'text/html')
      .querySelectorAll('script[type="application/ld+json"]'),
  ].map((s) => s.textContent ?? '');

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
