import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectProduct } from '@/lib/detect';
import type { Message } from '@/lib/messages';

// Kept tiny: it runs on every page. Detection is pure and read-only; the background validates.
// `wxt/browser` is the native, promise-based API here (wxt.config.ts keeps the polyfill out).
const RETRY_DELAYS = [1500, 4000];

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!(await detectionWanted(location.hostname))) return;
    let last = '';
    let attempt = 0;
    const run = () => {
      const product = detectProduct(document, location.href);
      const key = `${location.href}|${product?.title ?? ''}|${product?.price ?? ''}`;
      if (key !== last) {
        last = key;
        const message: Message = {
          type: 'productDetected',
          payload: { url: location.href, product },
        };
        browser.runtime.sendMessage(message).catch(() => {});
      }
      // Single-page shops render late: look again a bounded few times, never with an observer.
      const delay = RETRY_DELAYS[attempt++];
      if (!product && delay !== undefined) ctx.setTimeout(run, delay);
    };
    run();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      attempt = 0;
      run();
    });
  },
});

/** The user can turn detection off everywhere or on chosen sites (Settings). */
async function detectionWanted(host: string): Promise<boolean> {
  try {
    const where = await browser.storage.local.get('settingsLocation');
    const area = where.settingsLocation ? browser.storage.local : browser.storage.sync;
    const { settings } = await area.get('settings');
    const detection = (
      settings as { detection?: { enabled?: unknown; disabledSites?: unknown } } | undefined
    )?.detection;
    if (detection?.enabled === false) return false;
    const sites = Array.isArray(detection?.disabledSites) ? detection.disabledSites : [];
    const bare = host.replace(/^www\./, '');
    return !sites.some((s) => typeof s === 'string' && (bare === s || bare.endsWith(`.${s}`)));
  } catch {
    return true;
  }
}
