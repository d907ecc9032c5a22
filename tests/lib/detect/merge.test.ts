import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/lib/detect';
import { decideProduct, type PageSignals } from '@/lib/detect/is-product';
import { type Finding, mergeFindings } from '@/lib/detect/merge';

const page = new URL('https://shop.example/p/lamp?utm_source=x#reviews');

describe('mergeFindings: each field by its rule, fed findings directly', () => {
  it('first found wins, in source order, and says where each field came from', () => {
    const findings: Finding[] = [
      { source: 'shop', fields: { title: 'Brass lamp', ids: { sku: 'L-1' } } },
      {
        source: 'json-ld',
        fields: {
          title: 'Lamp (JSON-LD)',
          brand: 'Lumen',
          image: '/img/lamp.jpg',
          ids: { gtin: '4006381333931' },
        },
      },
      {
        source: 'open-graph',
        fields: { title: 'Lamp | Shop', image: 'https://cdn.example/og.jpg' },
      },
    ];
    const product = mergeFindings(findings, page);
    expect(product).toMatchObject({
      title: 'Brass lamp',
      brand: 'Lumen',
      image: 'https://shop.example/img/lamp.jpg',
      ids: { sku: 'L-1', gtin: '4006381333931' },
      sources: { title: 'shop', brand: 'json-ld', image: 'json-ld' },
    });
  });

  it('availability is one of schema.org’s names, however the page spelled it, or none', () => {
    const said = (availability: string) =>
      mergeFindings([{ source: 'json-ld', fields: { title: 'Lamp', availability } }], page)
        ?.availability;
    expect(said('https://schema.org/InStock')).toBe('InStock');
    expect(said('http://schema.org/OutOfStock')).toBe('OutOfStock');
    expect(said('instock')).toBe('InStock');
    expect(said('Out of stock')).toBe('OutOfStock');
    expect(said('pre_order')).toBe('PreOrder');
    expect(said('96133')).toBeUndefined();
    expect(said('<b>soon</b>')).toBeUndefined();
  });

  it('price and currency travel together: the currency of the source that gave the price', () => {
    const product = mergeFindings(
      [
        { source: 'shop', fields: { title: 'Lamp', currency: 'USD' } },
        { source: 'json-ld', fields: { price: 49, currency: 'EUR' } },
        { source: 'open-graph', fields: { price: 52, currency: 'GBP' } },
      ],
      page,
    );
    expect(product).toMatchObject({ price: 49, currency: 'EUR', sources: { price: 'json-ld' } });
  });

  it('no price anywhere: the currency of any source, else the shop country’s', () => {
    const uk = new URL('https://shop.example.co.uk/p');
    expect(mergeFindings([{ source: 'shop', fields: { title: 'Lamp' } }], uk)?.currency).toBe(
      'GBP',
    );
  });

  it('a zero, negative or non-finite price is no price', () => {
    for (const price of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const product = mergeFindings(
        [
          { source: 'shop', fields: { title: 'Lamp', price } },
          { source: 'json-ld', fields: { price: 10, currency: 'USD' } },
        ],
        page,
      );
      expect(product?.price, String(price)).toBe(10);
    }
  });

  it('the page fills what no source gave; its canonical link beats a source’s', () => {
    const product = mergeFindings(
      [{ source: 'open-graph', fields: { canonicalUrl: 'https://shop.example/og-url' } }],
      page,
      {
        title: () => 'Lamp from the h1',
        canonicalLink: () => '/p/lamp',
        category: () => 'Home › Lighting',
      },
    );
    expect(product).toMatchObject({
      title: 'Lamp from the h1',
      canonicalUrl: 'https://shop.example/p/lamp',
      category: 'Home › Lighting',
    });
  });

  it('no title at all: no product', () => {
    expect(mergeFindings([{ source: 'json-ld', fields: { price: 10 } }], page)).toBeNull();
  });

  it('unsafe values never come out: javascript: images, HTML in text', () => {
    const product = mergeFindings(
      [
        {
          source: 'json-ld',
          fields: { title: 'Lamp &amp; <b>shade</b>', image: 'javascript:alert(1)' },
        },
      ],
      page,
    );
    expect(product?.image).toBeUndefined();
    expect(product?.title).not.toMatch(/[<>]/);
  });

  it('the declared sources are in the documented order of priority', () => {
    expect(SOURCES.map((s) => s.id)).toEqual([
      'shop',
      'json-ld',
      'microdata',
      'rdfa',
      'open-graph',
      'dom',
    ]);
  });
});

describe('decideProduct: one product or not', () => {
  const none: PageSignals = {
    products: { jsonLd: 0, microdata: 0, rdfa: 0 },
    offered: false,
    productMeta: false,
    metaPrice: false,
    metaTitle: false,
    article: false,
  };
  it.each<[string, Partial<PageSignals>, ReturnType<typeof decideProduct>]>([
    [
      'a shop detector says no (a search page)',
      { shopVerdict: false, products: { jsonLd: 1, microdata: 0, rdfa: 0 }, offered: true },
      'no',
    ],
    ['a shop detector says yes', { shopVerdict: true }, 'yes'],
    [
      'one offered product',
      { products: { jsonLd: 1, microdata: 0, rdfa: 0 }, offered: true },
      'yes',
    ],
    [
      'many products: a listing',
      { products: { jsonLd: 3, microdata: 0, rdfa: 0 }, offered: true },
      'no',
    ],
    [
      'an article about a product',
      { products: { jsonLd: 1, microdata: 0, rdfa: 0 }, offered: true, article: true },
      'no',
    ],
    [
      'a product with no offer: the page must show a price and a buy button',
      { products: { jsonLd: 1, microdata: 0, rdfa: 0 } },
      'maybe',
    ],
    ['product meta with a title', { productMeta: true, metaTitle: true }, 'yes'],
    ['no markup: the page must show a product', {}, 'maybe'],
  ])('%s → %s', (_name, signals, expected) => {
    expect(decideProduct({ ...none, ...signals })).toBe(expected);
  });
});
