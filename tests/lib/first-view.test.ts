import { describe, expect, it } from 'vitest';
import type { ValidProduct } from '@/lib/messages';
import { firstViewOf, popupView } from '@/lib/popup-view';
import { parseSettings } from '@/lib/settings';

const gorilla: ValidProduct = {
  url: 'https://www.amazon.com/dp/B0783SG446',
  canonicalUrl: 'https://www.amazon.com/dp/B0783SG446',
  title: 'Gorilla Crystal Clear Duct Tape',
  price: 12.48,
  currency: 'USD',
  image: 'https://m.media-amazon.com/images/I/gorilla.jpg',
  ids: { asin: 'B0783SG446' },
  sources: {},
};
const settings = parseSettings({
  networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } },
});

describe('the popup’s first view (made by the background, painted before the full popup)', () => {
  it('shows the same link, network and tracking id as the full popup', () => {
    const first = firstViewOf(gorilla.url, gorilla, settings);
    const view = popupView(gorilla.url, gorilla, settings);
    expect(view.kind).toBe('link');
    if (view.kind !== 'link') return;
    expect(first).toMatchObject({
      url: gorilla.url,
      link: view.result.url,
      network: 'Amazon Associates',
      trackingId: 'me-20',
      shop: 'amazon.com',
      product: { title: gorilla.title, price: 12.48, currency: 'USD' },
    });
    expect(first?.estimate).toMatch(/per sale/);
  });
  it('never carries a picture the user did not turn on', () => {
    expect(firstViewOf(gorilla.url, gorilla, settings)?.product?.image).toBeUndefined();
    const on = parseSettings({ ...settings, showPictures: true });
    expect(firstViewOf(gorilla.url, gorilla, on)?.product?.image).toBe(gorilla.image);
  });
  it('is made only for a link: setup, someone else’s link and other pages wait for the popup', () => {
    expect(firstViewOf('https://www.amazon.de/dp/B0783SG446', null, settings)).toBeUndefined();
    expect(
      firstViewOf('https://www.amazon.com/dp/B0783SG446?tag=someone-20', null, settings),
    ).toBeUndefined();
    expect(firstViewOf('chrome://extensions', null, settings)).toBeUndefined();
  });
  it('says what the link is when the page was not read', () => {
    expect(firstViewOf(gorilla.url, null, settings)?.headline?.title).toBe(
      'Your link to this product',
    );
  });
});
