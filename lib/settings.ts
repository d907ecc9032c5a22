import { LIMITS } from './limits';
import { NETWORKS } from './networks/registry';
import type { NetworkAdapter, SettingsKit } from './networks/types';
import {
  DEFAULT_CAPTION,
  DEFAULT_DISCLOSURE,
  defaultNetworks,
  SETTINGS_VERSION,
} from './settings-base';
import { z } from './zod';

/**
 * The one source of the settings type. Every field carries its own `.catch(default)`, so a bad
 * field falls back alone and the rest of what the user typed is kept (never reset everything
 * because one value was wrong).
 */

export {
  DEFAULT_CAPTION,
  DEFAULT_DISCLOSURE,
  defaultSettings,
  SETTINGS_VERSION,
  SHARE_CHANNELS,
  type ShareChannel,
} from './settings-base';

/**
 * A value of the settings that could not be used, kept aside instead of erased: where it was,
 * what it was, and why it was refused. The settings page lists these; the popup says so.
 */
export type SetAsideValue = { where: string; value: unknown; reason: string };

// Filled while one parse runs (parsing is synchronous), then handed to the caller.
let setAside: SetAsideValue[] | null = null;
function keepAside(where: string, value: unknown, reason: string): void {
  setAside?.push({ where, value, reason });
}

/** A refusal in a user's words: "longer than 60 characters", "set.ref: empty". */
function describe(error: { issues: readonly z.core.$ZodIssue[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'not valid';
  const at = issue.path.length ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'too_big') {
    const unit =
      issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
    return `${at}more than ${String(issue.maximum)}${unit}`;
  }
  if (issue.code === 'too_small' && Number(issue.minimum) === 1 && issue.origin === 'string')
    return `${at}empty`;
  if (issue.code === 'invalid_type')
    return `${at}not ${issue.expected === 'string' ? 'text' : issue.expected}`;
  return `${at}${issue.message}`;
}

/** One value: when it is invalid, the default takes its place and the value is kept aside. */
function field<T extends z.ZodType>(schema: T, fallback: z.output<T>, where: string) {
  return schema.catch((ctx) => {
    if (ctx.input !== undefined) keepAside(where, ctx.input, describe(ctx.error));
    return fallback;
  });
}

/** For a group that is not even the right shape: its default, and the value kept aside. */
function whole<T>(where: string, fallback: T) {
  return (ctx: { input: unknown; error: { issues: readonly z.core.$ZodIssue[] } }): T => {
    if (ctx.input !== undefined) keepAside(where, ctx.input, describe(ctx.error));
    return structuredClone(fallback);
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
// Keys that would change an object's prototype if assigned: never accepted as names.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Any input, a missing key included: zod skips the transform of an absent optional key, so
 * `prefault(undefined)` runs it with undefined (then the transform returns its empty default).
 */
const anything = z.unknown();
const present = <T extends z.ZodType>(schema: T) => schema.prefault(undefined as never);

/** A list where each invalid item, and each item past `max`, drops alone (kept aside). */
function list<T extends z.ZodType>(
  item: T,
  max: number,
  where: string,
): z.ZodType<z.output<T>[], unknown> {
  return present(
    anything.transform((raw): z.output<T>[] => {
      if (raw === undefined) return [];
      if (!Array.isArray(raw)) {
        keepAside(where, raw, 'not a list');
        return [];
      }
      const out: z.output<T>[] = [];
      for (const value of raw) {
        const parsed = item.safeParse(value);
        if (!parsed.success) keepAside(where, value, describe(parsed.error));
        else if (out.length >= max) keepAside(where, value, `more than ${max} (the limit)`);
        else out.push(parsed.data);
      }
      return out;
    }),
  );
}

/** A map (name → value) where each invalid entry drops alone (kept aside). */
function map<T>(
  key: z.ZodType<string>,
  value: (name: string) => z.ZodType<T>,
  where: (name: string) => string,
): z.ZodType<Record<string, T>, unknown> {
  return present(
    anything.transform((raw): Record<string, T> => {
      const out: Record<string, T> = {};
      if (raw === undefined) return out;
      if (!isRecord(raw)) {
        keepAside(where(''), raw, 'not a list of names and values');
        return out;
      }
      for (const [name, v] of Object.entries(raw)) {
        const k = key.safeParse(name);
        const parsed = k.success && !UNSAFE_KEYS.has(k.data) ? value(k.data).safeParse(v) : null;
        if (!k.success) keepAside(where(name), v, `the name ${describe(k.error)}`);
        else if (!parsed) keepAside(where(name), v, 'a name Kinlink cannot use');
        else if (!parsed.success) keepAside(where(name), v, describe(parsed.error));
        else out[k.data] = parsed.data;
      }
      return out;
    }),
  );
}

const text = (max: number) => z.string().trim().max(max);
const domain = z.string().trim().toLowerCase().min(1).max(LIMITS.domain);
const domainList = (where: string) => list(domain, LIMITS.domains, where);

/** What every network's settings are built from (lib/networks/types.ts, SettingsKit). */
const kit: SettingsKit = {
  object: z.object,
  array: z.array,
  string: z.string,
  record: z.record,
  field,
  list,
  map,
  text,
  domain,
};

type Adapter = (typeof NETWORKS)[number];
/** Each registered network's own block, as its file declares it: `networks.amazon`, `networks.awin`… */
export type NetworkSettings = {
  [A in Adapter as A['id']]: A extends NetworkAdapter<string, infer S> ? S : never;
};

/**
 * The networks' settings, built from the registry: a new network's file brings its block. A block
 * that is not even the right shape becomes that network's defaults (kept aside), the rest stay.
 */
function networksSchema(): z.ZodType<NetworkSettings, unknown> {
  const shape: Record<string, z.ZodType> = {};
  for (const network of NETWORKS as readonly NetworkAdapter[]) {
    const spec = network.settings;
    shape[network.id] = spec.schema(kit).catch((ctx: { input: unknown; error: z.ZodError }) => {
      if (ctx.input !== undefined)
        keepAside(spec.title ?? network.label, ctx.input, describe(ctx.error));
      return spec.defaults();
    });
  }
  // A block for a network this version does not know (a file from a newer Kinlink, a network
  // since removed) is kept aside by name, not dropped without a word.
  const known = new Set(Object.keys(shape));
  const unknownKept = (raw: unknown) => {
    if (isRecord(raw))
      for (const [id, value] of Object.entries(raw))
        if (!known.has(id))
          keepAside(`Networks: ${id.slice(0, 60)}`, value, 'a network Kinlink does not know');
    return raw;
  };
  return z.preprocess(unknownKept, z.object(shape)).catch((ctx) => {
    if (ctx.input !== undefined) keepAside('Networks', ctx.input, describe(ctx.error));
    return defaultNetworks();
  }) as unknown as z.ZodType<NetworkSettings, unknown>;
}

const channelSchema = z.object({
  /** Amazon: marketplace host → tracking id for this channel. */
  amazon: map(
    z.string().max(LIMITS.domain),
    () => text(LIMITS.amazonTrackingId),
    (store) => `a channel's Amazon tracking ID for ${store}`,
  ),
  /** Sub id for the other networks (eBay customid, Awin clickref, Impact subId1, …). */
  subId: field(text(LIMITS.subId), '', "a channel's sub ID"),
});

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).catch(SETTINGS_VERSION),
  networks: networksSchema(),
  channels: map(
    z.string().min(1).max(LIMITS.channel),
    () => channelSchema,
    (c) => `channel ${c}`,
  ),
  caption: z
    .object({
      template: field(text(LIMITS.captionTemplate).min(1), DEFAULT_CAPTION, 'Caption template'),
      disclosure: field(text(LIMITS.disclosure), DEFAULT_DISCLOSURE, 'Disclosure'),
    })
    .catch(whole('Caption', { template: DEFAULT_CAPTION, disclosure: DEFAULT_DISCLOSURE })),
  autoCopy: field(z.boolean(), false, 'Copy as soon as the popup opens'),
  /** Product pictures load from each shop's servers: only when the user turned this on. */
  showPictures: field(z.boolean(), false, 'Show product pictures'),
  detection: z
    .object({
      enabled: field(z.boolean(), true, 'Detect products'),
      disabledSites: domainList('Sites where detection is off'),
    })
    .catch(whole('Detection', { enabled: true, disabledSites: [] })),
  /** User's own commission rates, network id → fraction (0.04 = 4%). */
  rateOverrides: map(
    z.string().min(1).max(LIMITS.networkId),
    () => z.number().min(0).max(1),
    (network) => `your rate for ${network}`,
  ),
  onboarded: field(z.boolean(), false, 'Welcome finished'),
});

