import { browser } from 'wxt/browser';

/**
 * The one place where Chrome and Firefox differ. Everything else calls these functions and never
 * tests for a browser itself.
 *
 * - Toolbar button: `action` (Manifest V3, both browsers) — `browserAction` only in a Manifest V2
 *   build, kept so a V2 build or an older Firefox still gets its badge.
 * - Clipboard from the background: Chrome's service worker has none and asks an offscreen
 *   document; Firefox's background page has one (the `clipboardWrite` permission).
 * - Opening the popup from a shortcut or menu: `action.openPopup`, where the browser has it.
 */

type Badge = {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void> | void;
  getBadgeText?(details: { tabId?: number }): Promise<string>;
  setPopup?(details: { tabId?: number; popup: string }): Promise<void> | void;
  openPopup?(): Promise<void>;
};

type Offscreen = {
  hasDocument?: () => Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
};

/** The parts of the extension API that differ between the browsers (a fake in tests). */
export type PlatformApi = {
  action?: Badge;
  browserAction?: Badge;
  offscreen?: Offscreen;
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
  };
  /** The background's own clipboard (Firefox); absent in a service worker. */
  clipboard?: { writeText(text: string): Promise<void> };
};

export type Platform = ReturnType<typeof createPlatform>;

const OFFSCREEN_PATH = '/offscreen.html';

export function createPlatform(api: PlatformApi) {
  const button = (): Badge | undefined => api.action ?? api.browserAction;
  let creating: Promise<void> | undefined;

  async function ensureOffscreen(offscreen: Offscreen): Promise<void> {
    if (await offscreen.hasDocument?.()) return;
    creating ??= offscreen
      .createDocument({
        url: api.runtime.getURL(OFFSCREEN_PATH),
        reasons: ['CLIPBOARD'],
        justification:
          'Copy the link you asked for from the right-click menu or keyboard shortcut.',
      })
      .catch((error: unknown) => {
        // Two copies at once: the other one made it.
        if (!String(error).includes('single offscreen')) throw error;
      })
      .finally(() => {
        creating = undefined;
      });
    await creating;
  }

  return {
    /** Sets the tab's badge; a browser without a toolbar button (Android) just has none. */
    async setBadge(tabId: number, text: string, color: string): Promise<void> {
      const target = button();
      if (!target) return;
      await target.setBadgeBackgroundColor({ tabId, color });
      await target.setBadgeText({ tabId, text });
    },

    /**
     * The tab's popup names the tab (popup.html?tabId=N): opened from it, the popup reads the
     * tab's state at once instead of first asking which tab is active. The browser forgets it
     * when the tab navigates, and the next page's report sets it again.
     */
    async bindPopup(tabId: number): Promise<void> {
      await button()?.setPopup?.({ tabId, popup: `popup.html?tabId=${tabId}` });
    },

    async getBadge(tabId: number): Promise<string> {
      return (await button()?.getBadgeText?.({ tabId })) ?? '';
    },

    /** Opens the popup where the browser allows it from here; false when it could not. */
    async openPopup(): Promise<boolean> {
      const open = button()?.openPopup;
      if (!open) return false;
      try {
        await open.call(button());
        return true;
      } catch {
        return false;
      }
    },

    /** Copies from the background: the page's own clipboard, else an offscreen document. */
    async copyText(text: string): Promise<boolean> {
      try {
        if (api.offscreen) {
          await ensureOffscreen(api.offscreen);
          const answer = (await api.runtime.sendMessage({
            type: 'offscreenCopy',
            payload: { text },
          })) as { ok?: unknown } | undefined;
          return answer?.ok === true;
        }
        if (!api.clipboard) return false;
        await api.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}

let current: Platform | undefined;

/** The running browser's platform (background and extension pages). */
export function platform(): Platform {
  current ??= createPlatform({
    action: browser.action as unknown as Badge | undefined,
    browserAction: (browser as unknown as { browserAction?: Badge }).browserAction,
    offscreen: (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen,
    runtime: browser.runtime,
    clipboard: globalThis.navigator?.clipboard,
  });
  return current;
}

/**
 * True when a message comes from this extension's own background script (not a content script,
 * not one of its pages, not another extension).
 */
export function isFromBackground(
  sender: { id?: string; url?: string; tab?: unknown },
  extensionId: string,
  backgroundUrl: string,
): boolean {
  return sender.id === extensionId && !sender.tab && sender.url === backgroundUrl;
}
