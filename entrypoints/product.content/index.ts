import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectProduct } from '@/lib/detect';
import { bareHost } from '@/lib/host';
import type { Message } from '@/lib/messages';

// Kept tiny: it runs on every page. Detection is pure and read-only; the background validates.
// `wxt/browser` is the native, promise-based API here (wxt.config.ts keeps the polyfill out).
/** A page with no product yet: look again a bounded few times (late renders), never observe. */
const RETRY_DELAYS = [1500, 4000];
/**
 * After an in-page navigation the old product can still be on screen for a moment (the event
 * comes before the shop renders the new one): look again until what is shown changes.
 */
const SETTLE_DELAYS = [0, 250, 750, 1500, 3000];

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!(await detectionWanted(location.hostname))) return;
    let reported = '';
    let shown = '';
    let generation = 0;
    /** Tells the background what `product` the page shows (once per address and product). */
    const report = async (product: ReturnType<typeof detectProduct>, force = false) => {
      shown = productKey(product);
      const key = `${location.href}|${shown}`;
      if (key === reported && !force) return;
      reported = key;
      const message: Message = {
        type: 'productDetected',
        payload: { url: location.href, product },
      };
      await browser.runtime.sendMessage(message).catch(() => {});
    };
    const look = (delays: number[], attempt: number, before: string | null, run: number) => {
      if (run !== generation) return; // a newer navigation took over
      const product = detectProduct(document, location.href);
      const stale = before !== null && product !== null && productKey(product) === before;
      const last = attempt >= delays.length - 1;
      if (!stale || last) void report(product);
      const delay = delays[attempt + 1];
      if ((stale || !product) && delay !== undefined)
        ctx.setTimeout(() => look(delays, attempt + 1, before, run), delay);
    };
    look([0, ...RETRY_DELAYS], 0, null, generation);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      look(SETTLE_DELAYS, 0, shown || null, ++generation);
    });
    // The popup asks again when what it was told is for another address than the tab's.
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (sender.id !== browser.runtime.id || (raw as { type?: unknown })?.type !== 'detectNow')
        return undefined;
      return report(detectProduct(document, location.href), true).then(() => true);
    });
  },
});

/**
 * What identifies the product on screen: its title, price and picture — not its address, which
 * changes before the page does.
 */
function productKey(product: ReturnType<typeof detectProduct>): string {
  return product ? `${product.title}|${product.price ?? ''}|${product.image ?? ''}` : '';
}

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
    const bare = bareHost(host);
    return !sites.some((s) => typeof s === 'string' && (bare === s || bare.endsWith(`.${s}`)));
  } catch {
    return true;
  }
}
