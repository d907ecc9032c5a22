import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/app';
import { usePopupStore } from '@/entrypoints/popup/store';
import type { ValidProduct } from '@/lib/messages';
import { setTabState } from '@/lib/tab-state';

const initial = usePopupStore.getState();
const recorded: { kind: string; channel: string; link: { affiliateUrl: string } }[] = [];
let clipboard = '';

const gorilla: ValidProduct = {
  url: 'https://www.amazon.com/dp/B0783SG446',
  canonicalUrl: 'https://www.amazon.com/dp/B0783SG446',
  title: 'Gorilla Crystal Clear Duct Tape',
  price: 12.48,
  currency: 'USD',
  category: 'Tools & Home Improvement › Hardware',
  ids: { asin: 'B0783SG446' },
  sources: {},
};
const SETTINGS = {
  networks: {
    amazon: { trackingIds: { 'amazon.com': ['me-20', 'me-ig-20'], 'amazon.de': ['me-21'] } },
  },
};

async function open(
  url: string,
  product: ValidProduct | null,
  settings: unknown = SETTINGS,
  reportedUrl = url,
  ui: ReactElement = <App />,
) {
  await fakeBrowser.storage.sync.set({ settings });
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
  // What the page reported, where the background keeps it (the popup reads it from there).
  if (tab.id !== undefined) await setTabState(tab.id, reportedUrl, product);
  fakeBrowser.runtime.onMessage.addListener(
    (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const msg = raw as {
        type: string;
        payload: { kind: string; channel: string; link: { affiliateUrl: string } };
      };
      if (msg.type === 'recordAction') {
        recorded.push(msg.payload);
        sendResponse({ ok: true, linkId: 1 });
      }
      return true;
    },
  );
  render(ui);
}

beforeEach(() => {
  usePopupStore.setState(initial, true);
  recorded.length = 0;
  clipboard = '';
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        clipboard = text;
      },
    },
  });
});