export type Settings = z.infer<typeof settingsSchema>;

/**
 * Parse anything (storage, an import file, a test) into valid settings. Never throws: an invalid
 * value falls back alone — one item of a list, one entry of a map, one field — and everything
 * else is kept. `parseSettingsReport` also says what was set aside.
 */
export function parseSettings(raw: unknown): Settings {
  return parseSettingsReport(raw).settings;
}

export function parseSettingsReport(raw: unknown): {
  settings: Settings;
  setAside: SetAsideValue[];
} {
  const input = isRecord(raw) ? raw : {};
  const collected: SetAsideValue[] = [];
  setAside = collected;
  try {
    const result = settingsSchema.safeParse(input);
    // Every field has a fallback, so this only fails for an input zod cannot walk at all.
    return {
      settings: result.success ? result.data : settingsSchema.parse({}),
      setAside: collected,
    };
  } finally {
    setAside = null;
  }
}

/**
 * Strict check for an import file: unlike parseSettings, it reports what is wrong instead of
 * quietly falling back, so the user can decide.
 */
export function validateSettingsImport(
  raw: unknown,
): { ok: true; settings: Settings } | { ok: false; message: string } {
  if (!isRecord(raw)) {
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
  const { settings, setAside: problems } = parseSettingsReport(raw);
  if (problems.length > 0) {
    const list = problems.slice(0, 5).map((p) => `${p.where} (${p.reason})`);
    return { ok: false, message: `Some values are not valid: ${list.join('; ')}` };
  }
  return { ok: true, settings };
}
