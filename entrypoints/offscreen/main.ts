import { browser } from 'wxt/browser';
import { isFromBackground } from '@/lib/platform';

// Chrome's offscreen document: the one place a service-worker extension can copy without a tab.
// It copies only what Kinlink's own background asks for: a content script or another page
// sending "offscreenCopy" is ignored.
browser.runtime.onMessage.addListener(
  (raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    const message = raw as { type?: string; payload?: { text?: unknown } } | null;
    if (message?.type !== 'offscreenCopy' || typeof message.payload?.text !== 'string')
      return false;
    if (!isFromBackground(sender, browser.runtime.id, browser.runtime.getURL('/background.js'))) {
      sendResponse({ ok: false });
      return false;
    }
    const area = document.getElementById('clipboard') as HTMLTextAreaElement;
    area.value = message.payload.text;
    area.select();
    // navigator.clipboard needs a focused document; an offscreen one never is.
    const ok = document.execCommand('copy');
    area.value = '';
    sendResponse({ ok });
    return false;
  },
);
