// Link engine and detector speed, in Node (tsx): each next to a floor measured in the same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { detectProduct } from '../../lib/detect/index';
import { AMAZON_MARKETPLACES } from '../../lib/networks/amazon-data';
import { createLink } from '../../lib/networks/index';
import { parseSettings } from '../../lib/settings';
import { CORPUS_DIR, corpusUrls, pageLabels } from '../../tests/corpus';

type Row = [string, string];
const rows: Row[] = [];

function timeLoop(fn: () => void, minMs = 400): number {
  // Returns operations per second: repeat until at least minMs of work.
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    n++;
    elapsed = performance.now() - start;
  }
  return (n * 1000) / elapsed;
}

// 1. Links per second over the corpus URLs, next to bare `new URL()` of the same strings.
const urls = corpusUrls().map((u) => u.input);
const settings = parseSettings({
  networks: {
    amazon: {
      trackingIds: Object.fromEntries(Object.keys(AMAZON_MARKETPLACES).map((m) => [m, ['me-21']])),
    },
    ebay: { campaignId: '5338123456' },
  },
});
// Warm up both before measuring either.
for (let i = 0; i < 3; i++) {
  timeLoop(() => {
    for (const u of urls) createLink(u, settings);
  }, 100);
  timeLoop(() => {
    for (const u of urls) new URL(u);
  }, 100);
}
const linkRate =
  timeLoop(() => {
    for (const u of urls) createLink(u, settings);
  }) * urls.length;
const urlRate =
  timeLoop(() => {
    for (const u of urls) new URL(u);
  }) * urls.length;
rows.push([
  'links per second (createLink, corpus URLs)',
  `${Math.round(linkRate).toLocaleString('en')}`,
]);
rows.push([
  'URLs parsed per second (bare new URL, same strings)',
  `${Math.round(urlRate).toLocaleString('en')}`,
]);
rows.push([
  'ratio: createLink cost / new URL cost (goal ≤ 3×)',
  `${(urlRate / linkRate).toFixed(2)}×`,
]);

// 2. Detection per corpus page (median, p90), next to a floor: querying the JSON-LD scripts and
// meta tags and parsing the JSON, on the same parsed documents.
const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
  },
});
const parser = new window.DOMParser();
const pages = pageLabels().map((label) => {
  const html = readFileSync(join(CORPUS_DIR, 'pages', label.file), 'utf8').replace(
    /<(\/?)iframe\b/gi,
    '<$1template',
  );
  return { label, doc: parser.parseFromString(html, 'text/html') as unknown as Document };
});
function perPage(fn: (doc: Document, url: string) => void): number[] {
  return pages.map(({ doc, label }) => {
    const url = label.url ?? 'https://www.example.com/';
    fn(doc, url);
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      fn(doc, url);
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[3] as number;
  });
}
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number;
const detectTimes = perPage((doc, url) => detectProduct(doc, url));
const floorTimes = perPage((doc) => {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      JSON.parse(s.textContent ?? '');
    } catch {}
  }
  for (const m of doc.querySelectorAll('meta[property],meta[name]')) m.getAttribute('content');
});
const ms = (x: number) => `${x.toFixed(2)} ms`;
rows.push([
  `detection per page, median (${pages.length} corpus pages, happy-dom)`,
  ms(quantile(detectTimes, 0.5)),
]);
rows.push(['detection per page, p90', ms(quantile(detectTimes, 0.9))]);
rows.push([
  'floor per page, median (JSON-LD + meta query and JSON.parse)',
  ms(quantile(floorTimes, 0.5)),
]);
rows.push(['floor per page, p90', ms(quantile(floorTimes, 0.9))]);
await window.happyDOM.close();

console.log(JSON.stringify(rows));
