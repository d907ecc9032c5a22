// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectProduct } from '@/lib/detect';
import { decidePage, visibleWanted } from '@/lib/detect/decide';
import { readPage, readShown } from '@/lib/detect/read';
import { answerFromPage } from '@/lib/page-product';

/**
 * The content script reads what a page shows (its costliest part) only when the background asks,
 * and the background asks only where it could change the answer. These check that promise from
 * both sides: the pages that need it are asked for, and leaving it out never changes an answer.
 */
const URL_ = 'https://www.shop.example/item/1';
const doc = (head: string, body: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Shop | Item</title>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const BOX = `<main><h1>Walnut desk lamp</h1><div class="price">£24.99</div>
  <button type="submit">Add to cart</button></main>`;

describe('what the page shows is asked for only where it could tell', () => {
  it('is not asked for where structured data prices the product', () => {
    const read = readPage(
      doc(ld({ '@type': 'Product', name: 'Walnut desk lamp', offers: { price: '19.50' } }), BOX),
      URL_,
    );
    expect(read && visibleWanted(read)).toBe(false);
    expect(read?.visible).toBeUndefined();
  });

  it('is asked for on a page with no markup, and then gives its price', () => {
    const page = doc('', BOX);
    const read = readPage(page, URL_);
    expect(read && visibleWanted(read)).toBe(true);
    const product = read && decidePage(readShown(page, read));
    expect(product).toMatchObject({ title: 'Walnut desk lamp', price: 24.99, currency: 'GBP' });
    expect(detectProduct(doc('', BOX), URL_)).toEqual(product);
  });

  it('is asked for where the product is marked up without a price', () => {
    const page = doc(ld({ '@type': 'Product', name: 'Walnut desk lamp' }), BOX);
    const read = readPage(page, URL_);
    expect(read && visibleWanted(read)).toBe(true);
    expect(read && decidePage(readShown(page, read))?.price).toBe(24.99);
  });

  it.each([
    ['an article', '<meta property="og:type" content="article">', BOX],
    ['a news article in JSON-LD', ld({ '@type': 'NewsArticle', headline: 'Lamps' }), BOX],
    [
      'a listing',
      '',
      `${BOX}<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">A</span></div>
       <div itemscope itemtype="https://schema.org/Product"><span itemprop="name">B</span></div>`,
    ],
  ])('is not asked for on %s (it is not one product, whatever it shows)', (_, head, body) => {
    const page = doc(head, body);
    const read = readPage(page, URL_);
    expect(read && visibleWanted(read)).toBe(false);
    expect(read && decidePage(readShown(page, structuredClone(read)))).toBeNull();
  });

  it('is not asked for again where the page breaks the reader: it is decided from the rest', () => {
    const read = readPage(doc('', BOX), URL_);
    const broken = { documentElement: null } as unknown as Document;
    expect(read && visibleWanted(readShown(broken, read))).toBe(false);
    expect(read?.visible?.candidates).toEqual([]);
    expect(read && decidePage(read)).toBeNull();
  });

  it('is not asked for again once it was read, nor for anything that breaks the deciding', () => {
    const page = doc('', BOX);
    const read = readPage(page, URL_);
    expect(read && visibleWanted(readShown(page, read))).toBe(false);
    expect(answerFromPage({ url: 'not a url' } as never)).toBeNull();
  });
});

describe('asking first answers as reading everything did, or better', () => {
  // Pages built from the parts that decide: structured data with and without a price, meta tags,
  // several products, an article, a heading, a visible price, a buy button, a sold-out note.
  const parts = fc.record({
    jsonLd: fc.constantFrom(
      '',
      ld({ '@type': 'Product', name: 'Walnut desk lamp', offers: { price: '19.50' } }),
      ld({ '@type': 'Product', name: 'Walnut desk lamp' }),
      ld({ '@type': 'Product', name: 'Lamp', offers: { price: '0' } }),
      ld([
        { '@type': 'Product', name: 'A' },
        { '@type': 'Product', name: 'B' },
      ]),
      ld({ '@type': 'BlogPosting', headline: 'Lamps we love' }),
    ),
    meta: fc.constantFrom(
      '',
      '<meta property="og:type" content="product"><meta property="og:title" content="Lamp">',
      '<meta property="og:type" content="article">',
      '<meta property="product:price:amount" content="12.00">',
    ),
    heading: fc.constantFrom('', '<h1>Walnut desk lamp</h1>', '<h2>Walnut desk lamp</h2>'),
    price: fc.constantFrom(
      '',
      '<div class="price">£24.99</div>',
      '<p>Price: £60</p>',
      '<s>£30</s>',
    ),
    buy: fc.constantFrom(
      '',
      '<button>Add to cart</button>',
      '<button disabled>Add to cart</button>',
    ),
    note: fc.constantFrom('', '<p>Sold out</p>', '<p>Free delivery over £50</p>'),
    microdata: fc.constantFrom(
      '',
      '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Lamp</span><span itemprop="price" content="9.99"></span></div>',
    ),
  });
  // Before, the content script read what the page shows wherever no structured source priced
  // it (a "price" in the JSON-LD text was enough), and the background decided from that.
  const before = (page: Document) => {
    const read = readPage(page, URL_);
    if (!read) return null;
    const priced =
      [...read.shops, ...read.microdata, ...read.rdfa, read.meta].some((f) => (f.price ?? 0) > 0) ||
      read.jsonLd.some((t) => /"(price|lowPrice)"\s*:\s*"?\s*\d/.test(t));
    return decidePage(priced ? read : readShown(page, read));
  };
  it('gives the same product for every page, or a price where there was none', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const body = `<main>${p.heading}${p.price}${p.note}${p.buy}</main>${p.microdata}`;
        const html = [`${p.jsonLd}${p.meta}`, body] as const;
        const was = before(doc(...html));
        const now = detectProduct(doc(...html), URL_);
        if (was?.price === undefined && now?.price !== undefined) return;
        expect(now).toEqual(was);
      }),
      { numRuns: 500 },
    );
  });
});
