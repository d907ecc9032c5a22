import { storage } from 'wxt/utils/storage';
import { parseSettings, parseSettingsReport, type SetAsideValue, type Settings } from './settings';

/**
 * Where settings live: `sync:settings`, so a user's own browsers share them; `local:settings`
 * when sync is unavailable or the settings outgrow its 8 KB per-item quota (the UI says so).
 * Both items are versioned: a change of shape adds a version and a migration here.
 */
const migrations = {};

export const syncSettingsItem = storage.defineItem<Record<string, unknown>>('sync:settings', {
  fallback: {},
  version: 1,
  migrations,
});
export const localSettingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: {},
  version: 1,
  migrations,
});
/** Why settings are kept in this browser only, or null while they sync. */
export const settingsLocationItem = storage.defineItem<{ area: 'local'; reason: string } | null>(
  'local:settingsLocation',
  { fallback: null },
);

/**
 * Saved values Kinlink could not use (too long, too many, the wrong kind), kept here rather than
 * erased; the settings page lists them with a way to copy each one back, and the popup says so.
 */
export type SetAsideEntry = SetAsideValue & { at: number };
export const setAsideItem = storage.defineItem<SetAsideEntry[]>('local:settingsSetAside', {
  fallback: [],
});
/** How many set-aside values are kept at most (the oldest go first). */
const SET_ASIDE_MAX = 200;

export type SaveOutcome = { area: 'sync' } | { area: 'local'; reason: string };

export async function loadSettings(): Promise<Settings> {
  const location = await settingsLocationItem.getValue().catch(() => null);
  let raw: unknown;
  if (!location) {
    try {
      raw = await syncSettingsItem.getValue();
    } catch {
      // Sync storage unavailable (disabled by policy, or not in this browser): use local.
    }
  }
  raw ??= await localSettingsItem.getValue();
  const { settings, setAside } = parseSettingsReport(raw);
  if (setAside.length > 0) await keepAside(setAside).catch(() => {});
  return settings;
}

/** Adds values to the set-aside list, once each (loading the same settings twice adds nothing). */
export async function keepAside(values: SetAsideValue[]): Promise<void> {
  const kept = await setAsideItem.getValue();
  const key = (v: SetAsideValue) => JSON.stringify([v.where, v.value]);
  const known = new Set(kept.map(key));
  const added = values.filter((v) => !known.has(key(v))).map((v) => ({ ...v, at: Date.now() }));
  if (added.length === 0) return;
  await setAsideItem.setValue([...kept, ...added].slice(-SET_ASIDE_MAX));
}

export async function dismissSetAside(entry: SetAsideEntry): Promise<void> {
  const kept = await setAsideItem.getValue();
  await setAsideItem.setValue(
    kept.filter(
      (v) => !(v.at === entry.at && v.where === entry.where && v.reason === entry.reason),
    ),
  );
}

export async function saveSettings(settings: Settings): Promise<SaveOutcome> {
  const value = parseSettings(settings) as unknown as Record<string, unknown>;
  try {
    await syncSettingsItem.setValue(value);
    await settingsLocationItem.setValue(null);
    return { area: 'sync' };
  } catch (error) {
    const reason = syncRefusal(error);
    await localSettingsItem.setValue(value);
    await settingsLocationItem.setValue({ area: 'local', reason });
    return { area: 'local', reason };
  }
}

/** Call `onChange` whenever settings change in any tab or synced browser. Returns unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const reload = () => {
    loadSettings().then(onChange, () => {});
  };
  const unwatchers = [
    syncSettingsItem.watch(reload),
    localSettingsItem.watch(reload),
    settingsLocationItem.watch(reload),
  ];
  return () => {
    for (const u of unwatchers) u();
  };
}

/**
 * The settings for a reader that asks often (the background: twice on every page load), read
 * once and kept until any of their items changes (then read again on the next ask). A read that
 * fails is not kept.
 */
export function settingsReader(): () => Promise<Settings> {
  let current: Promise<Settings> | undefined;
  const forget = () => {
    current = undefined;
  };
  for (const item of [syncSettingsItem, localSettingsItem, settingsLocationItem])
    item.watch(forget);
  return () => {
    if (current) return current;
    const read = loadSettings();
    current = read;
    read.catch(() => {
      if (current === read) forget();
    });
    return read;
  };
}

/**
 * Why sync refused a write, in the user's words. Chrome's quota errors name the quota:
 * QUOTA_BYTES / QUOTA_BYTES_PER_ITEM (too large) or MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR
 * (too many writes: it passes, so it must not be taken for "too large").
 */
export function syncRefusal(error: unknown): string {
  const text = String(error);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(text))
    return 'Browser sync is busy (too many changes in a short time), so your latest settings are kept in this browser; they sync with your next change.';
  if (/QUOTA_BYTES|quota/i.test(text))
    return 'Your settings are larger than browser sync allows, so they are kept in this browser only.';
  return 'Browser sync is not available, so your settings are kept in this browser only.';
}
