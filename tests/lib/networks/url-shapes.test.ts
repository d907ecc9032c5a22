import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLink } from '@/lib/networks';
import { parseSettings } from '@/lib/settings';
import { cleanUrl } from '@/lib/url';

/**
 * Links as people paste them, one table per class of shape (issue: links as people really paste
 * them). Each row is a real-world shape; the expectation is what a user should get.
 */
const settings = parseSettings({
  networks: {
    amazon: {
      trackingIds: {
        'amazon.com': ['me-20'],
        'amazon.co.jp': ['me-22'],
        'amazon.com.be': ['me-21'],
        'amazon.de': ['me-21'],
      },
    },
    cj: {
      publisherId: '1234567',
      advertisers: [{ id: '12345678', domains: ['shop-example.com'] }],
    },
  },
});
const link = (input: string) => createLink(input, settings);

describe('Amazon product addresses are products, whatever wraps the /dp/', () => {
  it.each([
    [
      'language switch',
      'https://www.amazon.co.jp/-/en/dp/B09XS7JWHH',
      'amazon.co.jp',
      'B09XS7JWHH',
    ],
    [
      'language switch, German',
      'https://www.amazon.com/-/de/dp/B0783SG446?th=1',
      'amazon.com',
      'B0783SG446',
    ],
    [
      'language switch and a title',
      'https://www.amazon.com.be/-/en/Title-Words-Here/dp/B08N5WRWNW/ref=sr_1_1',
      'amazon.com.be',
      'B08N5WRWNW',
    ],
    [
      'language with a region',
      'https://www.amazon.com/-/zh_TW/dp/B0783SG446',
      'amazon.com',
      'B0783SG446',
    ],
    [
      'offer listing',
      'https://www.amazon.com/gp/offer-listing/B0783SG446/ref=dp_olp_all_mbc',
      'amazon.com',
      'B0783SG446',
    ],
    ['a music track', 'https://www.amazon.de/dp/tracks/B07Q4NJ6M4', 'amazon.de', 'B07Q4NJ6M4'],
    [
      'query percent-encoded into the path',
      'https://www.amazon.com/dp/B00015007W%3FSubscriptionId%3D1V7VTJ4HA4MFT9XBH182',
      'amazon.com',
      'B00015007W',
    ],
    ['legacy amzn.com', 'http://amzn.com/B0783SG446', 'amazon.com', 'B0783SG446'],
    ['legacy amzn.com with /dp/', 'https://www.amzn.com/dp/B0783SG446', 'amazon.com', 'B0783SG446'],
  ])('%s: %s', (_name, input, store, asin) => {
    const result = link(input);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.url).toContain(`${store}/dp/${asin}`);
    expect(result.url).toMatch(/[?&]tag=me-2\d/);
  });

  it('Amazon’s redirect page is followed to the Amazon page it names, and only to Amazon', () => {
    const followed = link(
      'https://www.amazon.com/gp/redirect.html?location=https%3A%2F%2Fwww.amazon.com%2Fdp%2FB0783SG446&token=abc',
    );
    expect(followed.ok && followed.url).toMatch(/amazon\.com\/dp\/B0783SG446\?.*tag=me-20/);
    const elsewhere = link(
      'https://www.amazon.com/gp/redirect.html?location=https%3A%2F%2Fevil.example%2F',
    );
    expect(elsewhere.ok && elsewhere.url).not.toContain('evil.example');
  });
});

