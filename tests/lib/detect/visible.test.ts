// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectProduct } from '@/lib/detect';
import { parsePrice } from '@/lib/detect/price';
import { readVisible } from '@/lib/detect/visible';
import { DETECTION } from '@/lib/limits';

/**
 * The visible-price reader, from the shopper's side: pages whose price is only text, with the
 * traps real shops set around it (old prices, per-unit prices, related products, baskets,
 * shipping, option surcharges). jsdom has no layout: these read the tree; the layout half is
 * measured in Chromium (tests/e2e/corpus.spec.ts). (jsdom, not happy-dom: happy-dom's selector
 * engine recurses and overflows on deep trees that browsers read without trouble.)
 */
const page = (body: string, lang = 'en') =>
  new DOMParser().parseFromString(
    `<!doctype html><html lang="${lang}"><head><title>Shop | Item</title></head><body>${body}</body></html>`,
    'text/html',
  );
const detect = (body: string, url = 'https://www.shop.example/item', lang = 'en') =>
  detectProduct(page(body, lang), url);

const buyBox = (price: string, extra = '') =>
  `<main><h1>Walnut desk lamp</h1>${extra}<div class="price">${price}</div>
   <button type="submit">Add to cart</button></main>`;

describe('price formats shops write', () => {
  it.each([
    ['1.234,56 €', '', 1234.56, 'EUR'],
    ['R$ 1.234,56', '', 1234.56, 'BRL'],
    ['¥12,800', 'www.shop.co.jp', 12800, 'JPY'],
    ['₹1,23,456', '', 123456, 'INR'],
    ['CHF 12.–', '', 12, 'CHF'],
    ['12,99 zł', '', 12.99, 'PLN'],
    ['kr 1 299', 'www.shop.se', 1299, 'SEK'],
    ['kr 1 299', 'www.shop.no', 1299, 'NOK'],
    ['163 290.00 руб.', '', 163290, 'RUB'],
    ['253.0 грн', '', 253, 'UAH'],
    ['27,63£', '', 27.63, 'GBP'],
    ['21 777\u00a0Kč', '', 21777, 'CZK'],
  ])('%s (%s) → %d %s', (text, host, amount, currency) => {
    expect(parsePrice(text, host)).toEqual({ amount, currency });
  });

  it('split markup: 12<sup>99</sup> is 12.99, not 1299', () => {
    const p = detect(buyBox('<span>12</span><sup>99</sup> €'), 'https://www.shop.de/x');
    expect(p).toMatchObject({ price: 12.99, currency: 'EUR', sources: { price: 'dom' } });
  });
});

