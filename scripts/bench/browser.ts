// Figures measured in Chromium with the built extension: page-load cost of the content script,
// popup open-to-link time, and the options page at 100,000 links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR, launch } from '../../tests/e2e/harness';

type Row = [string, string];
const rows: Row[] = [];
const step = (what: string) => console.error(`… ${what}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${x.toFixed(1)} ms`;

// Bundle sizes.
const gz = (file: string) => gzipSync(readFileSync(file)).length;
// The popup's JS is every script popup.html loads (its own chunk and the chunks it shares).
const popupHtml = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
const popupJs = [...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
rows.push([
  'content script, gzipped (budget 8 KB)',
  `${(gz(join(EXTENSION_DIR, 'content-scripts', 'product.js')) / 1024).toFixed(2)} KB`,
]);
rows.push([
  `popup JS, gzipped (${popupJs.length} files popup.html loads)`,
  `${(popupJs.reduce((a, f) => a + gz(join(EXTENSION_DIR, f)), 0) / 1024).toFixed(1)} KB`,
]);

const h = await launch({ name: 'bench' });
// tsx compiles this file with esbuild's keepNames, which wraps functions in a __name() helper;
// functions passed to page.evaluate() run in the page, where that helper must exist too.
await h.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
await h.setSettings({ networks: { amazon: { trackingIds: { 'amazon.com': ['bench-20'] } } } });

step('page-load cost');
// Main-thread time of a page load, with the extension and in a browser without it.
async function loadCost(withExtension: boolean, url: string): Promise<number> {
  const runs: number[] = [];
  const browser = withExtension
    ? null
    : await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          `--host-resolver-rules=MAP ${new URL(url).hostname} 127.0.0.1:${h.port}`,
          '--ignore-certificate-errors',
        ],
      });
  const context = withExtension
    ? h.context
    : await browser!.newContext({ ignoreHTTPSErrors: true });
  for (let i = 0; i < 7; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(400); // content scripts run at document_idle, after load
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    runs.push(get('TaskDuration') * 1000);
    await page.close();
  }
  await browser?.close();
  return median(runs.slice(1));
}
for (const [label, url] of [
  ['an article (not a product page)', 'https://www.example-news.com/best-duct-tapes'],
  ['a product page', 'https://www.amazon.com/dp/B0783SG446'],
] as const) {
  const without = await loadCost(false, url);
  const withExt = await loadCost(true, url);
  rows.push([
    `main-thread time of loading ${label}: without → with Kinlink`,
    `${ms(without)} → ${ms(withExt)}`,
  ]);
}

step('popup');
// Popup: time from opening to the link being shown, median of repeated opens.
{
  const page = await h.openTab('https://www.amazon.com/dp/B0783SG446');
  const tabId = await h.tabId(page);
  await h.waitForBadge(tabId, (t) => t !== '');
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(h.extensionUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
    const shown = await popup.waitForFunction(
      () => {
        const el = document.querySelector<HTMLTextAreaElement>('#kinlink-link');
        return el?.value ? performance.now() : false;
      },
      undefined,
      { polling: 5 },
    );
    times.push((await shown.jsonValue()) as number);
    await popup.close();
  }
  rows.push([
    'popup: open → link shown, median of 15 opens (goal < 100 ms)',
    ms(median(times.slice(1))),
  ]);
  await page.close();
}

