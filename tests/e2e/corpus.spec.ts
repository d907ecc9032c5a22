import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BLIND_FLOOR,
  blindDocument,
  pageHtml,
  pageLabels,
  pageUrl,
  pricedLabels,
  scoreBlind,
  scoreCorpus,
} from '../corpus';
import { type Harness, launch } from './harness';

/**
 * Detection where it runs: every labelled page of the shared corpus, served under its own
 * address in Chromium with the built extension, judged by the product the background decided
 * from the content script's reading — what the popup receives. Layout is real here (font sizes,
 * what is hidden, what is above the fold), which the jsdom test cannot see.
 */
const labels = pageLabels();
const address = (url: string) => new URL(url).href.replace(/#.*$/, '');
const byUrl = new Map(labels.map((label) => [address(pageUrl(label)), label]));
let h: Harness | undefined;
/** Served blind (no structured data: `blindDocument`) while this is on. */
let blind = false;

function served(file: string): string {
  if (!blind) return pageHtml(file);
  // jsdom only parses and serializes here: the pages' style sheets are not its business.
  const dom = new JSDOM(pageHtml(file), { virtualConsole: new VirtualConsole() });
  blindDocument(dom.window.document);
  return dom.serialize();
}

beforeAll(async () => {
  h = await launch({ name: 'corpus' });
  // Each page answers at its own address; everything it would load from the web gets a 404.
  await h.context.route(/^https?:\/\//, (route) => {
    const request = route.request();
    const label = byUrl.get(address(request.url()));
    if (label && request.resourceType() === 'document')
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: served(label.file),
      });
    return route.fulfill({ status: 404, body: '' });
  });
});

afterEach(() => h?.expectNoErrors());
afterAll(async () => {
  await h?.close();
});

type Received = Parameters<typeof scoreCorpus>[0][number]['product'];

/** The product the background holds for the tab showing `url` (null: not a product). */
async function received(url: string): Promise<Received> {
  if (!h) throw new Error('no browser');
  // Saved pages run their own scripts, some of which wait forever for what is gone: the content
  // script runs at document_idle, whether or not "load" ever comes.
  const page = await h.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    const tabId = await h.tabId(page, 15_000);
    // A page with no product yet is looked at again (1.5 s, then 4 s after that: late renders, a look
    // that gave up on a busy page); the popup opened then receives the last answer.
    const until = Date.now() + 6_200;
    for (;;) {
      const session = (await h.storage('session')) as Record<string, { product?: Received }>;
      const product = session[`tab-${tabId}`]?.product ?? null;
      if (product || Date.now() > until) return product;
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await page.close();
  }
}

describe('detection in Chromium on the shared corpus', () => {
  it('recognises the products and reads title, price and currency as the labels say', async () => {
    const results: Parameters<typeof scoreCorpus>[0] = [];
    // Two tabs at a time: the machine has two cores.
    const queue = [...labels];
    const worker = async () => {
      for (let label = queue.shift(); label; label = queue.shift()) {
        results.push({ label, product: await received(address(pageUrl(label))) });
      }
    };
    await Promise.all([worker(), worker()]);
    const score = scoreCorpus(results);
    console.log(`\nDetection in Chromium (as the popup receives it) on ${score.summary}`);
    const why = score.misses.join('\n');
    for (const [name, rate] of Object.entries(score.rates))
      expect(rate, `${name}: ${why}`).toBeGreaterThanOrEqual(0.95);
  }, 600_000);
});

describe('the visible reader in Chromium on the corpus served blind', () => {
  it('reads the price a shopper sees where the structured data was taken away', async () => {
    blind = true;
    const results: Parameters<typeof scoreBlind>[0] = [];
    const queue = pricedLabels();
    const worker = async () => {
      for (let label = queue.shift(); label; label = queue.shift()) {
        results.push({ label, product: await received(address(pageUrl(label))) });
      }
    };
    await Promise.all([worker(), worker()]);
    blind = false;
    const score = scoreBlind(results);
    console.log(`\nThe visible reader in Chromium on ${score.summary}`);
    expect(score.precision, score.summary).toBeGreaterThanOrEqual(BLIND_FLOOR.precision);
    expect(score.recall, score.summary).toBeGreaterThanOrEqual(BLIND_FLOOR.recall);
  }, 600_000);
});
