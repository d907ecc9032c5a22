import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db';
import { loadSearchIndex } from '@/lib/search-index';

/**
 * First install: open the welcome page (what Kinlink does, the honesty promise, set up a network).
 * An update: build and save the search index now, so the links page never waits for it.
 */
export function registerInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/welcome') });
    } else if (reason === 'update') {
      void loadSearchIndex(getDatabase()).catch(() => {});
    }
  });
}
