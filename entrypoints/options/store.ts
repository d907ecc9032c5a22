import { create } from 'zustand';
import { defaultSettings, type Settings } from '@/lib/settings';
import {
  loadSettings,
  type SaveOutcome,
  saveSettings,
  settingsLocationItem,
  watchSettings,
} from '@/lib/settings-store';

/** Options page UI state: the route and the settings being edited. Links come from Dexie. */
type OptionsState = {
  route: string;
  query: URLSearchParams;
  settings: Settings;
  loaded: boolean;
  saved: 'idle' | 'saving' | 'saved';
  /** Why settings are kept in this browser only (sync unavailable or full), or null. */
  localReason: string | null;
  init(): Promise<void>;
  update(change: (draft: Settings) => void): Promise<SaveOutcome>;
  replaceSettings(next: Settings): Promise<SaveOutcome>;
};

function readHash(): { route: string; query: URLSearchParams } {
  const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { route: path || 'links', query: new URLSearchParams(search) };
}

export const useOptionsStore = create<OptionsState>((set, get) => {
  const save = async (next: Settings) => {
    set({ settings: next, saved: 'saving' });
    const outcome = await saveSettings(next);
    set({ saved: 'saved', localReason: outcome.area === 'local' ? outcome.reason : null });
    return outcome;
  };
  return {
    ...readHash(),
    settings: defaultSettings(),
    loaded: false,
    saved: 'idle',
    localReason: null,
    async init() {
      set(readHash());
      window.addEventListener('hashchange', () => set(readHash()));
      const [settings, location] = await Promise.all([
        loadSettings(),
        settingsLocationItem.getValue().catch(() => null),
      ]);
      set({ settings, loaded: true, localReason: location?.reason ?? null });
      // Changes made in another tab or a synced browser show up here live.
      watchSettings((next) => set({ settings: next }));
    },
    update(change) {
      const next = structuredClone(get().settings);
      change(next);
      return save(next);
    },
    replaceSettings: save,
  };
});

export function navigate(route: string): void {
  location.hash = `#/${route}`;
}
