import { describe, expect, it } from 'vitest';
import { createLink } from '@/lib/networks';
import { AMAZON_MARKETPLACES } from '@/lib/networks/amazon-data';
import { parseSettings } from '@/lib/settings';
import { corpusUrls } from '../../corpus';

// A user with an id in every Amazon marketplace and an eBay campaign: every shop URL in the
// corpus should then give the right link, or the right reason why not.
const trackingIds = Object.fromEntries(
  Object.keys(AMAZON_MARKETPLACES).map((m) => [m, [`me${m.replace(/\W/g, '')}-21`]]),
);
const settings = parseSettings({
  networks: { amazon: { trackingIds }, ebay: { campaignId: '5338123456' } },
});
const urls = corpusUrls();

describe('every URL of the shared corpus (shared/corpus/urls.json)', () => {
  it('covers the shapes the corpus promises', () => {
    expect(urls.length).toBeGreaterThanOrEqual(60);
  });

  it.each(urls.filter((u) => u.shop === 'amazon' && u.asin && !u.needsResolution))(
    'Amazon $page $marketplace $asin',
    (u) => {
      const result = createLink(u.input, settings);
      const foreignTag = /[?&]tag=([^&]+)/.exec(u.input)?.[1];
      const legacyTag = /\/(?:exec\/obidos|o)\/ASIN\/[A-Z0-9]{10}\/([^/?]+)/.exec(u.input)?.[1];
      if (foreignTag || legacyTag) {
        expect(result, 'someone else’s tag is never replaced silently').toMatchObject({
          ok: false,
          reason: 'foreign-affiliate',
          owner: foreignTag ?? legacyTag,
        });
        const replaced = createLink(u.input, settings, { replaceForeignTag: true });
        expect(replaced.ok && replaced.url, 'replacing on request gives the user’s link').toMatch(
          new RegExp(
            `^https://www\\.${u.marketplace.replace(/\./g, '\\.')}/dp/${u.asin}\\?(psc=1&)?tag=me`,
          ),
        );
        return;
      }
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      const keepsPsc = /[?&]psc=1(&|$)/.test(u.input);
      const expected = `https://www.${u.marketplace}/dp/${u.asin}?${keepsPsc ? 'psc=1&' : ''}tag=${trackingIds[u.marketplace]?.[0]}`;
      expect(result.url, 'canonical /dp/ link with only psc=1 and the tag').toBe(expected);
      expect(result.canonicalUrl).toBe(
        `https://www.${u.marketplace}/dp/${u.asin}${keepsPsc ? '?psc=1' : ''}`,
      );
    },
  );

  it.each(urls.filter((u) => u.needsResolution))('short link $input needs expanding', (u) => {
    expect(createLink(u.input, settings)).toMatchObject({ ok: false, reason: 'needs-expansion' });
  });

  it.each(urls.filter((u) => u.shop === 'amazon' && !u.asin && !u.needsResolution))(
    'Amazon $page page keeps its meaning: $input',
    (u) => {
      const result = createLink(u.input, settings);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      const out = new URL(result.url);
      const input = new URL(u.input);
      expect(out.hostname).toBe(`www.${u.marketplace}`);
      expect(out.searchParams.get('tag')).toBe(trackingIds[u.marketplace]?.[0]);
      for (const key of ['k', 'node', 'seller']) {
        if (input.searchParams.get(key))
          expect(out.searchParams.get(key), `keeps ${key}`).toBe(input.searchParams.get(key));
      }
      for (const junk of ['ref', 'ref_', 'crid', 'sprefix', 'ld'])
        expect(out.searchParams.has(junk), `drops ${junk}`).toBe(false);
      expect(out.pathname.includes('ref='), 'drops /ref= path segments').toBe(false);
    },
  );

  it.each(urls.filter((u) => u.shop === 'ebay'))('eBay $page $input', (u) => {
    const result = createLink(u.input, settings);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const out = new URL(result.url);
    expect(out.protocol).toBe('https:');
    expect(out.searchParams.get('campid')).toBe('5338123456');
    expect(out.searchParams.get('toolid')).toBe('10001');
    expect(out.searchParams.get('mkevt')).toBe('1');
    expect(out.searchParams.get('mkcid')).toBe('1');
    expect(out.searchParams.get('mkrid')).toMatch(/^\d+-\d+-19255-0$/);
    if (u.itemId) expect(out.pathname).toBe(`/itm/${u.itemId}`);
    expect(
      [...out.searchParams.keys()].some((k) => k.startsWith('_trk')),
      'drops eBay tracking',
    ).toBe(false);
  });

  it.each(
    urls.filter(
      (u) => !['amazon', 'ebay', 'amzn.to', 'a.co'].includes(u.shop) && !u.needsResolution,
    ),
  )('$shop with no network set up: a clean, honest non-commissionable link', (u) => {
    const result = createLink(u.input, settings);
    expect(result).toMatchObject({ ok: false, reason: 'not-supported' });
    if (result.ok || result.reason !== 'not-supported') return;
    const clean = new URL(result.cleanUrl ?? '');
    expect([...clean.searchParams.keys()].some((k) => k.startsWith('utm_'))).toBe(false);
    if (u.shop === 'aliexpress') expect(result.message).toMatch(/Portals/);
  });
});
