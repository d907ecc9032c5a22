// `npm run bench`: speed and size figures, printed as a table (and saved to bench-results/).
// Times are compared as ratios to a floor measured in the same run (the machines are shared and
// noisy). Each run is saved; the next run on the same machine fails loudly when a figure got more
// than 50% worse than in the previous one.
//
// BENCH_ONLY=engine,popup,options,load,detection runs only those parts (no regression check then
// for the parts left out).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extensionWithFloors } from './bench/floor-pages.mjs';
import { buildIfStale } from './build-if-stale.mjs';
import { ensureBrowser } from './ensure-browsers.mjs';

const chromium = ensureBrowser('chromium');
buildIfStale();
const built = process.env.KINLINK_EXTENSION_DIR ?? join('.output', 'chrome-mv3');
const extension = extensionWithFloors(built);
const only = process.env.BENCH_ONLY?.split(',');
const all = [];
const figures = {};

// Chunk sizes: what each page loads before it shows anything, and every chunk.
{
  const gz = (file) => gzipSync(readFileSync(join(built, file))).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = [];
  for (const page of ['popup.html', 'options.html']) {
    const html = readFileSync(join(built, page), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
    const size = files.reduce((a, f) => a + gz(f), 0);
    rows.push([`${page}: JS loaded before first paint, gzipped (${files.length} files)`, kb(size)]);
    figures[`${page} first JS (bytes)`] = size;
  }
  const chunks = readdirSync(join(built, 'chunks')).filter((f) => f.endsWith('.js'));
  const sized = chunks.map((f) => [f.replace(/-[\w-]{8}\.js$/, ''), gz(join('chunks', f))]);
  for (const [name, size] of sized.sort((a, b) => b[1] - a[1]))
    rows.push([`chunk ${name}, gzipped`, kb(size)]);
  const content = gz('product.js');
  rows.push(['content script, gzipped (budget 8 KB)', kb(content)]);
  figures['content script (bytes)'] = content;
  all.push({ title: 'Sizes', rows });
}

for (const [title, script, parts] of [
  ['Link engine and detector (Node)', 'scripts/bench/engine.ts', ['engine']],
  [
    'In Chromium with the built extension',
    'scripts/bench/browser.ts',
    ['load', 'popup', 'options'],
  ],
  [
    'Detection on the shared corpus, in Chromium beside a floor extension',
    'scripts/bench/detection.ts',
    ['detection'],
  ],
]) {
  const wanted = only ? parts.filter((p) => only.includes(p)) : parts;
  if (wanted.length === 0) continue;
  console.error(`\n━━ ${title} ━━`);
  const run = spawnSync('npx', ['tsx', script], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium,
      KINLINK_EXTENSION_DIR: extension,
      BENCH_ONLY: wanted.join(','),
    },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) {
    console.error(run.stdout);
    process.exit(run.status ?? 1);
  }
  const out = JSON.parse(run.stdout.trim().split('\n').at(-1));
  const rows = Array.isArray(out) ? out : out.rows;
  Object.assign(figures, Array.isArray(out) ? {} : out.figures);
  all.push({ title, rows });
}

for (const { title, rows } of all) {
  console.log(`\n━━ ${title} ━━`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

// The previous run on this machine with the same set-up (a run on 1,000 links is no baseline for
// one on 100,000), for the regression check.
const dir = 'bench-results';
mkdirSync(dir, { recursive: true });
const machine = hostname();
const setup = { links: Number(process.env.BENCH_LINKS ?? 100_000) };
const previous = readdirSync(dir)
  .filter((f) => f.startsWith('bench-') && f.endsWith('.json'))
  .sort()
  .reverse()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
  .find(
    (r) =>
      r &&
      !Array.isArray(r) &&
      r.machine === machine &&
      r.figures &&
      (r.setup?.links ?? 100_000) === setup.links,
  );
const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify({ machine, setup, date: new Date().toISOString(), figures, all }, null, 2),
);

const worse = [];
if (previous) {
  console.log(`\n━━ Against the previous run on ${machine} (${previous.date}) ━━`);
  for (const [name, value] of Object.entries(figures)) {
    const before = previous.figures[name];
    if (typeof before !== 'number' || before <= 0) continue;
    const change = value / before;
    console.log(
      `${name.padEnd(48)}  ${before.toFixed(2)} → ${value.toFixed(2)} (${change.toFixed(2)}×)`,
    );
    if (change > 1.5) worse.push(`${name}: ${before.toFixed(2)} → ${value.toFixed(2)}`);
  }
} else if (existsSync(dir)) {
  console.log(
    `\nNo previous run on ${machine} with ${setup.links} links to compare with: this one is the baseline.`,
  );
}
if (worse.length > 0) {
  console.error(
    `\n✗ REGRESSION: more than 50% worse than the previous run:\n  ${worse.join('\n  ')}`,
  );
  process.exit(1);
}
