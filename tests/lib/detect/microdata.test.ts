import { describe, expect, it } from 'vitest';
import { MICRODATA, productFromScope, RDFA, topProductScopes } from '@/lib/detect/microdata';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

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
