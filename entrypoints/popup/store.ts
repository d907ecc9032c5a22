import { browser } from 'wxt/browser';
import { create } from 'zustand';
import { popupTabAndState, sameDocument } from '@/lib/first-view';
import { sendMessage, type ValidProduct } from '@/lib/messages';
import { createLink, type LinkOptions, type LinkSuccess } from '@/lib/networks';
import { shortLinkOrigins } from '@/lib/permissions';
import { type PopupView, popupView } from '@/lib/popup-view';
import { defaultSettings, type Settings, type ShareChannel } from '@/lib/settings';
import { loadSettings, saveSettings, setAsideItem, watchSettings } from '@/lib/settings-store';
import { buildCaption, draftFrom, SHARE_TARGETS } from '@/lib/share';
import { getTabState } from '@/lib/tab-state';
import { openOptions } from './open-options';
import { pending } from './pending';

export type Notice = { tone: 'danger' | 'warning' | 'info'; text: string };

type PopupState = {
  ready: boolean;
  tabId?: number;
  url?: string;
  /** The short link the user expanded, to say where the link came from. */
  expandedFrom?: string;
  product: ValidProduct | null;
  settings: Settings;
  options: LinkOptions;
  captionEdit: string | null;
  copied: null | 'link' | 'caption' | 'clean';
  notice: Notice | null;
  busy: boolean;
};

type PopupActions = {
  load(): Promise<void>;
  setOptions(options: Partial<LinkOptions>): void;
  copy(what: 'link' | 'caption'): Promise<void>;
  copyText(text: string, what: 'clean'): Promise<void>;
  share(channel: ShareChannel): Promise<void>;
  setCaption(text: string | null): void;
  expand(): Promise<void>;
  saveSetup(networkId: 'amazon' | 'ebay', value: string, marketplace?: string): Promise<void>;
  openOptions(route: string): Promise<void>;
};

export type PopupStore = PopupState & PopupActions;

const LOADING: PopupView = { kind: 'browser-page', headline: '', detail: '' };
let cached: { inputs: unknown[]; view: PopupView } | undefined;

/**
 * What the popup shows: derived from the tab's address, its product, the settings and the
 * user's choices (lib/popup-view.ts), never stored. Recomputed only when one of them changes.
 */
export function selectView(state: PopupState): PopupView {
  if (!state.ready) return LOADING;
  const inputs = [state.url, state.product, state.settings, state.options];
  if (cached?.inputs.every((v, i) => v === inputs[i])) return cached.view;
  const view = popupView(state.url, state.product, state.settings, state.options);
  cached = { inputs, view };
  return view;
}

/** The link text of the current view, when there is one. */
export function currentLink(state: PopupState): string | undefined {
  const view = selectView(state);
  return view.kind === 'link' ? view.result.url : undefined;
}

export function generatedCaption(state: PopupState, link: string): string {
  const p = state.product;
  const view = selectView(state);
  const networkId = view.kind === 'link' ? view.result.networkId : undefined;
  return buildCaption(state.settings.caption.template, {
    title: p?.title,
    price: p?.price,
    currency: p?.currency,
    // Seen now, on the page: dated where the network says a price must be (Amazon).
    networkId,
    link,
    disclosure: state.settings.caption.disclosure,
  });
}

