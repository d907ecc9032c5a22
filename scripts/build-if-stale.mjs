// Builds the extension when .output is missing or older than any source file.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];
const OUTPUTS = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv3/manifest.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newest(join(path, name))),
    stat.mtimeMs,
  );
}

export function buildIfStale() {
  const built = Math.min(...OUTPUTS.map((o) => (existsSync(o) ? statSync(o).mtimeMs : 0)));
  const changed = Math.max(...SOURCES.map(newest));
  if (built > 0 && built >= changed) {
    console.log('Build is up to date (.output is newer than every source file).');
    return;
  }
  console.log(
    built === 0 ? 'No build yet: building…' : 'Sources changed since the last build: building…',
  );
  execSync('npm run build', { stdio: 'inherit' });
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
