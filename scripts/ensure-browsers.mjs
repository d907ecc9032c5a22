// Finds Debian's Chromium and Firefox ESR for the end-to-end tests; installs what is missing when
// it can (root with apt-get), otherwise stops and says exactly what to install. Never skips a
// suite silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BROWSERS = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'],
    apt: 'chromium',
    elsewhere: 'install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'],
    apt: 'firefox-esr',
    elsewhere: 'install Firefox 140 or newer (ESR is fine) and set FIREFOX_PATH=/path/to/firefox',
  },
};

export function findBrowser(name) {
  const b = BROWSERS[name];
  return [process.env[b.env], ...b.paths].find((p) => p && existsSync(p));
}

export function ensureBrowser(name) {
  const found = findBrowser(name);
  if (found) return found;
  const b = BROWSERS[name];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(
      `${name} not found: installing Debian’s ${b.apt} package (apt-get install -y ${b.apt})…`,
    );
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${b.apt}`,
      { stdio: 'inherit' },
    );
    const installed = findBrowser(name);
    if (installed) return installed;
  }
  console.error(
    `\nThe ${name} end-to-end tests need ${name} and none was found.\n` +
      `  On Debian/Ubuntu:  sudo apt-get install -y ${b.apt}\n` +
      `  Elsewhere:         ${b.elsewhere}\n`,
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BROWSERS))
    console.log(ensureBrowser(name));
}
