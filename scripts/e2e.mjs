// An end-to-end suite: make sure its browser is there and the build is fresh, then run it.
// `node scripts/e2e.mjs chromium|firefox [vitest args…]`
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';
import { BROWSERS, ensureBrowser } from './ensure-browsers.mjs';

const [name = 'chromium', ...rest] = process.argv.slice(2);
if (!(name in BROWSERS)) {
  console.error(`Unknown browser "${name}": use chromium or firefox.`);
  process.exit(2);
}
const path = ensureBrowser(name);
buildIfStale();
const config = name === 'firefox' ? 'vitest.e2e-firefox.config.ts' : 'vitest.e2e.config.ts';
const run = spawnSync('npx', ['vitest', 'run', '-c', config, ...rest], {
  stdio: 'inherit',
  env: { ...process.env, [BROWSERS[name].env]: path },
});
process.exit(run.status ?? 1);
