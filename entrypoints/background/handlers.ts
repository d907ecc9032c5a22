import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db';
import { LOOK } from '@/lib/detect/decide';
import { expandShortLink } from '@/lib/expand';
import { recordAction } from '@/lib/history';
import { detectionAllowed } from '@/lib/host';
import { type MessageData, type MessageType, parseMessage, type Responses } from '@/lib/messages';
import { answerFromPage, productKey } from '@/lib/page-product';
import { platform } from '@/lib/platform';
import { firstViewOf } from '@/lib/popup-view';
import { settingsReader } from '@/lib/settings-store';
import { getTabState, setTabState } from '@/lib/tab-state';
import { showProductBadge } from './tabs';

type Sender = { id?: string; url?: string; tab?: { id?: number } };
type Handlers = {
  [T in MessageType]?: (payload: MessageData<T>, sender: Sender) => Promise<Responses[T]>;
};

// Read once and kept until they change: every page load asks twice (may it be read, then its
// report), which must not mean two storage reads and two parses each time.
const settings = settingsReader();

const handlers: Handlers = {
  async detectionWanted({ host }) {
    // Settings that cannot be read leave detection as a new install has it: on.
    const current = await settings().catch(() => null);
    return { ok: true, wanted: !current || detectionAllowed(current.detection, host) };
  },
  async pageRead({ url, page }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: true, shown: '' };
    // Nothing structured prices the page, and what it shows could tell: the content script reads
    // that (its costliest part) only now, and reports again. Nothing is stored meanwhile.
    const product = page ? answerFromPage(page) : null;
    if (product === LOOK) return { ok: true, shown: '', look: true };
    // The popup's first paint, made now so opening it needs no work (lib/first-view.ts).
    const first = await settings().then(
      (s) => firstViewOf(url, product, s),
      () => undefined,
    );
    await setTabState(tabId, url, product, first);
    await showProductBadge(tabId, product);
    await platform()
      .bindPopup(tabId)
      .catch(() => {}); // the tab closed meanwhile
    return { ok: true, shown: productKey(product) };
  },
  getTabState: ({ tabId }) => getTabState(tabId),
  async recordAction({ link, kind, channel }) {
    try {
      return { ok: true, linkId: await recordAction(getDatabase(), link, kind, channel) };
    } catch (error) {
      return { ok: false, message: `Your link was not saved to history (${String(error)}).` };
    }
  },
  expandShortLink: ({ url }) => expandShortLink(url),
};

/**
 * One listener for every message: check who sent it and parse the payload (zod) before any
 * handler sees it. Unknown or malformed messages get an error answer, never an exception.
 */
export function registerHandlers(): void {
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
      // Meant for the offscreen document, which answers it itself.
      if ((raw as { type?: unknown } | null)?.type === 'offscreenCopy') return false;
      const parsed = parseMessage(raw, sender, browser.runtime.id, origin);
      if (!parsed.ok) {
        sendResponse({ ok: false, error: parsed.error });
        return false;
      }
      const handler = handlers[parsed.type] as
        | ((p: unknown, s: Sender) => Promise<unknown>)
        | undefined;
      if (!handler) return false;
      handler(parsed.payload, sender).then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, error: String(error) }),
      );
      return true;
    },
  );
}
