import { browser } from 'wxt/browser';
import { readPage, readShown } from '@/lib/detect/read';
import type { PageRead } from '@/lib/detect/types';
import type { Message } from '@/lib/messages';

// The content script (listed in the manifest by wxt.config.ts). Kept tiny: it runs on every page.
// Detection is pure and read-only; the background validates. `wxt/browser` is the native,
// promise-based API here (wxt.config.ts keeps the polyfill out).
//
// Not a WXT content-script entrypoint on purpose: WXT's wrapper gives every content script a
// context that dispatches DOM events named after the extension's id on the page's document and
// window (one when it starts, one per in-page navigation). A page listening for those names would
// learn that Kinlink is installed; and the wrapper costs time on every page load. Nothing here
// dispatches, posts or writes anything the page can see.
/** A page with no product yet: look again a bounded few times (late renders), never observe. */
const RETRY_DELAYS = [1500, 4000];
/**
 * After an in-page navigation the old product can still be on screen for a moment (the event
 * comes before the shop renders the new one): look again until what is shown changes.
 */
const SETTLE_DELAYS = [0, 250, 750, 1500, 3000];
/** Where the browser has no Navigation API: how often the address is compared. */
const ADDRESS_POLL_MS = 1000;
/** A tab that draws no frame (hidden, in the background) is read after this long anyway. */
const FRAME_WAIT_MS = 250;

// The definition WXT's entry calls (`defineUnlistedScript` would only wrap this function in it).
export default { main: () => void start() };

async function start(): Promise<void> {
  if (!(await detectionWanted(location.hostname))) return;
  let reported = '';
  let shown = '';
  let generation = 0;
  /** Whether the background found a product in the last reading it was sent. */
  let found = false;
  /**
   * Tells the background what the page holds (once per address and reading); it decides whether
   * that is a product and answers with the product's key ('' for none) — or first asks for what
   * the page shows as well (its heading, price and buy button: read just after the page has drawn
   * a frame), where nothing structured prices it.
   */
  const report = async (read: PageRead | null, force = false): Promise<boolean> => {
    shown = read ? readKey(read) : '';
    const href = location.href;
    const key = `${href}|${shown}`;
    if (key === reported && !force) return found;
    reported = key;
    let answer = await send(href, read);
    if (answer?.look === true && read) {
      await afterFrame();
      // Moved on meanwhile: the newer look reports the page as it is now.
      if (location.href !== href) return false;
      answer = await send(href, readShown(document, read));
    }
    found = typeof answer?.shown === 'string' && answer.shown !== '';
    return found;
  };
  const look = async (delays: number[], attempt: number, before: string | null, run: number) => {
    // A newer navigation took over, or Kinlink was updated or removed (this copy is orphaned).
    if (run !== generation || !alive()) return;
    const read = readPage(document, location.href);
    const stale = before !== null && read !== null && readKey(read) === before;
    const last = attempt >= delays.length - 1;
    const product = !stale || last ? await report(read) : true;
    const delay = delays[attempt + 1];
    if ((stale || !product) && delay !== undefined)
      setTimeout(() => void look(delays, attempt + 1, before, run), delay);
  };
  void look([0, ...RETRY_DELAYS], 0, null, generation);
  onAddressChange(() => void look(SETTLE_DELAYS, 0, shown || null, ++generation));
  // The popup asks again when what it was told is for another address than the tab's.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || (raw as { type?: unknown })?.type !== 'detectNow')
      return undefined;
    return report(readPage(document, location.href), true).then(() => true);
  });
}

/** One report to the background, and its answer (null when there is none). */
async function send(url: string, page: PageRead | null) {
  const message: Message = { type: 'pageRead', payload: { url, page } };
  return (await browser.runtime.sendMessage(message).catch(() => null)) as {
    shown?: unknown;
    look?: unknown;
  } | null;
}

/**
 * Resolves just after the page has drawn a frame: its layout is then up to date, so reading it
 * (the visible-price reader does, for its few best candidates) costs nothing, where reading it
 * at any other moment would make the browser lay the page out then and there — work charged to
 * Kinlink, and done twice when the page changes before its next frame.
 */
function afterFrame(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        done();
      }, 0),
    );
  });
}

/** False once this copy of the script outlives its extension (updated, reloaded, removed). */
const alive = (): boolean => {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
};

/**
 * Calls `changed` after each in-page navigation (a single-page shop moving to another product):
 * from the Navigation API where the browser has it, else by looking at the address every second.
 * Stops once the extension is gone.
 */
function onAddressChange(changed: () => void): void {
  let last = location.href;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  const stop = new AbortController();
  const check = () => {
    if (!alive()) return stop.abort();
    if (location.href === last) return;
    last = location.href;
    changed();
  };
  if (typeof navigation?.addEventListener === 'function')
    navigation.addEventListener('currententrychange', check, { signal: stop.signal });
  else {
    const timer = setInterval(check, ADDRESS_POLL_MS);
    stop.signal.addEventListener('abort', () => clearInterval(timer));
  }
}

/**
 * What identifies what the page shows, before the background decides: its title, heading, meta
 * title and picture, and its structured data's size — not its address, which changes first.
 */
function readKey(read: PageRead): string {
  const { page, meta } = read;
  const data = read.jsonLd.reduce((n, text) => n + text.length, 0);
  return [page.title, page.h1, meta.title, meta.image, data].join('|');
}

/**
 * The user can turn detection off everywhere or on chosen sites (Settings): the background
 * answers from the settings before anything on the page is read. Asked, not read here: touching
 * the storage API from a content script costs every page load about two milliseconds.
 */
async function detectionWanted(host: string): Promise<boolean> {
  const message: Message = { type: 'detectionWanted', payload: { host } };
  const answer = (await browser.runtime.sendMessage(message).catch(() => null)) as {
    wanted?: unknown;
  } | null;
  // No answer (the background is being updated): the report that would follow goes nowhere.
  return answer?.wanted === true;
}
