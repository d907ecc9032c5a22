import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLink, NETWORKS } from '@/lib/networks';
import { AMAZON_MARKETPLACES } from '@/lib/networks/amazon-data';
import { parseSettings } from '@/lib/settings';

const settings = parseSettings({
  networks: {
    amazon: {
      trackingIds: Object.fromEntries(
        Object.keys(AMAZON_MARKETPLACES).map((m) => [m, ['me-21', 'me-ig-21']]),
      ),
    },
    ebay: { campaignId: '5338123456' },
    awin: { publisherId: '123456', advertisers: [{ id: '6220', domains: ['etsy.com'] }] },
    rakuten: {
      publisherId: 'AbCdEfGhIjK',
      advertisers: [{ id: '2149', domains: ['example-shop.com'] }],
    },
    skimlinks: { publisherId: '12345X678', domains: ['wayfair.com'] },
    partnerize: { advertisers: [{ id: '1011l3kXa', domains: ['example-fashion.co.uk'] }] },
    queryTag: { rules: [{ domains: ['example-coffee.com'], set: { ref: 'anna' } }] },
  },
  channels: { instagram: { subId: 'ig', amazon: { 'amazon.com': 'me-ig-21' } } },
});

const asin = fc.stringMatching(/^[A-Z0-9]{10}$/);
const junkParam = fc.constantFrom(
  'ref=abc',
  'pd_rd_w=x',
  'utm_source=news',
  'qid=123',
  'th=1',
  'psc=1',
  'smid=A1',
  'crid=ZZ',
  'fbclid=IwA',
);
const amazonUrl = fc
  .tuple(
    fc.constantFrom(...Object.keys(AMAZON_MARKETPLACES)),
    fc.constantFrom('www.', '', 'm.', 'smile.'),
    fc.constantFrom('/dp/', '/Some-Title/dp/', '/gp/product/', '/gp/aw/d/'),
    asin,
    fc.array(junkParam, { maxLength: 4 }),
    fc.constantFrom('', '/ref=sr_1_1'),
  )
  .map(
    ([m, sub, path, id, params, ref]) =>
      `https://${sub}${m}${path}${id}${ref}${params.length ? `?${params.join('&')}` : ''}`,
  );
const ebayUrl = fc
  .tuple(
    fc.constantFrom('ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.com.au'),
    fc.stringMatching(/^[1-9]\d{11}$/),
    fc.array(junkParam, { maxLength: 3 }),
  )
  .map(
    ([site, id, params]) =>
      `https://www.${site}/itm/Some-Item/${id}${params.length ? `?${params.join('&')}` : ''}`,
  );
const deepUrl = fc
  .tuple(
    fc.constantFrom(
      'https://www.etsy.com/listing/',
      'https://www.example-shop.com/p/',
      'https://www.wayfair.com/pdp/',
      'https://www.example-fashion.co.uk/d/',
    ),
    fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.string({ maxLength: 12 })), {
      maxLength: 3,
    }),
  )
  .map(([base, slug, params]) => {
    const url = new URL(base + slug);
    for (const [k, v] of params)
      if (!['xs', 'id', 'u', 'url'].includes(k)) url.searchParams.set(k, v);
    return url.href;
  });
const anyShopUrl = fc.oneof(amazonUrl, ebayUrl, deepUrl);

describe('link engine properties', () => {
  it('never throws, on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string({ unit: 'grapheme' }),
        ),
        (input) => {
          const result = createLink(input, settings);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: a link made from your own link is the same link', () => {
    fc.assert(
      fc.property(anyShopUrl, fc.constantFrom(undefined, 'instagram'), (input, channel) => {
        const first = createLink(input, settings, { channel });
        if (!first.ok) return;
        const again = createLink(first.url, settings, { channel });
        expect(again.ok && again.url, `${input} → ${first.url} → ${JSON.stringify(again)}`).toBe(
          first.url,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('outputs https on the shop’s own host, or on the network’s click host for deep links', () => {
    fc.assert(
      fc.property(anyShopUrl, (input) => {
        const result = createLink(input, settings);
        if (!result.ok) return;
        const out = new URL(result.url);
        expect(out.protocol).toBe('https:');
        const inHost = new URL(input).hostname.replace(/^(www|m|smile)\./, '');
        const network = NETWORKS.find((n) => n.id === result.networkId);
        const clickHost = network?.ownLink?.(out, settings);
        expect(
          out.hostname.endsWith(inHost) || clickHost === 'mine',
          `${input} → ${result.url}`,
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('puts the cleaned shop URL inside a deep link, encoded exactly once', () => {
    fc.assert(
      fc.property(deepUrl, (input) => {
        const result = createLink(input, settings);
        if (!result.ok || result.networkId === 'queryTag') return;
        const network = NETWORKS.find((n) => n.id === result.networkId);
        const destination = network?.destinationOf?.(new URL(result.url));
        expect(destination, `${result.url} carries the destination`).toBe(result.canonicalUrl);
      }),
      { numRuns: 500 },
    );
  });
});
