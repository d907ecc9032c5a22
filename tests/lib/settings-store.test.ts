import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLink } from '@/lib/networks';
import { parseSettings, SETTINGS_VERSION } from '@/lib/settings';
import { loadSettings, saveSettings, settingsReader, watchSettings } from '@/lib/settings-store';

const FIXTURES = join(__dirname, '..', 'fixtures', 'settings');

describe('settings storage', () => {
  it('has a fixture for every version up to the current one', () => {
    const versions = readdirSync(FIXTURES).map((f) => Number(/^v(\d+)\.json$/.exec(f)?.[1]));
    expect(versions.sort()).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  it.each(readdirSync(FIXTURES))(
    'walks %s to the current version without losing a tracking id',
    async (file) => {
      const stored = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
      const version = Number(/^v(\d+)/.exec(file)?.[1]);
      await fakeBrowser.storage.sync.set({ settings: stored, settings$: { v: version } });
      const settings = await loadSettings();
      expect(settings.version).toBe(SETTINGS_VERSION);
      expect(settings.networks.amazon.trackingIds['amazon.co.uk']).toEqual([
        'anna-21',
        'anna-ig-21',
      ]);
      const link = createLink('https://www.amazon.co.uk/dp/1849759375', settings, {
        channel: 'instagram',
      });
      expect(link.ok && link.url).toBe('https://www.amazon.co.uk/dp/1849759375?tag=anna-ig-21');
    },
  );

  it('saves to sync storage, so the user’s browsers share it', async () => {
    const settings = parseSettings({ networks: { ebay: { campaignId: '5338123456' } } });
    expect(await saveSettings(settings)).toEqual({ area: 'sync' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      networks: { ebay: { campaignId: '5338123456' } },
    });
  });

  it('falls back to this browser when sync is over its quota, says so, and loses nothing', async () => {
    const settings = parseSettings({
      networks: { amazon: { trackingIds: { 'amazon.com': ['big-20'] } } },
    });
    const spy = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const outcome = await saveSettings(settings);
    expect(outcome).toMatchObject({ area: 'local', reason: /larger than browser sync allows/ });
    expect((await loadSettings()).networks.amazon.trackingIds['amazon.com']).toEqual(['big-20']);
    spy.mockRestore();
  });

  it('reads local settings when sync is unavailable', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoCopy: true } });
    const spy = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('sync is disabled'));
    expect((await loadSettings()).autoCopy).toBe(true);
    spy.mockRestore();
  });

  it('shows changes made elsewhere (another tab or synced browser) live', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.autoCopy));
    await fakeBrowser.storage.sync.set({ settings: { autoCopy: true } });
    await vi.waitFor(() => expect(seen).toContain(true));
    stop();
  });

  it('a frequent reader (the background) reads once until the settings change, then sees the change', async () => {
    await fakeBrowser.storage.sync.set({ settings: { autoCopy: false } });
    const read = settingsReader();
    const first = await read();
    expect(first.autoCopy).toBe(false);
    expect(await read(), 'kept: the same settings, not read again').toBe(first);
    await fakeBrowser.storage.sync.set({ settings: { autoCopy: true } });
    await vi.waitFor(async () => expect((await read()).autoCopy).toBe(true));
    // Moved to this browser only: the reader follows.
    await fakeBrowser.storage.local.set({
      settings: { autoCopy: false },
      settingsLocation: { area: 'local', reason: 'quota' },
    });
    await vi.waitFor(async () => expect((await read()).autoCopy).toBe(false));
  });
});
