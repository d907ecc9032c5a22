import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIMITS, LINK_TRACKING_ID_MAX } from '@/lib/limits';
import { linkDraftSchema } from '@/lib/messages';
import { createLink } from '@/lib/networks';
import { DEFAULT_CAPTION, parseSettings, parseSettingsReport } from '@/lib/settings';
import { loadSettings, setAsideItem, syncRefusal } from '@/lib/settings-store';

const long = (n: number, c = 'x') => c.repeat(n);

// Issue 11, item 1: one value too long or one item too many used to wipe its whole list.
describe('a bad value drops alone, and is kept aside', () => {
  it('a 61-character label drops that label only', () => {
    const { settings, setAside } = parseSettingsReport({
      networks: {
        amazon: {
          trackingIds: { 'amazon.com': ['me-20', 'ig-20'] },
          labels: { 'me-20': 'Newsletter', 'ig-20': long(LIMITS.idLabel + 1) },
        },
      },
    });
    expect(settings.networks.amazon.labels, 'the other label is kept').toEqual({
      'me-20': 'Newsletter',
    });
    expect(settings.networks.amazon.trackingIds['amazon.com']).toEqual(['me-20', 'ig-20']);
    expect(setAside).toEqual([
      expect.objectContaining({ value: long(61), reason: 'more than 60 characters' }),
    ]);
  });

  it('a shop rule with a 300-character value drops that rule only', () => {
    const good = { domains: ['shop.example'], set: { ref: 'anna' } };
    const { settings, setAside } = parseSettingsReport({
      networks: {
        queryTag: { rules: [good, { domains: ['b.example'], set: { ref: long(300) } }] },
      },
    });
    expect(settings.networks.queryTag.rules, 'the older rule still earns').toEqual([good]);
    expect(setAside[0]).toMatchObject({ where: 'Shop rules', reason: /set\.ref: more than 256/ });
  });

  it('a 51st Amazon id drops that id only; the store keeps its 50', () => {
    const ids = Array.from({ length: LIMITS.idsPerStore + 1 }, (_, i) => `me${i}-21`);
    const { settings, setAside } = parseSettingsReport({
      networks: { amazon: { trackingIds: { 'amazon.de': ids } } },
    });
    expect(settings.networks.amazon.trackingIds['amazon.de']).toEqual(ids.slice(0, 50));
    expect(setAside).toEqual([expect.objectContaining({ value: 'me50-21' })]);
  });

  it.each([
    ['a publisher id over 100 characters', { networks: { awin: { publisherId: long(101) } } }],
    ['a caption template over 500', { caption: { template: long(501) } }],
    ['a disclosure over 200', { caption: { disclosure: long(201) } }],
  ])('%s falls back alone, kept aside', (_name, raw) => {
    const { settings, setAside } = parseSettingsReport({
      ...raw,
      networks: {
        ...(raw as { networks?: object }).networks,
        amazon: { trackingIds: { 'amazon.com': ['me-20'] } },
      },
    });
    expect(settings.networks.amazon.trackingIds['amazon.com']).toEqual(['me-20']);
    expect(setAside).toHaveLength(1);
    expect(settings.caption.template.length).toBeLessThanOrEqual(LIMITS.captionTemplate);
  });

  it('more than 500 domains: the first 500 are kept, the rest kept aside', () => {
    const domains = Array.from({ length: 502 }, (_, i) => `shop${i}.example`);
    const { settings, setAside } = parseSettingsReport({
      networks: { skimlinks: { publisherId: '123X456', domains } },
    });
    expect(settings.networks.skimlinks.domains).toHaveLength(LIMITS.domains);
    expect(setAside.map((s) => s.value)).toEqual(['shop500.example', 'shop501.example']);
  });

  it('a name that would change an object’s prototype is never taken', () => {
    const { settings, setAside } = parseSettingsReport(
      JSON.parse(
        '{"networks":{"amazon":{"trackingIds":{"__proto__":["x-20"],"amazon.com":["me-20"]}}}}',
      ),
    );
    expect(Object.getPrototypeOf(settings.networks.amazon.trackingIds)).toBe(Object.prototype);
    expect(settings.networks.amazon.trackingIds['amazon.com']).toEqual(['me-20']);
    expect(setAside).toHaveLength(1);
  });

  it('property: every valid item survives beside any number of invalid ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9]{1,20}-2[0-2]$/), { maxLength: 20 }),
        fc.array(fc.oneof(fc.constant(''), fc.integer(), fc.stringMatching(/^[a-z]{65,80}$/)), {
          maxLength: 10,
        }),
        (valid, invalid) => {
          const ids = [...new Set(valid)];
          const mixed = [...invalid, ...ids];
          const { settings, setAside } = parseSettingsReport({
            networks: { amazon: { trackingIds: { 'amazon.com': mixed } } },
          });
          expect(settings.networks.amazon.trackingIds['amazon.com']).toEqual(ids);
          expect(setAside).toHaveLength(invalid.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('loading settings keeps what was set aside in local storage, once', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        networks: {
          amazon: { trackingIds: { 'amazon.com': ['me-20'] }, labels: { 'me-20': long(70) } },
        },
      },
    });
    const settings = await loadSettings();
    await loadSettings();
    expect(settings.networks.amazon.trackingIds['amazon.com']).toEqual(['me-20']);
    const kept = await setAsideItem.getValue();
    expect(kept, 'kept once, however often settings load').toHaveLength(1);
    expect(kept[0]).toMatchObject({ where: 'the name of tracking ID me-20', value: long(70) });
  });

  it('parsing never changes valid settings: parse(parse(x)) = parse(x), with nothing set aside', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const once = parseSettings(raw);
        const again = parseSettingsReport(JSON.parse(JSON.stringify(once)));
        expect(again.settings).toEqual(once);
        expect(again.setAside).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('limits agree between settings, links and the history', () => {
  it('a link from a shop rule with the longest value settings allow can be saved (issue 11, item 3)', () => {
    const settings = parseSettings({
      networks: {
        queryTag: {
          rules: [{ domains: ['shop.example'], set: { ref: long(LIMITS.ruleValue, 'a') } }],
        },
      },
    });
    const link = createLink('https://shop.example/p/1', settings, {});
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.trackingId?.length).toBeLessThanOrEqual(LINK_TRACKING_ID_MAX);
    const draft = linkDraftSchema.safeParse({
      originalUrl: 'https://shop.example/p/1',
      canonicalUrl: link.canonicalUrl,
      affiliateUrl: link.url,
      networkId: link.networkId,
      trackingId: link.trackingId,
    });
    expect(draft.success, 'the history accepts what settings allowed').toBe(true);
  });

  it('the caption default is what a too-long caption falls back to', () => {
    expect(parseSettings({ caption: { template: long(501) } }).caption.template).toBe(
      DEFAULT_CAPTION,
    );
  });
});

describe('sync refusals (issue 11, item 2)', () => {
  it.each([
    ['Error: QUOTA_BYTES_PER_ITEM quota exceeded', /larger than browser sync allows/],
    ['Error: MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', /busy/],
    ['Error: MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded', /busy/],
    ['Error: storage.sync is disabled', /not available/],
  ])('%s → %s', (error, reason) => {
    expect(syncRefusal(error)).toMatch(reason);
  });
});

describe('a network this version does not know', () => {
  it('is kept aside by name, and every known network keeps its settings', () => {
    const { settings, setAside } = parseSettingsReport({
      networks: {
        ebay: { campaignId: '5338000000' },
        futurenet: { publisherId: 'me-1' },
      },
    });
    expect(settings.networks.ebay.campaignId).toBe('5338000000');
    expect(setAside).toEqual([
      {
        where: 'Networks: futurenet',
        value: { publisherId: 'me-1' },
        reason: 'a network Kinlink does not know',
      },
    ]);
    expect(Object.keys(settings.networks)).not.toContain('futurenet');
  });
});
