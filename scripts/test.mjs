// `npm test`: every check, in order, stopping at the first failure:
// type check → lint → unit and component tests → (build if stale) → end-to-end in Chromium →
// end-to-end in Firefox.
// Ends with one plain line, "Tests: N passed, N failed", that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'kinlink-test-'));
const vitestJson = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

const steps = [
  { name: 'Type check', command: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'Lint and format (Biome)', command: 'npx', args: ['biome', 'ci', '.'] },
  {
    name: 'Unit and component tests',
    command: 'npx',
    args: ['vitest', 'run', ...vitestJson('unit')],
    report: 'unit',
  },
  {
    name: 'End-to-end tests (built extension in Chromium)',
    command: 'node',
    args: ['scripts/e2e.mjs', 'chromium', ...vitestJson('e2e')],
    report: 'e2e',
  },
  {
    name: 'End-to-end tests (built add-on in Firefox)',
    command: 'node',
    args: ['scripts/e2e.mjs', 'firefox', ...vitestJson('e2e-firefox')],
    report: 'e2e-firefox',
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
function count(report) {
  const file = join(reports, `${report}.json`);
  if (!existsSync(file)) return;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += json.numPassedTests ?? 0;
  totals.failed += json.numFailedTests ?? 0;
  totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
}

const lines = [];
let failedStep;
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { stdio: 'inherit' });
  if (step.report) count(step.report);
  const ok = run.status === 0;
  lines.push(`${ok ? '✓' : '✗'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) {
    failedStep = step.name;
    if (totals.failed === 0) totals.failed = 1; // a step that failed without failing a test still fails
    break;
  }
}
console.log(`\n${lines.join('\n')}`);
if (failedStep) console.log(`\n✗ ${failedStep} failed: fix it and run npm test again.`);
console.log(
  `\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedStep ? 1 : 0);
