import { describe, expect, it } from 'vitest';
import { badgeText, clearTabState, getTabState, setTabState } from '@/lib/tab-state';

describe('tab state and badge', () => {
  it('badge: short price on product pages, a dot when it does not fit, nothing elsewhere', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText({ price: 49.99, currency: 'USD' })).toBe('$50');
    expect(badgeText({ price: 1299, currency: 'EUR' })).toBe('€1k');
    expect(badgeText({ price: 12.5, currency: 'CHF' })).toBe('●');
    expect(badgeText({ price: undefined, currency: undefined })).toBe('●');
  });
  it('keeps what the content script found per tab, in session storage (survives a worker restart)', async () => {
    const product = {
      url: 'https://a.b/p',
      canonicalUrl: 'https://a.b/p',
      title: 'Lamp',
      ids: {},
      sources: {},
    };
    await setTabState(7, 'https://a.b/p', product);
    expect(await getTabState(7)).toMatchObject({
      tabId: 7,
      url: 'https://a.b/p',
      product: { title: 'Lamp' },
    });
    await clearTabState(7);
    expect(await getTabState(7)).toEqual({ tabId: 7, product: null });
  });
});
