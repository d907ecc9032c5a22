import { browser } from 'wxt/browser';

/** Open a page of the options tab and close the popup. */
export async function openOptions(route: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/${route}`) });
  window.close();
}
