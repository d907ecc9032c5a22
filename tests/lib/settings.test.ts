import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CAPTION,
  defaultSettings,
  parseSettings,
  validateSettingsImport,
} from '@/lib/settings';

describe('parseSettings', () => {
  it('falls back to exactly the defaults a page starts with before its parser loads', () => {
    // lib/settings-base.ts holds them without zod; the parser's fallbacks must be the same.
    expect(parseSettings({})).toEqual(defaultSettings());
    expect(parseSettings(undefined)).toEqual(defaultSettings());
    expect(parseSettings({ caption: 5, detection: 'x', networks: [] })).toEqual(defaultSettings());
  });

  it('fills every default from nothing', () => {
    const s = parseSettings(undefined);
    expect(s.networks.amazon.trackingIds).toEqual({});
    expect(s.caption.template).toBe(DEFAULT_CAPTION);
    expect(s.detection.enabled).toBe(true);
  });

  it('keeps the user’s tracking ids when another field is broken (a bad field falls back alone)', () => {
    const s = parseSettings({
      networks: {
        amazon: { trackingIds: { 'amazon.co.uk': ['me-21', 'me-ig-21'] } },
        ebay: { campaignId: 42 },
      },
      autoCopy: 'yes please',
      caption: { template: '', disclosure: '#ad' },
    });
    expect(s.networks.amazon.trackingIds['amazon.co.uk'], 'the ids the user typed survive').toEqual(
      ['me-21', 'me-ig-21'],
    );
    expect(s.networks.ebay.campaignId).toBe('');
    expect(s.autoCopy).toBe(false);
    expect(s.caption.template, 'an empty template falls back').toBe(DEFAULT_CAPTION);
    expect(s.caption.disclosure).toBe('#ad');
  });

  it('keeps one marketplace when another is malformed', () => {
    const s = parseSettings({
      networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'], 'amazon.de': 'oops' } } },
    });
    expect(s.networks.amazon.trackingIds['amazon.com']).toEqual(['me-20']);
    expect(s.networks.amazon.trackingIds['amazon.de']).toEqual([]);
  });

  it('never throws, on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(parseSettings(raw).version).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable: parsing parsed settings changes nothing', () => {
    const s = parseSettings({
      networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } },
      autoCopy: true,
    });
    expect(parseSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});

describe('validateSettingsImport', () => {
  it('accepts an exported file', () => {
    const exported = JSON.parse(
      JSON.stringify(parseSettings({ networks: { ebay: { campaignId: '5338123456' } } })),
    );
    expect(validateSettingsImport(exported)).toMatchObject({ ok: true });
  });

  it.each([
    [[], /not a Kinlink settings file/],
    ['hello', /not a Kinlink settings file/],
    [{ foo: 1 }, /no "networks" field/],
    [
      { ...defaultSettings(), autoCopy: 'maybe' },
      /Copy as soon as the popup opens \(not boolean\)/,
    ],
    [
      {
        ...defaultSettings(),
        networks: { ...defaultSettings().networks, ebay: { campaignId: 5 } },
      },
      /eBay campaign ID \(not text\)/,
    ],
  ])('refuses %j with a reason naming the field in the settings page’s words', (raw, message) => {
    const result = validateSettingsImport(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
