import { storage } from 'wxt/utils/storage';
import { parseSettings, type Settings } from './settings';

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

export type SaveOutcome = { area: 'sync' } | { area: 'local'; reason: string };

export async function loadSettings(): Promise<Settings> {
  const location = await settingsLocationItem.getValue().catch(() => null);
  if (!location) {
    try {
      return parseSettings(await syncSettingsItem.getValue());
    } catch {
      // Sync storage unavailable (disabled by policy, or not in this browser): use local.
    }
  }
  return parseSettings(await localSettingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<SaveOutcome> {
  const value = parseSettings(settings) as unknown as Record<string, unknown>;
  try {
    await syncSettingsItem.setValue(value);
    await settingsLocationItem.setValue(null);
    return { area: 'sync' };
  } catch (error) {
    const reason = /quota/i.test(String(error))
      ? 'Your settings are larger than browser sync allows, so they are kept in this browser only.'
      : 'Browser sync is not available, so your settings are kept in this browser only.';
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