describe('the visible price: what a shopper would pay', () => {
  it('a page with no markup: the heading, the price beside it, one buy button → a product', () => {
    const p = detect(buyBox('$49.00'));
    expect(p).toMatchObject({ title: 'Walnut desk lamp', price: 49, currency: 'USD' });
  });

  it('a bare amount takes the shop country’s currency: the domain, else the page’s language', () => {
    expect(detect(buyBox('69.<sup>99</sup>'), 'https://www.roller.de/x')).toMatchObject({
      price: 69.99,
      currency: 'EUR',
    });
    expect(detect(buyBox('69.99'), 'https://shop.example/x', 'en-GB')).toMatchObject({
      currency: 'GBP',
    });
  });

  it('a bare amount at a shop of no country takes the currency the amounts beside it show', () => {
    const body = `<main><h1>Massage chair</h1><div><span>List price:</span> <span>US $1,899.99</span></div>
      <div class="price-now">649.99</div><button>Add to cart</button></main>`;
    expect(detect(body, 'https://www.shop.com/x', '')).toMatchObject({
      price: 649.99,
      currency: 'USD',
    });
  });

  it('skips the struck, the old, the per-unit, the shipping and the surcharge', () => {
    const traps = `
      <del>$64.95</del><s>$70.00</s><span class="old-price">$80.00</span>
      <span>RRP $99.00</span><span>$2.00 per book</span><span>$4.99 / kg</span>
      <span>Shipping $4.95</span><span>+$15.00</span><span>Save $20.00</span>`;
    expect(detect(buyBox('Now $52.00', traps))?.price).toBe(52);
  });

  it('reads words in any case: capitals, accents and Cyrillic as well as lower case', () => {
    const shouted = detect(`<main><h1>Walnut desk lamp</h1><div class="PRICE">$49.00</div>
      <span class="Price-Old">$80.00</span><span>WAS $70.00</span><span>ÉCONOMISEZ $5.00</span>
      <div class="RELATED-Products"><div class="price">$9.00</div></div>
      <button>ADD TO BASKET</button></main>`);
    expect(shouted).toMatchObject({ price: 49, currency: 'USD' });
    const russian = detect(
      `<main><h1>Настольная лампа</h1><div class="price">4 990 ₽</div><button>В КОРЗИНУ</button></main>`,
      'https://shop.example.ru/item',
      'ru',
    );
    expect(russian).toMatchObject({ price: 4990, currency: 'RUB' });
  });
  it('skips related products, carousels, the mini basket, nav and footer', () => {
    const body = `<nav><a href="/a">Lamps from $9.99</a></nav>
      <div class="mini-cart">Basket: $0.00</div>
      <main><h1>Walnut desk lamp</h1><p class="price">$49.00</p><button>Add to basket</button>
        <section class="related-products"><h2>You may also like</h2>
          <div class="price">$19.00</div><div class="price">$29.00</div></section></main>
      <footer><span class="price">$5.00</span></footer>`;
    expect(detect(body)?.price).toBe(49);
  });

  it('a heading with its prices inside it gives the name without them', () => {
    const body = `<main><h1>Bomber Jacket <span class="price">$24.99</span> <s>$39.99</s></h1>
      <button>Add to bag</button></main>`;
    expect(detect(body)).toMatchObject({ title: 'Bomber Jacket', price: 24.99 });
  });

  it('a list of products is not one product, even with buy buttons', () => {
    const tile = (name: string, price: string) =>
      `<div class="tile"><div class="product-name">${name}</div><div class="price">${price}</div><button>Add to cart</button></div>`;
    const body = `<h1>Desk lamps</h1><div class="grid">${tile('A', '$10.00')}${tile('B', '$12.00')}${tile('C', '$14.00')}</div>`;
    expect(detect(body)).toBeNull();
    // The same price three times is still three products.
    const same = `<h1>Bags</h1>${tile('A', '$10.00')}${tile('B', '$10.00')}${tile('C', '$10.00')}`;
    expect(detect(same)).toBeNull();
  });

  it('no buy button and no "sold out": an article that mentions a price is not a product', () => {
    expect(detect('<main><h1>Our lamp review</h1><p class="price">$49.00</p></main>')).toBeNull();
  });

  it('structured data keeps first: a JSON-LD price is used, the page’s text is not read', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"Product","name":"Lamp","offers":{"price":"30.00","priceCurrency":"USD"}}</script>';
    expect(detect(ld + buyBox('$49.00'))).toMatchObject({
      price: 30,
      sources: { price: 'json-ld' },
    });
  });

  it('a Product with no offer, shown with its price and a buy button, is a product', () => {
    const body = `<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Walnut desk lamp</h1></div>
      <span class="price">399,99 €</span><button>Ajouter au panier</button>`;
    expect(detect(body, 'https://www.shop.fr/x', 'fr')).toMatchObject({
      price: 399.99,
      currency: 'EUR',
    });
  });
});

