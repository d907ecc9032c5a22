// `npm run bench`: speed and size figures, printed as a table (and saved to bench-results/).
// Figures, not pass/fail: the machines are shared and noisy, so compare ratios within one run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildIfStale } from './build-if-stale.mjs';
import { ensureBrowser } from './ensure-browsers.mjs';

const chromium = ensureBrowser('chromium');
buildIfStale();
const all = [];
for (const [title, script] of [
  ['Link engine and detector (Node)', 'scripts/bench/engine.ts'],
  ['In Chromium with the built extension', 'scripts/bench/browser.ts'],
  [
    'Detection on the shared corpus, in Chromium beside a floor extension',
    'scripts/bench/detection.ts',
  ],
]) {
  console.log(`\n━━ ${title} ━━`);
  const run = spawnSync('npx', ['tsx', script], {
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: chromium },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(run.status ?? 1);
  }
  const rows = JSON.parse(run.stdout.trim().split('\n').at(-1));
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  all.push({ title, rows });
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  JSON.stringify(all, null, 2),
);
