import { browser } from 'wxt/browser';

/** First install: open the welcome page (what Kinlink does, the honesty promise, set up a network). */
export function registerInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/welcome') });
    }
  });
}
