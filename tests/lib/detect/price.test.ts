import { describe, expect, it } from 'vitest';
import { parsePrice } from '@/lib/detect/price';

describe('parsePrice: the formats shops use', () => {
  it.each([
    ['1.299,00 €', '', 1299, 'EUR'],
    ['$1,299.00', '', 1299, 'USD'],
    ['¥12,800', 'www.amazon.co.jp', 12800, 'JPY'],
    ['1 299 kr', 'www.shop.se', 1299, 'SEK'],
    ['1 299 kr', 'www.shop.dk', 1299, 'DKK'],
    ['R$ 49,90', '', 49.9, 'BRL'],
    ['US $649.99', '', 649.99, 'USD'],
    ['£4.45', '', 4.45, 'GBP'],
    ['53,11 €', '', 53.11, 'EUR'],
    ['CHF 1’249.00', '', 1249, 'CHF'],
    ['$45', 'www.shop.com.au', 45, 'AUD'],
    ['EUR 97,47', '', 97.47, 'EUR'],
    ['1.299 €', '', 1299, 'EUR'],
    ['12,5 zł', '', 12.5, 'PLN'],
    ['1.234.567 ₽', '', 1234567, 'RUB'],
    // "2.999<sup>99</sup> Lei" as the eye reads it: the last separator, before two digits, is the point.
    ['2.999.99 Lei', '', 2999.99, 'RON'],
  ])('%s (%s) → %d %s', (text, host, amount, currency) => {
    expect(parsePrice(text, host)).toEqual({ amount, currency });
  });

  it('gives nothing for text without a price', () => {
    expect(parsePrice('Ver todas las opciones de compra').amount).toBeUndefined();
    expect(parsePrice('').amount).toBeUndefined();
  });
});