describe('someone else’s affiliate redirect is never offered as clean', () => {
  it.each([
    [
      'CJ Deep Link Generator',
      'https://cj.dotomi.com/links-t/7654321/type/dlg/sid/abc/https://www.shop-example.com/p/1',
    ],
    [
      'a CJ click domain',
      'https://www.tkqlhce.com/click-7654321-12345678?url=https%3A%2F%2Fwww.shop-example.com%2Fp%2F1',
    ],
    ['another CJ click domain', 'https://www.awltovhc.com/click-7654321-12345678'],
    [
      'Rakuten, Taiwan',
      'https://affiliate.api.rakuten.com.tw/redirect?nw=tw&site=main&murl=https%3A%2F%2Fwww.rakuten.com.tw%2Fshop%2Fx%2Fproduct%2F1',
    ],
    ['Geniuslink short link', 'https://geni.us/SomeBook'],
    [
      'Geniuslink click host',
      'https://target.georiot.com/Proxy.ashx?TSID=123&GR_URL=https%3A%2F%2Fwww.amazon.com%2Fdp%2FB0783SG446%3Ftag%3Dsomeone-20',
    ],
  ])('%s', (_name, input) => {
    const result = link(input);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'foreign-affiliate') throw new Error(JSON.stringify(result));
    if (result.cleanUrl) {
      // What is offered clean carries nobody's tag.
      expect(result.cleanUrl).not.toMatch(/tag=|georiot|dotomi|GR_URL/);
    }
  });

  it('Geniuslink’s destination is offered clean, without the other affiliate’s tag', () => {
    const result = link(
      'https://target.georiot.com/Proxy.ashx?TSID=123&GR_URL=https%3A%2F%2Fwww.shop-example.com%2Fp%2F1%3Futm_source%3Dx',
    );
    expect(!result.ok && result.reason === 'foreign-affiliate' && result.cleanUrl).toBe(
      'https://www.shop-example.com/p/1',
    );
  });

  it('after a CJ stand-down, the clean link drops CJ’s other parameters too', () => {
    const result = link(
      'https://www.other-shop.example/p/2?cjevent=abc123&cjdata=MXxOfDB8WXww&dgc=CJ&publisherid=42&color=red',
    );
    expect(!result.ok && result.reason === 'foreign-affiliate' && result.cleanUrl).toBe(
      'https://www.other-shop.example/p/2?color=red',
    );
  });
});

describe('wrappers are unwrapped', () => {
  it.each([
    [
      'Google result redirect',
      'https://www.google.com/url?q=https://www.amazon.com/dp/B0783SG446&sa=U&ved=x',
    ],
    ['Google AMP viewer', 'https://www.google.com/amp/s/www.amazon.com/dp/B0783SG446'],
    ['AMP cache', 'https://www-amazon-com.cdn.ampproject.org/c/s/www.amazon.com/dp/B0783SG446'],
  ])('%s', (_name, input) => {
    const result = link(input);
    expect(result.ok && result.url).toMatch(
      /^https:\/\/www\.amazon\.com\/dp\/B0783SG446\?.*tag=me-20/,
    );
  });
});

describe('cleaning leaves what it does not remove byte for byte', () => {
  it.each([
    ['https://shop.example/p?q=blah%20blah&utm_source=x', 'https://shop.example/p?q=blah%20blah'],
    ['https://shop.example/p?q=blah+blah&fbclid=1', 'https://shop.example/p?q=blah+blah'],
    [
      'https://shop.example/p?a:b=c:d&gclid=1&z=%E2%82%AC',
      'https://shop.example/p?a:b=c:d&z=%E2%82%AC',
    ],
    ['https://shop.example/p?utm%5Fsource=x&k=1', 'https://shop.example/p?k=1'],
  ])('%s → %s', (input, expected) => {
    expect(cleanUrl(new URL(input)).href).toBe(expected);
  });

  it('property: every kept parameter is the same bytes, in the same order', () => {
    const safe = fc.stringMatching(/^[A-Za-z0-9%:+~.\-*!'()]{1,12}$/);
    const param = fc.oneof(
      fc.tuple(safe, safe).map(([k, v]) => `${k}=${v}`),
      fc.constantFrom('utm_source=a', 'fbclid=b', 'gclid=c'),
    );
    fc.assert(
      fc.property(fc.array(param, { minLength: 1, maxLength: 8 }), (params) => {
        const url = new URL(`https://shop.example/p?${params.join('&')}`);
        const raw = url.search.slice(1).split('&');
        const kept = cleanUrl(url).search.slice(1).split('&').filter(Boolean);
        const expected = raw.filter((p) => !/^(utm_source|fbclid|gclid)=/.test(p));
        expect(kept).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
