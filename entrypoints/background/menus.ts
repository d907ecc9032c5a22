import { browser } from 'wxt/browser';
import { quickCopy } from './quick-copy';

const PAGE_ITEM = 'kinlink-copy-page';
const LINK_ITEM = 'kinlink-copy-link';

/** "Copy my Kinlink link" on the page, and on any link (converts the link's target). */
export function registerMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: PAGE_ITEM,
      title: 'Copy my Kinlink link',
      contexts: ['page'],
    });
    browser.contextMenus.create({
      id: LINK_ITEM,
      title: 'Copy my Kinlink link for this link',
      contexts: ['link'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === LINK_ITEM) void quickCopy(tab?.id, info.linkUrl, false);
    if (info.menuItemId === PAGE_ITEM) void quickCopy(tab?.id, info.pageUrl ?? tab?.url, true);
  });
}
