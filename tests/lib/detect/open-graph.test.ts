import { describe, expect, it } from 'vitest';
import { readMeta } from '@/lib/detect/open-graph';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

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
