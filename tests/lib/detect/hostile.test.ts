import { describe, expect, it } from 'vitest';
import { detectProduct } from '@/lib/detect';

function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}
const ld = (value: unknown) =>
  `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
const URL_ = 'https://shop.example.com/p/1';
const product = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Linen shirt',
  offers: { '@type': 'Offer', price: '49.00', priceCurrency: 'EUR' },
  ...extra,
});

describe('detectProduct on hostile and broken pages', () => {
  it('survives malformed JSON-LD and still reads the other sources', () => {
    const doc = page(
      `${ld('{"@type": "Product", name: broken')}<meta property="og:type" content="product"><meta property="og:title" content="Wool hat"><meta property="product:price:amount" content="20"><meta property="product:price:currency" content="GBP">`,
    );
    expect(detectProduct(doc, URL_)).toMatchObject({
      title: 'Wool hat',
      price: 20,
      currency: 'GBP',
    });
  });

  it('skips a multi-megabyte script without stalling', () => {
    const huge = JSON.stringify({ '@type': 'Product', name: 'x'.repeat(4_000_000) });
    const doc = page(ld(huge) + ld(product()));
    const started = performance.now();
    expect(detectProduct(doc, URL_)?.title).toBe('Linen shirt');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('walks deep nesting without overflowing the stack', () => {
    for (const depth of [50, 100_000]) {
      const deep = `${'{"@graph":['.repeat(depth)}${JSON.stringify(product())}${']}'.repeat(depth)}`;
      const doc = page(ld(deep));
      expect(() => detectProduct(doc, URL_), `depth ${depth}`).not.toThrow();
    }
  });

  it('does not let __proto__ or constructor keys pollute anything', () => {
    const doc = page(
      ld(
        '{"@type":"Product","name":"Safe","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"offers":{"price":"5","priceCurrency":"USD"}}',
      ),
    );
    const found = detectProduct(doc, URL_);
    expect(found?.title).toBe('Safe');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(found)).toBe(Object.prototype);
  });

  it('strips HTML and control characters from names', () => {
    const doc = page(
      ld(product({ name: '<img src=x onerror=alert(1)>Shirt\u0000\u0007 <b>blue</b>' })),
    );
    const title = detectProduct(doc, URL_)?.title ?? '';
    expect(title).toBe('Shirt blue');
    expect(title).not.toMatch(/[<>\u0000-\u001f]/);
  });

  it.each([
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'vbscript:x',
    '  JAVASCRIPT:alert(1)',
  ])('never gives out an image URL like %s', (image) => {
    const doc = page(ld(product({ image })));
    expect(detectProduct(doc, URL_)?.image).toBeUndefined();
  });

  it('resolves a relative image against the page', () => {
    const doc = page(ld(product({ image: '/img/shirt.jpg' })));
    expect(detectProduct(doc, URL_)?.image).toBe('https://shop.example.com/img/shirt.jpg');
  });

  it('reads @type arrays, case variants, @graph and AggregateOffer lowPrice', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Shop' },
          {
            '@type': ['PRODUCT', 'Thing'],
            name: 'Desk lamp',
            offers: {
              '@type': 'AggregateOffer',
              lowPrice: 19.5,
              highPrice: 40,
              priceCurrency: 'USD',
            },
          },
        ],
      }),
    );
    expect(detectProduct(doc, URL_)).toMatchObject({
      title: 'Desk lamp',
      price: 19.5,
      currency: 'USD',
      sources: { title: 'json-ld' },
    });
  });

  it('reads a ProductGroup whose variants carry the offers, lowest in stock first', () => {
    const doc = page(
      ld({
        '@type': 'ProductGroup',
        name: 'Sneaker',
        hasVariant: [
          {
            '@type': 'Product',
            name: 'Sneaker 42',
            offers: { price: 80, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
          },
          {
            '@type': 'Product',
            name: 'Sneaker 43',
            offers: {
              price: 60,
              priceCurrency: 'EUR',
              availability: 'https://schema.org/OutOfStock',
            },
          },
        ],
      }),
    );
    expect(detectProduct(doc, URL_)).toMatchObject({ title: 'Sneaker', price: 80 });
  });

  it('prefers the sale price over the list price', () => {
    const doc = page(
      ld(
        product({
          offers: {
            '@type': 'Offer',
            priceCurrency: 'USD',
            priceSpecification: [
              {
                '@type': 'UnitPriceSpecification',
                priceType: 'https://schema.org/ListPrice',
                price: 120,
              },
              { '@type': 'UnitPriceSpecification', price: 89 },
            ],
          },
        }),
      ),
    );
    expect(detectProduct(doc, URL_)?.price).toBe(89);
  });

  it('treats a page with several products as a listing, not a product', () => {
    const items = [1, 2, 3].map(
      (i) =>
        `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Item ${i}</span><span itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="${i}"></span></div>`,
    );
    expect(detectProduct(page('', items.join('')), URL_)).toBeNull();
  });

  it('treats an article that embeds a Product as an article', () => {
    const doc = page(`<meta property="og:type" content="article">${ld(product())}`);
    expect(detectProduct(doc, URL_)).toBeNull();
  });

  it('does not count a Product with no offer and no product signal (a loan, a game review)', () => {
    expect(
      detectProduct(page(ld({ '@type': 'Product', name: '1000 Euro Kredit' })), URL_),
    ).toBeNull();
  });

  it('never throws on non-web URLs and returns null', () => {
    const doc = page(ld(product()));
    expect(detectProduct(doc, 'chrome://settings')).toBeNull();
    expect(detectProduct(doc, 'not a url')).toBeNull();
  });

  it('never changes the page', () => {
    const doc = page(ld(product()), '<h1>Linen shirt</h1><p>Price: €49</p>');
    const before = doc.documentElement.outerHTML;
    detectProduct(doc, URL_);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the last-resort "Price:" reader', () => {
  it('reads one labelled price on a page with no markup', () => {
    const doc = page(
      '<title>Shop - Charlotte Perriand lamp</title>',
      '<p><b>Price:</b>&nbsp;£60</p>',
    );
    expect(detectProduct(doc, 'https://www.retro.example.co.uk/lamp.htm')).toMatchObject({
      price: 60,
      currency: 'GBP',
      title: 'Charlotte Perriand lamp',
    });
  });
  it('ignores prices inside scripts (single-page shops keep data there)', () => {
    const doc = page(
      '',
      `<h1>Welcome</h1><script>const p = { price: '89.00', priceCurrency: 'USD' };</script>`,
    );
    expect(detectProduct(doc, 'https://www.spa.example/')).toBeNull();
  });
  it('two different labelled prices: not one product', () => {
    const doc = page('', '<p>Price: $10</p><p>Price: $25</p>');
    expect(detectProduct(doc, 'https://www.list.example/')).toBeNull();
  });
});
