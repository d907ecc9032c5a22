// The end-to-end suite: make sure there is a Chromium and a fresh build, then run it.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const chromium = ensureChromium();
buildIfStale();
const run = spawnSync(
  'npx',
  ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  },
);
process.exit(run.status ?? 1);
