import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAVE_DELAY_MS, useOptionsStore } from '@/entrypoints/options/store';

describe('the options page saves settings once typing pauses (issue 11, item 2)', () => {
  it('32 key presses in a field are one write to sync storage, with the last value', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const word = 'anna-picks-from-the-garden-2026-21'.slice(0, 32);
    const saves = [...word].map((_, i) =>
      useOptionsStore.getState().update((d) => {
        d.caption.disclosure = word.slice(0, i + 1);
      }),
    );
    expect(useOptionsStore.getState().settings.caption.disclosure, 'the field shows each key').toBe(
      word,
    );
    expect(useOptionsStore.getState().saved).toBe('saving');
    await Promise.all(saves);
    const writes = set.mock.calls.filter(([items]) => 'settings' in (items as object));
    expect(writes, 'one write for the whole word').toHaveLength(1);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      caption: { disclosure: word },
    });
    expect(useOptionsStore.getState().saved).toBe('saved');
    expect(SAVE_DELAY_MS).toBeLessThanOrEqual(1000);
  });
});

describe('the options page starts once', () => {
  it('init called again (early by the page, then by the app) waits for the first: one read, one listener', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const listen = vi.spyOn(window, 'addEventListener');
    const store = useOptionsStore.getState();
    const [a, b] = [store.init(), useOptionsStore.getState().init()];
    expect(b).toBe(a);
    await a;
    expect(useOptionsStore.getState().loaded).toBe(true);
    expect(listen.mock.calls.filter(([type]) => type === 'hashchange')).toHaveLength(1);
    expect(get.mock.calls.filter(([keys]) => String(keys).includes('settings'))).toHaveLength(1);
  });
});
