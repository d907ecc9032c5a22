// Finds Debian's Chromium for the end-to-end tests; installs it when it can (root with apt-get),
// otherwise stops with what to install. Never skips the suite silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

export function findChromium() {
  return candidates.find((p) => p && existsSync(p));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(
      'Chromium not found: installing Debian’s chromium package (apt-get install -y chromium)…',
    );
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      { stdio: 'inherit' },
    );
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    '\nThe end-to-end tests need Chromium and none was found.\n' +
      '  On Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '  Elsewhere:         install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium\n',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
