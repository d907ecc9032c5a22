// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectProduct } from '@/lib/detect';
import { addressShowsNoProduct, NOT_PRODUCT_STEPS } from '@/lib/detect/is-product';

/**
 * Pages whose address says they show no one product (a site's front page, a search, a basket):
 * a featured product with its price and a buy button there is not "the product" of the page,
 * unless the page's markup says so.
 */
const says = (url: string) => addressShowsNoProduct(new URL(url));
const page = (body: string, head = '') =>
  new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Shop</title>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
const HERO = `<main><h1>Walnut desk lamp</h1><div class="price">$49.00</div>
  <button>Add to cart</button></main>`;

describe('addresses that show no one product', () => {
  it.each([
    'https://shop.example/',
    'http://www.shop.example',
    'https://shop.example/de-de/',
    'https://shop.example/fr',
    'https://shop.example/index.html',
    'https://shop.example/?s=lamp',
    'https://shop.example/index.php?q=lamp',
    'https://shop.example/search?category=5942&sort=price_a',
    'http://www.shop.ch/search/result.html',
    'https://www.shop.com.br/busca',
    'https://www.shop.de/suche/?text=lampe',
    'https://www.shop.de/jpcng/home/cart/-/task/show',
    'https://shop.example/checkout/step-1',
    'https://shop.example/warenkorb.php',
  ])('%s', (url) => expect(says(url)).toBe(true));

  it.each([
    'https://shop.example/products/walnut-lamp',
    'https://shop.example/?p=42',
    'https://shop.example/index.php?route=product/product&product_id=42',
    'https://shop.example/index.php?main_page=product_info&products_id=2626',
    'https://shop.example/lamps/walnut-lamp.html?q=gbpdefault',
    'https://shop.example/p/search-light-2000',
    'https://shop.example/cart-trolley-xl.html',
    'https://www.example.com/retrosixty-infraphil-lamp-2010',
  ])('not %s', (url) => expect(says(url)).toBe(false));

  it('a product page is never taken for one: any path whose steps are not listed', () => {
    const step = fc
      .stringMatching(/^[a-z0-9][a-z0-9-]{2,30}$/)
      .filter((s) => !NOT_PRODUCT_STEPS.has(s));
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), step, (dirs, slug) => {
        const url = `https://shop.example/${[...dirs, `${slug}-p-1234`].join('/')}.html`;
        expect(says(url)).toBe(false);
      }),
    );
  });
});

describe('what the page is then', () => {
  it('a front page showing a featured product with its price and buy button: no product', () => {
    expect(detectProduct(page(HERO), 'https://shop.example/')).toBeNull();
    expect(detectProduct(page(HERO), 'https://shop.example/search?q=lamp')).toBeNull();
  });

  it('the same page under a product address is the product', () => {
    expect(detectProduct(page(HERO), 'https://shop.example/products/walnut-lamp')).toMatchObject({
      title: 'Walnut desk lamp',
      price: 49,
    });
  });

  it('a front page whose markup says "product" stays one (a one-product shop)', () => {
    const ld = `<script type="application/ld+json">{"@type":"Product","name":"Walnut desk lamp","offers":{"price":"49.00","priceCurrency":"USD"}}</script>`;
    expect(detectProduct(page(HERO, ld), 'https://shop.example/')).toMatchObject({ price: 49 });
  });
});