export function captionFor(state: PopupState, link: string): string {
  const base = currentLink(state);
  if (state.captionEdit !== null && base) return state.captionEdit.split(base).join(link);
  return generatedCaption(state, link);
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export const usePopupStore = create<PopupStore>((set, get) => {
  /** Save the action to history through the background (the one writer). */
  const record = async (kind: 'copy' | 'share', channel: string, result?: LinkSuccess) => {
    const { url, product } = get();
    const view = selectView(get());
    const link = result ?? (view.kind === 'link' ? view.result : undefined);
    if (!link || !url) return;
    try {
      const answer = await sendMessage('recordAction', {
        link: draftFrom(link, url, product),
        kind,
        channel,
      });
      if (answer && !answer.ok) set({ notice: { tone: 'warning', text: answer.message } });
    } catch {
      set({
        notice: {
          tone: 'warning',
          text: 'Your link was copied, but Kinlink could not save it to your history. Try again in a moment.',
        },
      });
    }
  };

  /** Asks the tab's content script to look again, then takes its answer if it is for `url`. */
  const detectAgain = async (tabId: number, url: string) => {
    try {
      await browser.tabs.sendMessage(tabId, { type: 'detectNow' });
      const state = await getTabState(tabId);
      if (state.url && sameDocument(state.url, url) && get().url === url)
        set({ product: state.product });
    } catch {
      // No content script there (detection off, a browser page): the popup works without.
    }
  };

  return {
    ready: false,
    product: null,
    settings: defaultSettings(),
    options: {},
    captionEdit: null,
    copied: null,
    notice: null,
    busy: false,

    async load() {
      // Everything the popup needs, asked for at once: the tab, what the page showed, settings.
      // No such tab (closed meanwhile): nothing to do, said below.
      // The tab's state straight from session storage (where the background keeps it): no round
      // trip to a background that may be asleep.
      const [{ tabId, tab, state }, settings, setAside] = await Promise.all([
        popupTabAndState(),
        loadSettings().catch(() => defaultSettings()),
        setAsideItem.getValue().catch(() => []),
      ]);
      const tabUrl = tab?.url;
      // What the page reported is used only for the address the tab shows now: a tab that
      // moved on (a single-page shop, a navigation the page did not report) is asked again.
      const current = !tabUrl || !state?.url || sameDocument(state.url, tabUrl);
      set({
        ready: true,
        tabId,
        url: tabUrl ?? state?.url,
        product: current ? (state?.product ?? null) : null,
        settings,
      });
      if (!current && tabId !== undefined && tabUrl) void detectAgain(tabId, tabUrl);
      if (setAside.length > 0) {
        set({
          notice: {
            tone: 'warning',
            text: 'Some saved settings could not be used and were set aside: see Settings.',
          },
        });
      }
      watchSettings((next) => set({ settings: next }));
      // A copy clicked on the first paint, before this state was ready, is done now.
      const asked = pending.copy;
      pending.copy = null;
      if (asked && selectView(get()).kind === 'link') await get().copy(asked);
      else if (settings.autoCopy && selectView(get()).kind === 'link') await get().copy('link');
    },

    setOptions(options) {
      set({ options: { ...get().options, ...options }, captionEdit: null });
    },

    async copy(what) {
      const state = get();
      const link = currentLink(state);
      if (!link) return;
      const text = what === 'link' ? link : captionFor(state, link);
      const ok = await writeClipboard(text);
      if (!ok) {
        set({
          notice: {
            tone: 'danger',
            text: 'Kinlink could not reach the clipboard. Select the link and copy it yourself.',
          },
        });
        return;
      }
      set({ copied: what, notice: null });
      setTimeout(() => {
        if (get().copied === what) set({ copied: null });
      }, 1500);
      await record('copy', what === 'link' ? 'copy' : 'caption');
    },

    async copyText(text, what) {
      if (await writeClipboard(text)) {
        set({ copied: what });
        setTimeout(() => set({ copied: null }), 1500);
      }
    },

    async share(channel) {
      const state = get();
      const view = selectView(state);
      if (view.kind !== 'link' || !state.url) return;
      const channelResult = createLink(state.url, state.settings, { ...state.options, channel });
      const result = channelResult.ok ? channelResult : view.result;
      const link = result.url;
      const caption = captionFor(state, link);
      const title = state.product?.title ?? 'A find worth sharing';
      // The QR code is drawn by the link state itself; here it is only counted.
      if (channel === 'system') {
        try {
          await navigator.share({ title, text: caption, url: link });
        } catch {
          return; // The user closed the share sheet: nothing was shared.
        }
      } else {
        const target = SHARE_TARGETS.find((t) => t.id === channel);
        const intent = target?.intent?.({ url: link, caption, title, image: state.product?.image });
        if (!intent) return;
        await browser.tabs.create({ url: intent });
      }
      await record('share', channel, result);
    },

    setCaption: (text) => set({ captionEdit: text }),

    async expand() {
      const view = selectView(get());
      if (view.kind !== 'short') return;
      set({ busy: true, notice: null });
      const origins = shortLinkOrigins(new URL(view.shortUrl).hostname);
      try {
        // Asked now, on the user's click: Kinlink never reads these sites otherwise.
        const granted = await browser.permissions.request({ origins });
        if (!granted) {
          set({
            busy: false,
            notice: {
              tone: 'warning',
              text: 'Kinlink needs your permission to open the short link and see where it goes.',
            },
          });
          return;
        }
        const answer = await sendMessage('expandShortLink', { url: view.shortUrl });
        if (!answer.ok) {
          set({ busy: false, notice: { tone: 'danger', text: answer.message } });
          return;
        }
        set({ busy: false, url: answer.url, expandedFrom: view.shortUrl, product: null });
      } catch (error) {
        set({
          busy: false,
          notice: {
            tone: 'danger',
            text: `The short link could not be expanded (${String(error)}).`,
          },
        });
      }
    },

    async saveSetup(networkId, value, marketplace) {
      const settings = structuredClone(get().settings);
      if (networkId === 'amazon' && marketplace) {
        const ids = settings.networks.amazon.trackingIds[marketplace] ?? [];
        settings.networks.amazon.trackingIds[marketplace] = [
          value,
          ...ids.filter((i) => i !== value),
        ];
      } else if (networkId === 'ebay') {
        settings.networks.ebay.campaignId = value;
      }
      settings.onboarded = true;
      const outcome = await saveSettings(settings);
      set({
        settings,
        notice:
          outcome.area === 'local'
            ? { tone: 'warning', text: outcome.reason }
            : { tone: 'info', text: 'Saved. Here is your link.' },
      });
    },

    openOptions,
  };
});

export { sameDocument };
