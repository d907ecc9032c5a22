import { create } from 'zustand';
import type { Settings } from '@/lib/settings';
import { defaultSettings } from '@/lib/settings-base';
import type { SaveOutcome } from '@/lib/settings-store';
import { readHash } from './hash';
import { afterFirstRows } from './pages/links/first-rows';

export { readHash };

// Reading and writing settings needs their parser (zod): it loads once the links page's first
// rows are painted, not before them (lib/settings-base.ts).
const settingsStore = () => import('@/lib/settings-store');

/** Options page UI state: the route and the settings being edited. Links come from Dexie. */
type OptionsState = {
  route: string;
  query: URLSearchParams;
  settings: Settings;
  loaded: boolean;
  saved: 'idle' | 'saving' | 'saved';
  /** Why settings are kept in this browser only (sync unavailable or full), or null. */
  localReason: string | null;
  /** Loads the settings and follows the address; once per page (a second call waits for the first). */
  init(): Promise<void>;
  initialising: Promise<void> | null;
  update(change: (draft: Settings) => void): Promise<SaveOutcome>;
  replaceSettings(next: Settings): Promise<SaveOutcome>;
};

/**
 * Edits are saved once typing pauses, not on every key press: browser sync allows about 120
 * writes a minute, and a word typed into a field must not spend 30 of them.
 */
export const SAVE_DELAY_MS = 400;

export const useOptionsStore = create<OptionsState>((set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: ((outcome: SaveOutcome) => void)[] = [];
  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    const resolvers = waiting;
    waiting = [];
    const { saveSettings } = await settingsStore();
    const outcome = await saveSettings(get().settings);
    // A newer edit may be waiting already: only the last save says "saved".
    if (!timer)
      set({ saved: 'saved', localReason: outcome.area === 'local' ? outcome.reason : null });
    for (const resolve of resolvers) resolve(outcome);
    return outcome;
  };
  const save = (next: Settings): Promise<SaveOutcome> => {
    set({ settings: next, saved: 'saving' });
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
    return new Promise((resolve) => waiting.push(resolve));
  };
  if (typeof window !== 'undefined') {
    // Leaving the page saves what was typed last.
    window.addEventListener('pagehide', () => {
      if (timer) void flush();
    });
  }
  const load = async () => {
    set(readHash());
    window.addEventListener('hashchange', () => set(readHash()));
    // The links page's first rows go first: the settings' parser compiles once they are painted.
    await afterFirstRows();
    const { loadSettings, settingsLocationItem, watchSettings } = await settingsStore();
    const [settings, location] = await Promise.all([
      loadSettings(),
      settingsLocationItem.getValue().catch(() => null),
    ]);
    set({ settings, loaded: true, localReason: location?.reason ?? null });
    // Changes made in another tab or a synced browser show up here live (not while an edit
    // of this page waits to be saved: that edit is newer).
    watchSettings((next) => {
      if (!timer) set({ settings: next });
    });
  };
  return {
    ...readHash(),
    settings: defaultSettings(),
    loaded: false,
    saved: 'idle',
    localReason: null,
    initialising: null,
    init() {
      const started = get().initialising;
      if (started) return started;
      const initialising = load();
      set({ initialising });
      return initialising;
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
