import { describe, expect, it, vi } from 'vitest';
import { createPlatform, isFromBackground, type PlatformApi } from '@/lib/platform';

/** A toolbar button that remembers its badge per tab, as both browsers' do. */
function fakeButton(
  options: {
    openPopup?: () => Promise<void>;
    setPopup?: (d: { tabId?: number; popup: string }) => Promise<void>;
  } = {},
) {
  const text = new Map<number | undefined, string>();
  const color = new Map<number | undefined, string>();
  return {
    text,
    color,
    setBadgeText: vi.fn(async (d: { tabId?: number; text: string }) => {
      text.set(d.tabId, d.text);
    }),
    setBadgeBackgroundColor: vi.fn(async (d: { tabId?: number; color: string }) => {
      color.set(d.tabId, d.color);
    }),
    getBadgeText: async (d: { tabId?: number }) => text.get(d.tabId) ?? '',
    ...options,
  };
}

const runtime = (answer: unknown = { ok: true }) => ({
  getURL: (path: string) => `chrome-extension://abc${path}`,
  sendMessage: vi.fn(async () => answer),
});

describe('platform: the badge on every API shape', () => {
  it.each([
    ['Chrome and Firefox, Manifest V3 (action)', 'action'],
    ['Firefox, Manifest V2 (browserAction)', 'browserAction'],
  ] as const)('%s: sets and reads the tab’s badge', async (_name, key) => {
    const button = fakeButton();
    const platform = createPlatform({ [key]: button, runtime: runtime() } as PlatformApi);
    await platform.setBadge(7, '$12', '#0d8a7f');
    expect(button.text.get(7)).toBe('$12');
    expect(button.color.get(7)).toBe('#0d8a7f');
    expect(await platform.getBadge(7)).toBe('$12');
  });

  it('a browser with no toolbar button (Firefox for Android) has no badge, and no error', async () => {
    const platform = createPlatform({ runtime: runtime() });
    await expect(platform.setBadge(7, '$12', '#000')).resolves.toBeUndefined();
    expect(await platform.getBadge(7)).toBe('');
    expect(await platform.openPopup()).toBe(false);
  });

  it('the tab’s popup names the tab, so it reads that tab’s state at once; no button, no error', async () => {
    const setPopup = vi.fn(async (_d: { tabId?: number; popup: string }) => {});
    await createPlatform({ action: fakeButton({ setPopup }), runtime: runtime() }).bindPopup(7);
    expect(setPopup).toHaveBeenCalledWith({ tabId: 7, popup: 'popup.html?tabId=7' });
    await expect(createPlatform({ runtime: runtime() }).bindPopup(7)).resolves.toBeUndefined();
  });

  it('opens the popup where the browser can, and says false where it cannot', async () => {
    const openPopup = vi.fn(async () => {});
    expect(
      await createPlatform({ action: fakeButton({ openPopup }), runtime: runtime() }).openPopup(),
    ).toBe(true);
    const refusing = fakeButton({
      openPopup: async () => {
        throw new Error('openPopup requires a user gesture');
      },
    });
    expect(await createPlatform({ action: refusing, runtime: runtime() }).openPopup()).toBe(false);
  });
});

describe('platform: copying from the background', () => {
  it('Chrome: makes the offscreen document once and asks it to copy', async () => {
    let exists = false;
    const offscreen = {
      hasDocument: vi.fn(async () => exists),
      createDocument: vi.fn(async () => {
        exists = true;
      }),
    };
    const rt = runtime({ ok: true });
    const platform = createPlatform({ action: fakeButton(), offscreen, runtime: rt });
    expect(await platform.copyText('https://a.b/?tag=me-20')).toBe(true);
    expect(await platform.copyText('again')).toBe(true);
    expect(offscreen.createDocument, 'one offscreen document, reused').toHaveBeenCalledTimes(1);
    expect(offscreen.createDocument).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'chrome-extension://abc/offscreen.html',
        reasons: ['CLIPBOARD'],
      }),
    );
    expect(rt.sendMessage).toHaveBeenCalledWith({
      type: 'offscreenCopy',
      payload: { text: 'https://a.b/?tag=me-20' },
    });
  });

  it('Chrome: a refused copy is false, never an exception', async () => {
    const offscreen = {
      hasDocument: async () => true,
      createDocument: async () => {},
    };
    expect(await createPlatform({ offscreen, runtime: runtime({ ok: false }) }).copyText('x')).toBe(
      false,
    );
    const broken = {
      hasDocument: async () => false,
      createDocument: async () => {
        throw new Error('no');
      },
    };
    expect(await createPlatform({ offscreen: broken, runtime: runtime() }).copyText('x')).toBe(
      false,
    );
  });

  it('Firefox: the background page’s own clipboard, no offscreen document', async () => {
    const writeText = vi.fn(async () => {});
    const rt = runtime();
    const platform = createPlatform({
      action: fakeButton(),
      runtime: rt,
      clipboard: { writeText },
    });
    expect(await platform.copyText('https://a.b/')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://a.b/');
    expect(rt.sendMessage, 'no message to an offscreen document').not.toHaveBeenCalled();
    const denied = createPlatform({
      runtime: rt,
      clipboard: {
        writeText: async () => {
          throw new DOMException('denied', 'NotAllowedError');
        },
      },
    });
    expect(await denied.copyText('x')).toBe(false);
  });
});

describe('isFromBackground: who may ask the offscreen document to copy', () => {
  const bg = 'chrome-extension://abc/background.js';
  it.each([
    ['our background', { id: 'abc', url: bg }, true],
    ['a content script of ours (a page)', { id: 'abc', url: bg, tab: { id: 3 } }, false],
    ['our popup', { id: 'abc', url: 'chrome-extension://abc/popup.html' }, false],
    ['another extension', { id: 'evil', url: bg }, false],
    ['no sender', {}, false],
  ])('%s → %s', (_name, sender, expected) => {
    expect(isFromBackground(sender, 'abc', bg)).toBe(expected);
  });
});
