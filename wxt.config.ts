import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { AMAZON_MARKETPLACES, AMAZON_SHORT_HOSTS } from './lib/networks/amazon-data';

const require = createRequire(import.meta.url);

// The manifest lists only what the product needs; README.md ("Permissions") says why for each.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    sizes: [128, 48, 32, 16],
    developmentIndicator: false,
  },
  hooks: {
    // The content script runs on every page and has an 8 KB (gzip) budget: it uses the native,
    // promise-based extension API instead of webextension-polyfill, which pages never need.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
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
    // Asked for at the moment a user clicks "Expand short link", never at install: the short
    // host, and the Amazon store it redirects to (to read where the redirect ends).
    optional_host_permissions: [
      ...AMAZON_SHORT_HOSTS.map((h) => `https://${h}/*`),
      ...Object.keys(AMAZON_MARKETPLACES).map((m) => `https://*.${m}/*`),
    ],
    action: { default_title: 'Kinlink: copy my link' },
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
      extension_pages: "script-src 'self'; object-src 'self'; img-src 'self' https: http: data:",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kinlink@kinlink.app',
              // data_collection_permissions is read from Firefox 140 (Android 142) on.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
