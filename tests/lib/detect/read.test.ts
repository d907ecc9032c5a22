import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/detect/read';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const PRICED = '<meta property="product:price:amount" content="12.50">';
const crumbs = (body: string) =>
  readPage(doc(`<head>${PRICED}</head><body>${body}</body>`), 'https://shop.example/p/1')?.page
    .crumbs;

describe('readPage: the breadcrumb (the category for the estimate)', () => {
  it('reads a trail marked as a whole, by class or by its label', () => {
    expect(
      crumbs(
        '<a href="/">Menu</a><ol class="breadcrumb"><li><a>Home</a></li><li><a>Shoes</a></li></ol>',
      ),
    ).toBe('Home › Shoes');
    expect(
      crumbs('<nav aria-label="Breadcrumb"><a>Home</a> / <a>Garden</a> / <a>Lamps</a></nav>'),
    ).toBe('Home › Garden › Lamps');
  });
  it('reads a trail whose every step is marked, not the trail', () => {
    expect(
      crumbs(
        '<ul><li class="breadcrumb"><a>Home</a></li><li class="breadcrumb"><a>Toys</a></li></ul>',
      ),
    ).toBe('Home › Toys');
  });
  it('reads a microdata BreadcrumbList by its names, once each', () => {
    expect(
      crumbs(`<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Home</span></a></li>
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/k"><span itemprop="name">Kitchen</span></a></li></ol>`),
    ).toBe('Home › Kitchen');
  });
  it('has none where the page has no trail, or one step only', () => {
    expect(crumbs('<a>Home</a><a>Shoes</a>')).toBeUndefined();
    expect(crumbs('<div class="breadcrumbs"><a>Home</a></div>')).toBeUndefined();
  });
});

describe('readPage: meta tags', () => {
  it('takes the first non-blank tag of a name, as clean capped text', () => {
    const read = readPage(
      doc(`<head><meta property="og:title" content="   "><meta name="twitter:title" content="A\n\t<b>lamp</b>  ${'x'.repeat(5000)}">
      <meta property="og:image" content=" "><meta property="og:image" content="https://cdn.example/a.jpg"></head>`),
      'https://shop.example/p/1',
    );
    expect(read?.meta.title?.startsWith('A lamp x')).toBe(true);
    expect(read?.meta.title?.length).toBeLessThanOrEqual(300);
    expect(read?.meta.image).toBe('https://cdn.example/a.jpg');
  });
});

describe('readPage: microdata products (one, or a listing)', () => {
  const item = (name: string, price: string) =>
    `<div itemscope itemtype="https://schema.org/Product"><h2 itemprop="name">${name}</h2>
     <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">${price}</span>
     <meta itemprop="priceCurrency" content="EUR"></div></div>`;
  const read = (body: string) =>
    readPage(doc(`<head></head><body>${body}</body>`), 'https://shop.example/c/lamps');

  it('a listing is read until its second product: that is enough to tell (decide.ts)', () => {
    const listing = Array.from({ length: 60 }, (_, i) => item(`Lamp ${i}`, `${10 + i}.00`)).join(
      '',
    );
    expect(read(listing)?.microdata.map((p) => p.title)).toEqual(['Lamp 0', 'Lamp 1']);
  });

  it('one product marked up several times (its variants) is read to the end', () => {
    const variants = [item('Lamp', ''), item('Lamp', ''), item('Lamp', '24.00')].join('');
    const found = read(variants)?.microdata ?? [];
    expect(found).toHaveLength(3);
    expect(found[2]).toMatchObject({ title: 'Lamp', price: 24, hasOffer: true });
  });

  it('items of other types are not products, whatever their number', () => {
    const others = Array.from(
      { length: 30 },
      (_, i) =>
        `<div itemscope itemtype="https://schema.org/Review"><span itemprop="name">R${i}</span></div>`,
    ).join('');
    expect(read(others + item('Lamp', '24.00'))?.microdata.map((p) => p.title)).toEqual(['Lamp']);
  });
});
