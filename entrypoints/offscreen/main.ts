import { browser } from 'wxt/browser';

// Chrome's offscreen document: the one place a service-worker extension can copy without a tab.
browser.runtime.onMessage.addListener(
  (raw: unknown, _sender, sendResponse: (r: unknown) => void) => {
    const message = raw as { type?: string; payload?: { text?: unknown } } | null;
    if (message?.type !== 'offscreenCopy' || typeof message.payload?.text !== 'string')
      return false;
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
