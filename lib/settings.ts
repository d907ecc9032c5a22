import { z } from './zod';

/**
 * The one source of the settings type. Every field carries its own `.catch(default)`, so a bad
 * field falls back alone and the rest of what the user typed is kept (never reset everything
 * because one value was wrong).
 */

export const SETTINGS_VERSION = 1;

export const SHARE_CHANNELS = [
  'x',
  'facebook',
  'whatsapp',
  'telegram',
  'pinterest',
  'reddit',
  'threads',
  'bluesky',
  'linkedin',
  'email',
  'instagram',
  'system',
  'qr',
  'copy',
] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

const text = (max = 200) => z.string().trim().max(max);
const domainList = z.array(z.string().trim().toLowerCase().min(1).max(253)).max(500).catch([]);

/** Amazon tracking ids: marketplace host ("amazon.co.uk") → ids, the first the default. */
const amazonSchema = z
  .object({
    trackingIds: z
      .record(
        z.string().trim().toLowerCase(),
        z.array(z.string().trim().min(1).max(64)).max(50).catch([]),
      )
      .catch({}),
    /** Optional names for ids ("Instagram", "Newsletter"), keyed by the id itself. */
    labels: z.record(z.string(), text(60)).catch({}),
  })
  .catch({ trackingIds: {}, labels: {} });

const ebaySchema = z
  .object({
    campaignId: text(20).catch(''),
    customId: text(256).catch(''),
  })
  .catch({ campaignId: '', customId: '' });

/** One advertiser of a deep-link network and the shop domains it covers. */
export const advertiserSchema = z.object({
  id: text(64),
  name: text(100).catch(''),
  domains: domainList,
  /** Impact only: the brand's tracking domain and ids. */
  trackingDomain: text(253).optional().catch(undefined),
  campaignId: text(64).optional().catch(undefined),
});
export type Advertiser = z.infer<typeof advertiserSchema>;

const advertisers = z.array(advertiserSchema.catch({ id: '', name: '', domains: [] })).catch([]);

const deepLinkSchema = z
  .object({
    /** The user's own publisher / site / partner id on that network. */
    publisherId: text(100).catch(''),
    advertisers,
    /** Networks such as Skimlinks and Sovrn cover many shops with one id. */
    domains: domainList,
  })
  .catch({ publisherId: '', advertisers: [], domains: [] });

export const queryTagRuleSchema = z.object({
  domains: z.array(z.string().trim().toLowerCase().min(1)).min(1),
  set: z.record(z.string().trim().min(1).max(64), z.string().max(256)),
  remove: z.array(z.string().trim().min(1)).optional(),
});
export type QueryTagRule = z.infer<typeof queryTagRuleSchema>;

const channelSchema = z
  .object({
    /** Amazon: marketplace host → tracking id for this channel. */
    amazon: z.record(z.string(), z.string().trim().max(64)).catch({}),
    /** Sub id for the other networks (eBay customid, Awin clickref, Impact subId1, …). */
    subId: text(100).catch(''),
  })
  .catch({ amazon: {}, subId: '' });

export const DEFAULT_CAPTION = '{title} — {price} {link} {disclosure}';
export const DEFAULT_DISCLOSURE = '#ad';

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).catch(SETTINGS_VERSION),
  networks: z
    .object({
      amazon: amazonSchema,
      ebay: ebaySchema,
      awin: deepLinkSchema,
      rakuten: deepLinkSchema,
      cj: deepLinkSchema,
      impact: deepLinkSchema,
      skimlinks: deepLinkSchema,
      sovrn: deepLinkSchema,
      partnerize: deepLinkSchema,
      queryTag: z.object({ rules: z.array(queryTagRuleSchema).catch([]) }).catch({ rules: [] }),
    })
    .catch(() => defaultNetworks()),
  channels: z.record(z.string(), channelSchema).catch({}),
  caption: z
    .object({
      template: text(500).min(1).catch(DEFAULT_CAPTION),
      disclosure: text(200).catch(DEFAULT_DISCLOSURE),
    })
    .catch({ template: DEFAULT_CAPTION, disclosure: DEFAULT_DISCLOSURE }),
  autoCopy: z.boolean().catch(false),
  detection: z
    .object({ enabled: z.boolean().catch(true), disabledSites: domainList })
    .catch({ enabled: true, disabledSites: [] }),
  /** User's own commission rates, network id → fraction (0.04 = 4%). */
  rateOverrides: z.record(z.string(), z.number().min(0).max(1)).catch({}),
  onboarded: z.boolean().catch(false),
});

export type Settings = z.infer<typeof settingsSchema>;
export type NetworkSettings = Settings['networks'];
export type DeepLinkNetworkSettings = NetworkSettings['awin'];

function defaultNetworks(): NetworkSettings {
  const deep = () => ({ publisherId: '', advertisers: [], domains: [] });
  return {
    amazon: { trackingIds: {}, labels: {} },
    ebay: { campaignId: '', customId: '' },
    awin: deep(),
    rakuten: deep(),
    cj: deep(),
    impact: deep(),
    skimlinks: deep(),
    sovrn: deep(),
    partnerize: deep(),
    queryTag: { rules: [] },
  };
}

/**
 * Parse anything (storage, an import file, a test) into valid settings. Never throws: a field
 * that fails validation falls back to its default on its own; everything else is kept.
 */
export function parseSettings(raw: unknown): Settings {
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const result = settingsSchema.safeParse(input);
  // Every field has a .catch, so this only fails for an input zod cannot walk at all.
  return result.success ? result.data : settingsSchema.parse({});
}

export function defaultSettings(): Settings {
  return parseSettings({});
}

/**
 * Strict check for an import file: unlike parseSettings, it reports what is wrong instead of
 * quietly falling back, so the user can decide.
 */
export function validateSettingsImport(
  raw: unknown,
): { ok: true; settings: Settings } | { ok: false; message: string } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      message: 'This file is not a Kinlink settings file (expected a JSON object).',
    };
  }
  if (!('networks' in raw)) {
    return {
      ok: false,
      message: 'This file is not a Kinlink settings file (no "networks" field).',
    };
  }
  const settings = parseSettings(raw);
  const problems = findFallbacks(raw, settings);
  if (problems.length > 0) {
    return { ok: false, message: `Some values are not valid: ${problems.slice(0, 5).join('; ')}` };
  }
  return { ok: true, settings };
}

/** Paths whose value in `raw` did not survive parsing (they fell back to a default). */
function findFallbacks(raw: unknown, parsed: unknown, path: string[] = []): string[] {
  if (raw === undefined) return [];
  if (raw !== null && typeof raw === 'object' && parsed !== null && typeof parsed === 'object') {
    if (Array.isArray(raw) !== Array.isArray(parsed)) return [path.join('.') || '(root)'];
    const out: string[] = [];
    for (const [key, value] of Object.entries(raw)) {
      if (Array.isArray(raw) || key in parsed) {
        out.push(...findFallbacks(value, (parsed as Record<string, unknown>)[key], [...path, key]));
      }
    }
    return out;
  }
  if (typeof raw === 'string' && typeof parsed === 'string') {
    return raw.trim().toLowerCase() === parsed.toLowerCase() ? [] : [path.join('.')];
  }
  return Object.is(raw, parsed) ? [] : [path.join('.')];
}
