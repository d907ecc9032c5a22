// Detection where it runs: every labelled corpus page served under its own address in Chromium
// with the built extension AND a floor extension loaded side by side. For each page load, a trace
// of the page's main thread gives each extension's own time (tracing.ts says how it is counted).
// Prints the corpus tally (what the popup receives) and the time figures, as ratios to the floor.
// BENCH_PROFILE=1 measures with the sampling profiler instead, and prints where Kinlink's time
// goes by function; the profiler slows the compiling of every function it sees, so its figures
// for a script of many functions (Kinlink's) are higher than a trace's.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { pageHtml, pageLabels, pageUrl, scoreCorpus } from '../../tests/corpus';
import { chromiumPath, EXTENSION_DIR } from '../../tests/e2e/harness';
import { TRACE_CATEGORIES, type TraceEvent, timeByOwner } from './tracing';

type Row = [string, string];
const rows: Row[] = [];
const step = (what: string) => console.error(`… ${what}`);
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;

/**
 * The floor: a bare extension whose content script does the least any detector must — find and
 * parse the JSON-LD, read the meta tags, send one message. Injecting any content script costs
 * this much; Kinlink's own time is judged against it.
 */
function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kinlink-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Floor',
      version: '1.0',
      background: { service_worker: 'bg.js' },
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'], js: ['floor.js'], run_at: 'document_idle' },
      ],
    }),
  );
  writeFileSync(join(dir, 'bg.js'), 'chrome.runtime.onMessage.addListener(() => {});');
  writeFileSync(
    join(dir, 'floor.js'),
    `(() => {
  const ld = [];
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { ld.push(JSON.parse(s.textContent)); } catch {}
  }
  const meta = {};
  for (const m of document.querySelectorAll('meta[property],meta[name]'))
    meta[m.getAttribute('property') || m.getAttribute('name')] = m.getAttribute('content');
  chrome.runtime.sendMessage({ ld: ld.length, title: meta['og:title'] }).catch(() => {});
})();`,
  );
  return dir;
}

/**
 * The primer: an extension whose content script only touches the extension API, at
 * document_start — before either measured script runs. In a page's fresh process the first script
 * to use the API pays for setting it up (about a millisecond); without the primer that cost fell
 * on whichever of the two was injected first, which changed between browser launches.
 */
function primerExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kinlink-primer-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Primer',
      version: '1.0',
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'], js: ['primer.js'], run_at: 'document_start' },
      ],
    }),
  );
  writeFileSync(join(dir, 'primer.js'), 'void chrome.runtime.sendMessage;');
  return dir;
}

const labels = pageLabels().filter(
  (l) =>
    !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').some((n) => l.file.includes(n)),
);
const address = (url: string) => new URL(url).href.replace(/#.*$/, '');
const byUrl = new Map(labels.map((label) => [address(pageUrl(label)), label]));
const floorDir = floorExtension();
const primerDir = primerExtension();

/** A browser with one Kinlink build, the floor and the primer loaded, serving the corpus. */
async function openBrowser(extensionDir: string) {
  const profile = mkdtempSync(join(tmpdir(), 'kinlink-bench-'));
  mkdirSync(profile, { recursive: true });
  const dirs = [extensionDir, floorDir, primerDir].join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dirs}`,
      `--load-extension=${dirs}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  await context.route(/^https?:\/\//, (route) => {
    const label = byUrl.get(address(route.request().url()));
    if (label && route.request().resourceType() === 'document')
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: pageHtml(label.file),
      });
    return route.fulfill({ status: 404, body: '' });
  });
  // Both service workers, told apart by their manifests.
  const until = Date.now() + 20_000;
  while (context.serviceWorkers().length < 2 && Date.now() < until)
    await new Promise((r) => setTimeout(r, 100));
  const ids: Record<'kinlink' | 'floor', string> = { kinlink: '', floor: '' };
  for (const sw of context.serviceWorkers()) {
    const name = await sw.evaluate(() => chrome.runtime.getManifest().name);
    ids[name === 'Floor' ? 'floor' : 'kinlink'] = new URL(sw.url()).host;
  }
  const kinlinkWorker = () =>
    context.serviceWorkers().find((w) => w.url().includes(ids.kinlink)) as NonNullable<
      ReturnType<typeof context.serviceWorkers>[number]
    >;
  return { context, ids, kinlinkWorker };
}
type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** BENCH_PROFILE=1: Kinlink's time by its own function ← the sampled (leaf) frame, all pages. */
const breakdown = process.env.BENCH_PROFILE ? new Map<string, number>() : undefined;

type Node = {
  id: number;
  parent?: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** Main-thread ms per owner (each extension, the page) from one CPU profile. */
function split(p: Profile, ids: Browser['ids']): { kinlink: number; floor: number; page: number } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes)
    for (const c of n.children ?? []) {
      const child = byId.get(c);
      if (child) child.parent = n.id;
    }
  const owner = new Map<number, 'kinlink' | 'floor' | 'page' | 'idle'>();
  const ownerOf = (id: number): 'kinlink' | 'floor' | 'page' | 'idle' => {
    const known = owner.get(id);
    if (known) return known;
    let result: 'kinlink' | 'floor' | 'page' | 'idle' = 'idle';
    let sawPage = false;
    for (let n = byId.get(id); n; n = n.parent === undefined ? undefined : byId.get(n.parent)) {
      const url = n.callFrame.url;
      if (url.includes(ids.kinlink)) {
        result = 'kinlink';
        break;
      }
      if (url.includes(ids.floor)) {
        result = 'floor';
        break;
      }
      if (url.startsWith('http')) sawPage = true;
    }
    if (result === 'idle' && sawPage) result = 'page';
    owner.set(id, result);
    return result;
  };
  const out = { kinlink: 0, floor: 0, page: 0 };
  p.samples.forEach((id, i) => {
    const who = ownerOf(id);
    // A sample's time is the delta to the next one.
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    if (who !== 'idle') out[who] += ms;
    if ((who === 'kinlink' || who === 'floor') && breakdown) {
      const leaf = byId.get(id);
      let own = leaf;
      while (own && !own.callFrame.url.includes(ids[who]))
        own = own.parent === undefined ? undefined : byId.get(own.parent);
      const key = `${who} ${own?.callFrame.functionName || '(top)'} ← ${leaf?.callFrame.functionName || '?'}`;
      breakdown.set(key, (breakdown.get(key) ?? 0) + ms);
    }
  });
  return out;
}

