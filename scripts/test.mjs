// `npm test`: every check, in order, stopping at the first failure.
// type check → lint → unit and component tests → build if stale → end-to-end in Chromium.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type check', 'npx', ['tsc', '--noEmit']],
  ['Lint and format', 'npx', ['biome', 'ci', '.']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  ['End-to-end tests (built extension in Chromium)', 'node', ['scripts/e2e.mjs']],
];

const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit' });
  const ok = run.status === 0;
  results.push(`${ok ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) {
    console.log(`\n${results.join('\n')}\n\n✗ ${name} failed: fix it and run npm test again.`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n${results.join('\n')}\n\nAll checks passed.`);
