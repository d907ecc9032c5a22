import { browser } from 'wxt/browser';

/**
 * Copy from the background. Chrome's service worker has no clipboard: it asks an offscreen
 * document to copy. Firefox's background page has one (clipboardWrite permission).
 */
export async function copyFromBackground(text: string): Promise<boolean> {
  if (import.meta.env.FIREFOX) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }
  await ensureOffscreen();
  const answer = (await browser.runtime.sendMessage({
    type: 'offscreenCopy',
    payload: { text },
  })) as { ok: boolean } | undefined;
  return answer?.ok === true;
}

let creating: Promise<void> | undefined;
async function ensureOffscreen(): Promise<void> {
  const offscreen = (globalThis as { chrome?: { offscreen?: ChromeOffscreen } }).chrome?.offscreen;
  if (!offscreen) throw new Error('offscreen documents are not available');
  if (await offscreen.hasDocument?.()) return;
  creating ??= offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['CLIPBOARD'],
      justification: 'Copy the link you asked for from the right-click menu or keyboard shortcut.',
    })
    .catch((error: unknown) => {
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

type ChromeOffscreen = {
  hasDocument?: () => Promise<boolean>;
  createDocument: (options: {
    url: string;
    reasons: string[];
    justification: string;
  }) => Promise<void>;
};