type Times = { kinlink: number; floor: number; page: number };
type Product = Parameters<typeof scoreCorpus>[0][number]['product'];

/** One page load in `b`: each extension's main-thread time, and the product Kinlink stored. */
async function measure(b: Browser, label: (typeof labels)[number]) {
  const { context, ids, kinlinkWorker } = b;
  const url = address(pageUrl(label));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  if (breakdown) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  } else {
    (cdp as unknown as { on(e: string, f: (x: { value: TraceEvent[] }) => void): void }).on(
      'Tracing.dataCollected',
      ({ value }) => events.push(...value),
    );
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: TRACE_CATEGORIES },
      transferMode: 'ReportEvents',
    });
  }
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
  } catch {
    // A page whose own scripts never let it finish still counts with what it showed.
  }
  // Kinlink reports once the page is idle; then the tab's state holds what the popup receives.
  let product: Product = null;
  const deadline = Date.now() + Number(process.env.BENCH_WAIT ?? 10_000);
  while (Date.now() < deadline) {
    const session = (await kinlinkWorker().evaluate(() =>
      chrome.storage.session.get(null),
    )) as Record<string, { url?: string; product?: Product }>;
    const entry = Object.values(session).find((s) => s?.url === page.url());
    if (entry) {
      product = entry.product ?? null;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.waitForTimeout(300);
  let times: Times;
  if (breakdown) {
    const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    times = split(p, ids);
  } else {
    await cdp.send('Tracing.end');
    await traced;
    times = timeByOwner(events, { kinlink: ids.kinlink, floor: ids.floor });
  }
  await page.close();
  return { times, product };
}

// BENCH_AGAINST=<another build's directory>: that build is measured in a second browser on the
// same pages, alternating which goes first, so that two builds are compared in one run (a
// change's effect is smaller than the figures' drift between runs).
const against = process.env.BENCH_AGAINST;
step(
  `loading ${labels.length} corpus pages with both extensions${against ? ', in two browsers' : ''}`,
);
const main = await openBrowser(EXTENSION_DIR);
const other = against ? await openBrowser(against) : undefined;
const times: Times[] = [];
const otherTimes: Times[] = [];
const results: Parameters<typeof scoreCorpus>[0] = [];
for (const [i, label] of labels.entries()) {
  const first = !other || i % 2 === 0;
  if (other && !first) otherTimes.push((await measure(other, label)).times);
  const { times: t, product } = await measure(main, label);
  times.push(t);
  results.push({ label, product });
  if (other && first) otherTimes.push((await measure(other, label)).times);
}
await main.context.close();
await other?.context.close();

const score = scoreCorpus(results);
console.error(`\nDetection in Chromium on ${score.summary}`);
rows.push([
  `corpus tally (${score.tally.pages} pages, ${score.tally.products} products): is-product / title / price / currency`,
  ['isProduct', 'title', 'price', 'currency']
    .map((k) => `${(100 * score.rates[k as keyof typeof score.rates]).toFixed(1)}%`)
    .join(' / '),
]);
const figures = (ts: Times[], name: string, q: number) => {
  const k = quantile(
    ts.map((t) => t.kinlink),
    q,
  );
  const f = quantile(
    ts.map((t) => t.floor),
    q,
  );
  const pg = quantile(
    ts.map((t) => t.page),
    q,
  );
  return [
    `content script main-thread time per page load (${breakdown ? 'sampling profiler' : 'trace'}), ${name}: Kinlink / floor (ratio) · page`,
    `${k.toFixed(2)} ms / ${f.toFixed(2)} ms (${(k / Math.max(f, 0.01)).toFixed(1)}×) · ${pg.toFixed(1)} ms`,
  ] as Row;
};
for (const [q, name] of [
  [0.5, 'median'],
  [0.9, 'p90'],
] as const) {
  rows.push(figures(times, name, q));
  if (against) {
    const [what, value] = figures(otherTimes, name, q);
    rows.push([`${what}, against ${against}`, value]);
  }
}
if (against) {
  const paired = times.map((t, i) => t.kinlink / Math.max(otherTimes[i]?.kinlink ?? 0, 0.01));
  rows.push([
    'Kinlink, this build ÷ the other, page by page: median (p10 – p90)',
    `${quantile(paired, 0.5).toFixed(2)} (${quantile(paired, 0.1).toFixed(2)} – ${quantile(paired, 0.9).toFixed(2)})`,
  ]);
}
if (breakdown)
  for (const [key, ms] of [...breakdown].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.error(`${(ms / labels.length).toFixed(3).padStart(7)} ms/page  ${key}`);
console.log(JSON.stringify(rows));
