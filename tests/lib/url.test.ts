import { describe, expect, it } from 'vitest';
import {
  cleanUrl,
  formEncode,
  hostMatches,
  isTrackingParam,
  lookupDomain,
  parseHttpUrl,
  queryString,
  shopDomain,
  toHttps,
} from '@/lib/url';

describe('parseHttpUrl: a page or a person gave this address', () => {
  it.each([
    [undefined, /no address/],
    ['   ', /no address/],
    ['not a url', /not a web address/],
    ['javascript:alert(1)', /not on javascript: pages/],
    ['file:///etc/passwd', /not on file: pages/],
    ['https://user:pw@shop.example/', /no shop in it/],
    [`https://shop.example/${'a'.repeat(9000)}`, /too long/],
  ])('%j → refused: %s', (input, message) => {
    const result = parseHttpUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
  it('accepts http and https shop pages', () => {
    expect(parseHttpUrl(' https://shop.example/p?a=1 ').ok).toBe(true);
    expect(parseHttpUrl('http://shop.example/').ok).toBe(true);
  });
});

describe('hosts and domains', () => {
  it('hostMatches: the domain and its subdomains, never a lookalike', () => {
    expect(hostMatches('shop.example', 'shop.example')).toBe(true);
    expect(hostMatches('de.shop.example', 'shop.example')).toBe(true);
    expect(hostMatches('shop.example', 'www.shop.example')).toBe(true);
    expect(hostMatches('evilshop.example', 'shop.example')).toBe(false);
    expect(hostMatches('shop.example.evil', 'shop.example')).toBe(false);
  });
  it('lookupDomain: the nearest parent in the table', () => {
    const table = new Map([['example.com', 'a']]);
    expect(lookupDomain('x.y.example.com', table)).toBe('a');
    expect(lookupDomain('example.org', table)).toBeUndefined();
  });
  it('shopDomain: the registrable domain from the public suffix list', async () => {
    expect(await shopDomain('de.happycoffee.org')).toBe('happycoffee.org');
    expect(await shopDomain('www.shop.co.uk')).toBe('shop.co.uk');
  });
});

describe('cleaning and encoding', () => {
  it('cleanUrl drops tracking parameters and the fragment, keeps the rest', () => {
    const clean = cleanUrl(
      new URL('https://shop.example/p?id=7&utm_source=x&gclid=1&colour=red#reviews'),
    );
    expect(clean.href).toBe('https://shop.example/p?id=7&colour=red');
    expect(cleanUrl(new URL('https://shop.example/p?fbclid=1')).href).toBe(
      'https://shop.example/p',
    );
  });
  it.each([
    ['utm_campaign', true],
    ['UTM_Source', true],
    ['pk_kwd', true],
    ['fbclid', true],
    ['id', false],
    ['ref', false],
  ])('isTrackingParam(%s) = %s', (name, expected) => {
    expect(isTrackingParam(name)).toBe(expected);
  });
  it('formEncode and queryString encode as URLSearchParams does', () => {
    for (const value of ['a b', "it's (1)!", 'ü/é?&=', 'plain-1.2_x*'])
      expect(formEncode(value), value).toBe(new URLSearchParams({ v: value }).toString().slice(2));
    expect(queryString([])).toBe('');
    expect(
      queryString([
        ['tag', 'me-20'],
        ['q', 'a b'],
      ]),
    ).toBe('?tag=me-20&q=a+b');
  });
  it('toHttps never downgrades', () => {
    expect(toHttps(new URL('http://shop.example/p')).protocol).toBe('https:');
  });
});