step('100,000 links');
// Options page with 100,000 links.
{
  const N = Number(process.env.BENCH_LINKS ?? 100_000);
  const options = await h.openOptions('#/data');
  await options.getByRole('heading', { name: 'Your data' }).waitFor();
  const before = await options.evaluate(
    async () => (await navigator.storage.estimate()).usage ?? 0,
  );
  const seeded = await options.evaluate(async (count) => {
    const t = performance.now();
    const open = indexedDB.open('kinlink');
    const db: IDBDatabase = await new Promise((r) => {
      open.onsuccess = () => r(open.result);
    });
    const shops = ['amazon.com', 'ebay.com', 'etsy.com', 'walmart.com', 'target.com'];
    const words = [
      'lamp',
      'chair',
      'tape',
      'coffee',
      'sneaker',
      'jacket',
      'kettle',
      'book',
      'lego',
      'camera',
    ];
    const colours = ['red', 'blue', 'green', 'black', 'white', 'oak', 'brass', 'linen'];
    const BATCH = 10_000;
    for (let start = 0; start < count; start += BATCH) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('links', 'readwrite');
        const store = tx.objectStore('links');
        for (let i = start; i < Math.min(count, start + BATCH); i++) {
          const shop = shops[i % shops.length] as string;
          const title = `${colours[i % colours.length]} ${words[(i * 7) % words.length]} model ${i}`;
          const url = `https://www.${shop}/p/${i}`;
          store.add({
            originalUrl: url,
            canonicalUrl: url,
            affiliateUrl: `${url}?tag=bench-20`,
            networkId: shop === 'amazon.com' ? 'amazon' : shop === 'ebay.com' ? 'ebay' : 'awin',
            shop,
            trackingId: 'bench-20',
            product: { title, price: (i % 500) + 0.99, currency: 'USD' },
            createdAt: 1_700_000_000_000 + i * 60_000,
            updatedAt: 1_700_000_000_000 + i * 60_000,
            copyCount: i % 4,
            shareCounts: i % 3 ? { x: 1 } : {},
            channels: i % 3 ? ['x'] : [],
            notes: '',
            tags: [],
            words: [...title.split(' '), shop, 'bench', '20', 'www', 'https', 'p', String(i)],
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
    return performance.now() - t;
  }, N);
  const after = await options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  rows.push([
    `seeding ${N.toLocaleString('en')} links into IndexedDB (setup, for reference)`,
    ms(seeded),
  ]);
  rows.push([
    'database size on disk per 1,000 links (storage estimate)',
    `${((after - before) / (N / 1000) / 1024).toFixed(0)} KB`,
  ]);

  const firstRows: number[] = [];
  for (let i = 0; i < 5; i++) {
    await options.goto('about:blank');
    await options.goto(h.extensionUrl('options.html#/links'), { waitUntil: 'commit' });
    const t = await options.waitForFunction(
      () => (document.querySelector('.link-row') ? performance.now() : false),
      undefined,
      { polling: 5, timeout: 30_000 },
    );
    firstRows.push((await t.jsonValue()) as number);
  }
  rows.push([
    `options page: open → first rows shown at ${N.toLocaleString('en')} links (goal < 300 ms)`,
    ms(median(firstRows)),
  ]);

  step(`first rows ${firstRows.map(ms).join(', ')}`);
  // Search uses an in-memory word index, built in the background after the first rows.
  const indexReady = await options.waitForFunction(
    () => (document.querySelector('.list-bar[data-search="memory"]') ? performance.now() : false),
    undefined,
    { polling: 20, timeout: 60_000 },
  );
  rows.push([
    `options page: open → search index ready at ${N.toLocaleString('en')} links (built in the background)`,
    ms((await indexReady.jsonValue()) as number),
  ]);
  const search: number[] = [];
  for (const term of ['brass lamp', 'linen', 'model 4242', 'walmart kettle', 'nothing-matches']) {
    // From the full list each time, so the count shown must change; capped at 5 s.
    const elapsed = await options.evaluate(async (q) => {
      const input = document.querySelector<HTMLInputElement>('input[type=search]');
      if (!input) return -1;
      const bar = () => document.querySelector('.list-bar .hint')?.textContent ?? '';
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const type = (text: string) => {
        setter?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const settle = async (done: () => boolean) => {
        const until = performance.now() + 5000;
        while (!done() && performance.now() < until) await new Promise((r) => setTimeout(r, 1));
      };
      type('');
      await settle(() => /^([\d,]+) of \1 links$/.test(bar()));
      const full = bar();
      const t = performance.now();
      type(q);
      await settle(() => bar() !== full && !bar().startsWith('Searching'));
      return performance.now() - t;
    }, term);
    search.push(elapsed);
  }
  rows.push([
    `search → results shown at ${N.toLocaleString('en')} links, median of 5 queries (goal < 50 ms)`,
    ms(median(search)),
  ]);

  step(`search ${search.map(ms).join(', ')}`);
  await options.goto(h.extensionUrl('options.html#/data'));
  await options.getByRole('heading', { name: 'Your data' }).waitFor();
  const t0 = Date.now();
  await Promise.all([
    options.waitForEvent('download', { timeout: 120_000 }),
    options.getByRole('button', { name: 'Links as CSV' }).click(),
  ]);
  rows.push([`export of all ${N.toLocaleString('en')} links to CSV`, ms(Date.now() - t0)]);
  await options.close();
}

await h.close();
console.log(JSON.stringify(rows));