describe('what a shopper reads beside the amount', () => {
  const lamp = (prices: string, url = 'https://www.shop.example/item', lang = 'en') =>
    detect(
      `<main><h1>Walnut desk lamp</h1>${prices}<button>Add to cart</button></main>`,
      url,
      lang,
    );

  it('a label set apart from its amount: "List price:" is not the price, "Now:" is', () => {
    const p = lamp(`<div><span>List price:</span> <span>US $1,899.99</span></div>
      <div><span>You save:</span> <span>US $1,250.00</span></div>
      <div><span>Now:</span> <span>US $649.99</span></div>`);
    expect(p).toMatchObject({ price: 649.99, currency: 'USD' });
  });

  it('the price with tax, not the one before it ("zzgl. MwSt" / "Inkl. MwSt" in their own cells)', () => {
    const p = lamp(
      `<table><tr><td>zzgl. MwSt (21%):</td><td><span class="price">4,92 €</span></td></tr>
        <tr><td>Inkl. MwSt (21%):</td><td><span class="price">5,95 €</span></td></tr></table>`,
      'https://www.shop.de/x',
      'de',
    );
    expect(p).toMatchObject({ price: 5.95, currency: 'EUR' });
  });

  it('another seller’s "from" price is not the product’s', () => {
    const p = lamp(`<div class="hero"><span class="price">$37.30</span></div>
      <div class="more"><span>1 other</span> from <span class="price">$50.51</span></div>`);
    expect(p?.price).toBe(37.3);
  });

  it('"Price per unit" of a thing sold by the unit is its price; a unit price of a bulk good is not', () => {
    const wheel = lamp(
      '<table><tr><td>Price per unit</td><td><span class="prix">27,63<span>£</span></span></td></tr></table>',
      'https://www.shop.co.uk/x',
    );
    expect(wheel).toMatchObject({ price: 27.63, currency: 'GBP' });
    const bulk = lamp(
      '<div class="price">€ 19,90</div><div><span>Grundpreis:</span> <span class="price">€ 9,95</span></div>',
      'https://www.shop.de/x',
      'de',
    );
    expect(bulk?.price).toBe(19.9);
  });

  it('a product whose name holds a label’s word is not taken for a label ("Original shipping box")', () => {
    const body = `<main><h1>Original shipping box</h1><span class="price">$12.00</span>
      <button>Add to cart</button></main>`;
    expect(detect(body)?.price).toBe(12);
  });

  it('an add-on offered beside the product (a protection plan) is not its price', () => {
    const p = lamp(`<span class="price">$37.30</span>
      <div class="CarePlan-option"><span>Add 2-Year Protection</span><span class="price">$4.00</span></div>
      <div><span>Add 3-Year Protection</span> <span class="price">$6.00</span></div>`);
    expect(p?.price).toBe(37.3);
  });

  it('the sale price after the old one: "Now $52.00" after "$64.95"', () => {
    const p = lamp(
      '<h5 class="product-price--markdown">$64.95</h5><h5 class="product-price product-price--highlight">Now $52.00</h5>',
    );
    expect(p?.price).toBe(52);
  });

  it('class names that say "price" in the shop’s language, or "money", mark a bare amount', () => {
    for (const [mark, url] of [
      ['prix', 'https://www.shop.fr/x'],
      ['preis', 'https://www.shop.de/x'],
      ['precio', 'https://www.shop.es/x'],
      ['cena', 'https://www.shop.pl/x'],
      ['money', 'https://www.shop.de/x'],
    ] as const)
      expect(lamp(`<span class="${mark}">49,90</span>`, url)?.price, mark).toBe(49.9);
  });

  it('a discounted price marked "discount" is the price; a loyalty voucher’s value is not', () => {
    const sale = lamp('<span class="price price-discount">97,47 €</span>', 'https://www.shop.de/x');
    expect(sale?.price).toBe(97.47);
    const loyalty = lamp(`<p class="our_price_display"><span>£19.99</span></p>
      <p id="loyalty">Collect 1 point: a voucher of <span id="loyalty_price">£0.20</span>.</p>`);
    expect(loyalty?.price).toBe(19.99);
  });

  it('the buy box may be an <aside> beside the product', () => {
    const body = `<main><h1>Walnut desk lamp</h1><aside class="product-aside"><div class="price"><span class="money">$11.99</span></div>
      <button>Add to cart</button></aside></main>`;
    expect(detect(body)).toMatchObject({ price: 11.99, availability: 'InStock' });
  });

  it('a number run into letters (a scrambled price a script decodes) is not read as an amount', () => {
    expect(lamp('<span class="price">Online Price MzI5Ljk5 $</span>')).toBeNull();
  });

  it('an amount set in an indented page is read whole: "2.999<sup>99</sup> Lei" is 2999.99', () => {
    const indent = `\n${' '.repeat(120)}`;
    const p = lamp(
      `<p class="product-new-price">${indent}2&#46;999<sup>99</sup> <span>Lei</span>${indent}</p>`,
      'https://www.shop.ro/x',
      'ro',
    );
    expect(p).toMatchObject({ price: 2999.99, currency: 'RON' });
  });

  it('buttons made of pictures and scripted boxes count as a way to buy', () => {
    const picture = `<main><h1>Patio umbrella</h1><span class="price">$174.99</span>
      <img src="/cart.png" class="AddToCartButton" onclick="document.forms[0].submit()"></main>`;
    expect(detect(picture)).toMatchObject({ price: 174.99, availability: 'InStock' });
    const input = `<main><h1>Laptop sleeve</h1><div class="preis">€ 10,83*</div>
      <input type="image" src="/spacer.gif" alt="Laptop sleeve in den Warenkorb legen"></main>`;
    expect(detect(input, 'https://www.shop.de/x', 'de')).toMatchObject({ price: 10.83 });
  });

  it('a price in pieces beside a short name is read without the name', () => {
    const body = `<div><h1>Mug</h1>$<span class="price">5</span></div><button>Add to cart</button>`;
    expect(readVisible(page(body)).candidates[0]?.text).toBe('5');
    expect(detect(body)).toMatchObject({ title: 'Mug', price: 5, currency: 'USD' });
  });

  it('any amount in any of the formats, set in pieces (one element each), is read whole', () => {
    const formats: ((cents: number) => string)[] = [
      (c) => `$${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
      (c) => `${(c / 100).toLocaleString('de-DE', { minimumFractionDigits: 2 })} €`,
      (c) => `£${(c / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`,
      (c) => `${(c / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 })} €`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.nat({ max: formats.length - 1 }),
        fc.uniqueArray(fc.nat({ max: 20 }), { maxLength: 3 }),
        (cents, format, cuts) => {
          const text = formats[format]?.(cents) ?? '';
          const at = [0, ...cuts.filter((c) => c > 0 && c < text.length).sort((a, b) => a - b)];
          const pieces = at.map((from, i) => text.slice(from, at[i + 1]));
          const body = `<main><h1>Walnut desk lamp</h1><div class="price">${pieces.map((p) => `<span>${p}</span>`).join('')}</div>
            <button>Add to cart</button></main>`;
          expect(detect(body, 'https://www.shop.example/x')?.price).toBe(cents / 100);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('availability', () => {
  it.each([
    ['Out of stock', 'en'],
    ['Ausverkauft', 'de'],
    ['Épuisé', 'fr'],
    ['Agotado', 'es'],
    ['Esaurito', 'it'],
    ['在庫切れ', 'ja'],
    ['Нет в наличии', 'ru'],
  ])('"%s" in the product’s box → OutOfStock', (words, lang) => {
    const body = `<main><h1>Walnut desk lamp</h1><div class="price">49,00 €</div><p>${words}</p></main>`;
    expect(detect(body, 'https://www.shop.eu/x', lang)).toMatchObject({
      price: 49,
      availability: 'OutOfStock',
    });
  });

  it('a disabled buy button → OutOfStock; an enabled one → InStock', () => {
    const off = `<main><h1>Lamp</h1><div class="price">$49.00</div><button disabled>Add to cart</button></main>`;
    expect(detect(off)?.availability).toBe('OutOfStock');
    expect(detect(buyBox('$49.00'))?.availability).toBe('InStock');
  });

  it('the first buy button that can be used decides: one disabled before it (a sticky bar) does not', () => {
    const body = `<main><h1>Lamp</h1><div class="price">$49.00</div>
      <button disabled>Add to cart</button><button>Add to cart</button></main>`;
    expect(detect(body)?.availability).toBe('InStock');
    expect(readVisible(page(body))).toMatchObject({ buy: 2, off: false });
  });

  it('a buy button that can be used outweighs a "sold out" message beside it (kept hidden, or another variant’s)', () => {
    const body = `<main><h1>Lamp</h1><div class="price">$49.00</div><button>Add to cart</button>
      <p class="find-in-store">This product is out of stock online.</p></main>`;
    expect(detect(body)?.availability).toBe('InStock');
    const none = `<main><h1>Lamp</h1><div class="price">$49.00</div><p>Sold out</p></main>`;
    expect(detect(none)?.availability).toBe('OutOfStock');
  });

  it('"sold out" elsewhere on the page (another product) does not count', () => {
    const body = `${buyBox('$49.00')}<aside><h3>Chair</h3><p>Sold out</p></aside>`;
    expect(detect(body)?.availability).toBe('InStock');
  });
});

describe('where the price is looked for', () => {
  it('beside its heading, however much text comes before the heading in its box', () => {
    // A mega-menu of thousands of texts inside the product's box, before the heading.
    const menu = Array.from({ length: 5000 }, (_, i) => `<li>Item ${i}</li>`).join('');
    const body = `<div><div><div><div><div><ul>${menu}</ul><h1>Walnut desk lamp</h1>
      <div class="price">$49.00</div><button>Add to cart</button></div></div></div></div></div>`;
    expect(detect(body)).toMatchObject({ title: 'Walnut desk lamp', price: 49 });
  });

  it('before its heading too, nearest first (some shops show the price above the name)', () => {
    const body = `<main><div class="price">$49.00</div><h1>Walnut desk lamp</h1>
      <button>Add to cart</button></main>`;
    expect(detect(body)).toMatchObject({ title: 'Walnut desk lamp', price: 49 });
  });

  it('not past DETECTION.textsAfter texts after the heading: a price that far is not its own', () => {
    const filler = Array.from({ length: DETECTION.textsAfter }, (_, i) => `<p>Line ${i}</p>`).join(
      '',
    );
    const body = `<main><h1>Walnut desk lamp</h1>${filler}<div class="price">$49.00</div>
      <button>Add to cart</button></main>`;
    expect(readVisible(page(body)).candidates).toEqual([]);
  });
});

describe('bounded on hostile pages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('thousands of price-like strings: bounded, no throw, no made-up price', () => {
    const junk = Array.from({ length: 20_000 }, (_, i) => `<span>$${i}.99</span>`).join('');
    const started = performance.now();
    const seen = readVisible(page(`<h1>Lamp</h1>${junk}`));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(seen.candidates.length).toBeLessThanOrEqual(DETECTION.sent);
  });

  it('past its time budget it gives up: no price beats a wrong price', () => {
    // The clock jumps past the budget as soon as the reader has started.
    let calls = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (calls++ === 0 ? 0 : 1000));
    const seen = readVisible(page(buyBox('$49.00')));
    expect(seen.candidates).toEqual([]);
  });

  it('deep nesting does not overflow the stack', () => {
    const deep = `${'<div>'.repeat(5000)}<span class="price">$5</span>${'</div>'.repeat(5000)}`;
    expect(() => readVisible(page(`<h1>Lamp</h1>${deep}`))).not.toThrow();
  });

  it('never changes the page, whatever text it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 20 }), (texts) => {
        const doc = page(
          `<h1>Lamp</h1>${texts.map((t) => `<span class="price">${t.replace(/</g, '')}</span>`).join('')}<button>Buy now</button>`,
        );
        const before = doc.documentElement.outerHTML;
        const seen = readVisible(doc);
        expect(doc.documentElement.outerHTML).toBe(before);
        expect(seen.candidates.length).toBeLessThanOrEqual(DETECTION.sent);
      }),
      { numRuns: 100 },
    );
  });
});