describe('popup', () => {
  it('never shows one page’s product for another address (issue 11, item 15)', async () => {
    // The tab moved on to another product; what the page reported is for the first one.
    await open(
      'https://www.amazon.com/dp/B00N150YS4',
      gorilla,
      SETTINGS,
      'https://www.amazon.com/dp/B0783SG446',
    );
    const field = await screen.findByRole('textbox', { name: 'Your link' });
    expect(field, 'the link is for the tab’s address').toHaveValue(
      'https://www.amazon.com/dp/B00N150YS4?tag=me-20',
    );
    expect(
      screen.queryByText('Gorilla Crystal Clear Duct Tape'),
      'not the first product’s title',
    ).toBeNull();
  });

  it('paints the background’s first view at once and keeps its nodes until the full popup is ready; a copy clicked then is done', async () => {
    const { Popup } = await import('@/entrypoints/popup/shell');
    const { fullPopup } = await import('@/entrypoints/popup/app');
    const { firstViewOf } = await import('@/lib/popup-view');
    const { parseSettings } = await import('@/lib/settings');
    const first = firstViewOf(gorilla.url, gorilla, parseSettings(SETTINGS));
    if (!first) throw new Error('no first view for a product link');
    // The full part is a chunk that has not arrived yet: the first paint needs no store, no engine.
    let arrive: (full: typeof fullPopup) => void = () => {};
    const chunk = new Promise<typeof fullPopup>((resolve) => {
      arrive = resolve;
    });
    await open(
      gorilla.url,
      gorilla,
      SETTINGS,
      gorilla.url,
      <Popup first={first} full={() => chunk} />,
    );
    expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(
      'https://www.amazon.com/dp/B0783SG446?tag=me-20',
    );
    const button = screen.getByRole('button', { name: 'Copy link' });
    expect(button).toHaveFocus();
    await userEvent.click(button);
    const before = document.body.innerHTML;
    // The chunk arrives; until its state is ready the first paint's nodes stay (focus, a click
    // half-way through), then the full popup takes over: the same link, and the copy is made.
    arrive(fullPopup);
    expect(button.isConnected).toBe(true);
    await waitFor(() => expect(clipboard).toBe(first.link));
    expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(first.link);
    await waitFor(() => expect(recorded.map((r) => r.kind)).toEqual(['copy']));
    expect(document.activeElement, 'Enter still copies').toHaveClass('copy-main');
    // Same layout: the product card and the link panel are the same elements, same classes.
    const classes = (html: string) => [...html.matchAll(/class="([^"]+)"/g)].map((m) => m[1]);
    expect(classes(document.body.innerHTML).slice(0, 12)).toEqual(classes(before).slice(0, 12));
  });

  it('says when saved settings were set aside', async () => {
    await fakeBrowser.storage.local.set({
      settingsSetAside: [
        { where: 'Shop rules', value: {}, reason: 'set.ref: more than 256 characters', at: 1 },
      ],
    });
    await open('https://www.amazon.com/dp/B0783SG446', gorilla);
    await screen.findByText(/Some saved settings could not be used and were set aside/);
  });

  it('shows the product and the link at once; Copy puts exactly the link on the clipboard and records it', async () => {
    await open('https://www.amazon.com/Gorilla-Tape/dp/B0783SG446/ref=sr_1_1?th=1', gorilla);
    const field = await screen.findByRole('textbox', { name: 'Your link' });
    expect(field).toHaveValue('https://www.amazon.com/dp/B0783SG446?tag=me-20');
    expect(
      screen.getByRole('heading', { name: 'Gorilla Crystal Clear Duct Tape' }),
    ).toBeInTheDocument();
    expect(screen.getByText('$12.48', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/^Estimated \$0\.37 per sale \(3% Home\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(clipboard).toBe('https://www.amazon.com/dp/B0783SG446?tag=me-20');
    await waitFor(() =>
      expect(recorded).toMatchObject([
        { kind: 'copy', channel: 'copy', link: { affiliateUrl: clipboard } },
      ]),
    );
  });

  it('Enter copies; Copy with caption copies the caption with the disclosure', async () => {
    await open('https://www.amazon.com/dp/B0783SG446', gorilla);
    await screen.findByRole('textbox', { name: 'Your link' });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await waitFor(() => expect(clipboard).toBe('https://www.amazon.com/dp/B0783SG446?tag=me-20'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy with caption' }));
    // Amazon: a price is true only when it was seen, so the caption dates it (issue 15, item 4).
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(
      Date.now(),
    );
    await waitFor(() =>
      expect(clipboard).toBe(
        `Gorilla Crystal Clear Duct Tape — $12.48 on ${today} https://www.amazon.com/dp/B0783SG446?tag=me-20 #ad`,
      ),
    );
    // And the popup says which purchases do not earn, under the estimate.
    expect(
      screen.getByText(/your own purchases, and orders you place for others, do not/),
    ).toBeInTheDocument();
  });

  it('switches tracking id, and offers the same product in the user’s other Amazon stores', async () => {
    await open('https://www.amazon.com/dp/B0783SG446', gorilla);
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Tracking ID' }),
      'me-ig-20',
    );
    expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(
      'https://www.amazon.com/dp/B0783SG446?tag=me-ig-20',
    );
    expect(screen.getByText(/Same product in your other Amazon stores \(1\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link for amazon.de' }));
    await waitFor(() => expect(clipboard).toBe('https://www.amazon.de/dp/B0783SG446?tag=me-21'));
  });

  it('follows Amazon’s share policy: email and QR disabled with the reason', async () => {
    await open('https://www.amazon.com/dp/B0783SG446', gorilla);
    const email = await screen.findByRole('button', { name: /^Email \(not allowed/ });
    expect(email).toHaveAttribute('aria-disabled', 'true');
    // The reason in words, under the channel's name in "More" (not only a greyed button).
    expect(email).toHaveAccessibleDescription(/^Amazon does not allow/);
    expect(email).toHaveTextContent(/Amazon does not allow/);
    expect(screen.getByRole('button', { name: /^QR code \(not allowed/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Share to WhatsApp' })).toBeEnabled();
  });

  it('someone else’s tag: says whose, and replacing takes a deliberate confirm', async () => {
    await open('https://www.amazon.com/dp/B0783SG446?tag=someone-20', gorilla);
    await screen.findByRole('heading', { name: 'This link already earns for someone else' });
    expect(screen.getByText('someone-20')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your link' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Replace their tag with mine' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/takes their credit/);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, use my link instead' }));
    expect(await screen.findByRole('textbox', { name: 'Your link' })).toHaveValue(
      'https://www.amazon.com/dp/B0783SG446?tag=me-20',
    );
    expect(
      screen.getByText(/Replaced someone else's attribution \(tag=someone-20\)/),
    ).toBeInTheDocument();
  });

  it('a browser page: nothing to do, said plainly', async () => {
    await open('chrome://settings/', null);
    expect(
      await screen.findByRole('heading', { name: 'Nothing to link here' }),
    ).toBeInTheDocument();
  });

  it('first run: set up Amazon in the popup, then the link is there', async () => {
    await open('https://www.amazon.de/dp/B01N5OPMJW', null, {});
    await screen.findByRole('heading', { name: /Make your first link: set up Amazon Associates/ });
    const input = screen.getByLabelText('Your tracking ID for amazon.de');
    await userEvent.type(input, 'bad id');
    expect(await screen.findByText(/only letters, digits and dashes/)).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, 'neu-21');
    await userEvent.click(screen.getByRole('button', { name: 'Save and make my link' }));
    expect(await screen.findByRole('textbox', { name: 'Your link' })).toHaveValue(
      'https://www.amazon.de/dp/B01N5OPMJW?tag=neu-21',
    );
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect((settings as typeof SETTINGS).networks.amazon.trackingIds['amazon.de']).toEqual([
      'neu-21',
    ]);
  });

  it('an unsupported shop: a clean link that says it earns nothing, and a way to add a rule', async () => {
    const sidamo: ValidProduct = {
      url: 'https://shop.example-roasters.com/products/sidamo',
      canonicalUrl: 'https://shop.example-roasters.com/products/sidamo',
      title: 'Sidamo Organic Coffee Beans',
      ids: {},
      sources: {},
    };
    await open('https://shop.example-roasters.com/products/sidamo?utm_source=ig&fbclid=x', sidamo);
    await screen.findByRole('heading', { name: 'No network for this shop yet' });
    expect(
      screen.getByRole('heading', { name: 'Sidamo Organic Coffee Beans' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Clean link/ })).toHaveValue(
      'https://shop.example-roasters.com/products/sidamo',
    );
    expect(screen.getByText('earns nothing')).toBeInTheDocument();
    // The public suffix list loads on demand: the first import can take a moment in tests.
    expect(
      await screen.findByRole(
        'button',
        { name: 'Add a rule for example-roasters.com' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it('a store without the user’s id: the product stays, the headline names the store (issue 12, item 4)', async () => {
    await open('https://www.amazon.fr/dp/B0783SG446', {
      ...gorilla,
      url: 'https://www.amazon.fr/dp/B0783SG446',
      canonicalUrl: 'https://www.amazon.fr/dp/B0783SG446',
      currency: 'EUR',
    });
    await screen.findByRole('heading', { name: 'Add your amazon.fr tracking ID' });
    expect(
      screen.getByRole('heading', { name: 'Gorilla Crystal Clear Duct Tape' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Your tracking ID for amazon.fr')).toBeInTheDocument();
    const plain = screen.getByRole('button', { name: 'Copy plain link' });
    expect(plain.className, 'a real button, not text-like').not.toMatch(/ghost/);
  });

  it('a page that is no product: said plainly, a clean link, no rule to add', async () => {
    await open('https://www.example-news.com/best-duct-tapes?utm_source=x', null);
    await screen.findByRole('heading', { name: 'This page is not a product' });
    expect(screen.getByRole('textbox', { name: /Clean link/ })).toHaveValue(
      'https://www.example-news.com/best-duct-tapes',
    );
    expect(screen.getByRole('button', { name: 'Copy clean link' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Add a rule/ })).toBeNull();
  });

  it('a short link: offers to expand it, nothing else', async () => {
    await open('https://amzn.to/2Bh74CI', null);
    await screen.findByRole('heading', { name: 'This is a short link' });
    expect(screen.getByRole('button', { name: 'Expand short link' })).toBeEnabled();
  });

  it('a product address whose page was not read (an expanded short link) is not called "not a product"', async () => {
    await open('https://www.amazon.com/Gorilla-Tape/dp/B0783SG446?ref_=short', null);
    await screen.findByRole('heading', { name: 'Your link to this product' });
    expect(screen.queryByText(/Not a single product/)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(
      'https://www.amazon.com/dp/B0783SG446?tag=me-20',
    );
  });

  it('a supported shop that is not a product page: a tagged link to the page', async () => {
    await open('https://www.amazon.com/s?k=duct+tape&ref=nb_sb_noss', null);
    await screen.findByRole('heading', { name: 'Your link to this page' });
    expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(
      'https://www.amazon.com/s?k=duct+tape&tag=me-20',
    );
  });
});
