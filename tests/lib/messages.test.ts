import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const fromTab = { id: ID, tab: { id: 3 }, url: 'https://www.amazon.com/dp/B0783SG446' };
const fromPopup = { id: ID, url: `${ORIGIN}popup.html` };
const product = {
  url: 'https://shop.example/p',
  canonicalUrl: 'https://shop.example/p',
  title: 'Lamp',
  ids: {},
  sources: {},
};

describe('parseMessage', () => {
  it('accepts productDetected from a content script and cleans the product', () => {
    const parsed = parseMessage(
      {
        type: 'productDetected',
        payload: {
          url: 'https://shop.example/p',
          product: { ...product, title: 'Lamp <script>x</script>', image: 'javascript:alert(1)' },
        },
      },
      fromTab,
      ID,
      ORIGIN,
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok && parsed.type === 'productDetected') {
      expect(parsed.payload.product?.title).not.toMatch(/[<>]/);
      expect(
        parsed.payload.product?.image,
        'an unsafe image is dropped, the rest kept',
      ).toBeUndefined();
    }
  });

  it('refuses what a web page could send: another extension, or a page asking for history writes', () => {
    expect(
      parseMessage(
        { type: 'productDetected', payload: { url: 'https://x.y', product: null } },
        { ...fromTab, id: 'other' },
        ID,
        ORIGIN,
      ),
    ).toMatchObject({ ok: false, error: /not this extension/ });
    expect(
      parseMessage({ type: 'recordAction', payload: {} }, fromTab, ID, ORIGIN),
      'content scripts cannot write history',
    ).toMatchObject({ ok: false, error: /not accepted from this sender/ });
    expect(
      parseMessage(
        { type: 'getTabState', payload: { tabId: 1 } },
        { id: ID, url: 'https://evil.example/' },
        ID,
        ORIGIN,
      ),
    ).toMatchObject({ ok: false });
  });

  it('refuses unknown types and malformed payloads with a reason', () => {
    expect(parseMessage({ type: '__proto__' }, fromPopup, ID, ORIGIN)).toMatchObject({
      ok: false,
      error: /unknown message type/,
    });
    expect(parseMessage(null, fromPopup, ID, ORIGIN)).toMatchObject({ ok: false });
    const bad = parseMessage(
      { type: 'getTabState', payload: { tabId: 'one' } },
      fromPopup,
      ID,
      ORIGIN,
    );
    expect(bad).toMatchObject({ ok: false, error: /tabId/ });
  });

  it('refuses a javascript: URL in a link to record', () => {
    const bad = parseMessage(
      {
        type: 'recordAction',
        payload: {
          kind: 'copy',
          channel: 'copy',
          link: {
            originalUrl: 'javascript:alert(1)',
            canonicalUrl: 'https://a.b/',
            affiliateUrl: 'https://a.b/',
            networkId: 'amazon',
          },
        },
      },
      fromPopup,
      ID,
      ORIGIN,
    );
    expect(bad.ok).toBe(false);
  });
});
