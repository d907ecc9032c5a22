import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { OPTIONAL_HOST_PERMISSIONS } from './lib/permissions';

const require = createRequire(import.meta.url);
/**
 * The content script, entrypoints/product: built as an unlisted script and listed in the manifest
 * here, so WXT's content-script wrapper (which dispatches events a page can listen for) is not in
 * it (the file says more).
 */
const CONTENT_SCRIPT = 'product';

// The manifest lists only what the product needs; README.md ("Permissions") says why for each.
export default defineConfig({
  // Manifest V3 for both browsers: Firefox's V3 has `action`, `optional_host_permissions` and
  // `_execute_action`, which its V2 lacks or spells differently (README: "Firefox").
  manifestVersion: 3,
  // Icons ship as they are from public/icons (rendered from assets/icon.svg; README: "Icons").
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script runs on every page and has an 8 KB (gzip) budget: it uses the native,
    // promise-based extension API instead of webextension-polyfill, which pages never need.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.name === CONTENT_SCRIPT)) return;
      const alias = config.resolve?.alias;
      const native = require.resolve('wxt/browser');
      if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: native });
      else config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': native } };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Kinlink',
    description:
      'Your own affiliate link for the shop page you are on, in one click. Share it, and keep a private history of what you shared.',
    permissions: [
      'storage',
      'activeTab',
      'contextMenus',
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Asked for at the moment a user clicks "Expand short link", never at install
    // (lib/permissions.ts). Both builds are Manifest V3, so both read this key.
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    action: { default_title: 'Kinlink: copy my link' },
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: [`${CONTENT_SCRIPT}.js`],
        run_at: 'document_idle',
      },
    ],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open Kinlink',
      },
      'copy-link': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Copy my link for this page',
      },
    },
    content_security_policy: {
      // Pictures over https only (and only when the user turned them on: lib/pictures.ts).
      extension_pages: "script-src 'self'; object-src 'self'; img-src 'self' https: data: blob:",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kinlink@kinlink.app',
              // The newest key Kinlink needs is data_collection_permissions: read from Firefox 140
              // on desktop and 142 on Android (MDN compat data). Everything else is older:
              // optional_host_permissions 128, storage.session 115, action 109.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
