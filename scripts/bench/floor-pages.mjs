// The floors the browser bench compares against: bare extension pages added to a copy of the
// built extension (same origin, so they read the same session storage and the same database).
//  - floor-popup.html: reads the tab's state from storage.session and writes a link string.
//  - floor-rows.html: opens the history database and shows its 50 newest rows.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const page = (script) =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script src="/${script}"></script></body></html>`;

const POPUP = `
const tabId = new URLSearchParams(location.search).get('tabId');
chrome.storage.session.get('tab-' + tabId).then((got) => {
  const state = got['tab-' + tabId];
  const area = document.createElement('textarea');
  area.id = 'kinlink-link';
  area.value = (state && state.url ? state.url : 'https://example.com/') + '?tag=floor-20';
  document.getElementById('root').append(area);
});
`;

const ROWS = `
const open = indexedDB.open('kinlink');
open.onsuccess = () => {
  const tx = open.result.transaction('links', 'readonly');
  const rows = [];
  tx.objectStore('links').openCursor(null, 'prev').onsuccess = (e) => {
    const cursor = e.target.result;
    if (cursor && rows.length < 50) {
      rows.push(cursor.value);
      cursor.continue();
      return;
    }
    const root = document.getElementById('root');
    for (const r of rows) {
      const div = document.createElement('div');
      div.className = 'link-row';
      div.textContent = (r.product && r.product.title) || r.canonicalUrl;
      root.append(div);
    }
  };
};
`;

/** A copy of the built extension with the floor pages; returns its directory. */
export function extensionWithFloors(extensionDir) {
  const dir = mkdtempSync(join(tmpdir(), 'kinlink-bench-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(join(dir, 'floor-popup.html'), page('floor-popup.js'));
  writeFileSync(join(dir, 'floor-popup.js'), POPUP);
  writeFileSync(join(dir, 'floor-rows.html'), page('floor-rows.js'));
  writeFileSync(join(dir, 'floor-rows.js'), ROWS);
  return dir;
}
