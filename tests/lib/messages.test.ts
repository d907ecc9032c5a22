import { describe, expect, it } from 'vitest';
import type { PageRead } from '@/lib/detect/types';
import { DETECTION, LIMITS } from '@/lib/limits';
import { parseMessage } from '@/lib/messages';
import { productFromPage } from '@/lib/page-product';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const fromTab = { id: ID, tab: { id: 3 }, url: 'https://www.amazon.com/dp/B0783SG446' };
const fromPopup = { id: ID, url: `${ORIGIN}popup.html` };
/** What a content script reads from a page with one product (lib/detect/read.ts). */
const read = (): PageRead => ({
  url: 'https://shop.example/p',
  shops: [],
  jsonLd: [
    '{"@type":"Product","name":"Lamp <script>x</script>","image":"javascript:alert(1)","offers":{"price":"12","priceCurrency":"USD"}}',
  ],
  microdata: [],
  rdfa: [],
  meta: { productType: false, article: false },
  page: {},
});

describe('parseMessage', () => {
  it('a content script may ask whether to read its page (only a host), and only a content script', () => {
    const ask = { type: 'detectionWanted', payload: { host: 'www.amazon.com' } };
    expect(parseMessage(ask, fromTab, ID, ORIGIN)).toMatchObject({
      ok: true,
      type: 'detectionWanted',
      payload: { host: 'www.amazon.com' },
    });
    expect(parseMessage(ask, fromPopup, ID, ORIGIN).ok).toBe(false);
    expect(
      parseMessage(
        { type: 'detectionWanted', payload: { host: 'x'.repeat(LIMITS.domain + 1) } },
        fromTab,
        ID,
        ORIGIN,
      ).ok,
    ).toBe(false);
  });

  it('accepts pageRead from a content script; the product decided from it is cleaned', () => {
    const parsed = parseMessage(
      { type: 'pageRead', payload: { url: 'https://shop.example/p', page: read() } },
      fromTab,
      ID,
      ORIGIN,
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok && parsed.type === 'pageRead' && parsed.payload.page) {
      const product = productFromPage(parsed.payload.page);
      expect(product?.title).toBe('Lamp x');
      expect(product?.price).toBe(12);
      expect(product?.image, 'an unsafe image is dropped, the rest kept').toBeUndefined();
    }
  });

  it('a page cannot send more than a reader would read: each bound is checked', () => {
    const send = (page: unknown) =>
      parseMessage(
        { type: 'pageRead', payload: { url: 'https://shop.example/p', page } },
        fromTab,
        ID,
        ORIGIN,
      );
    expect(send(read()).ok).toBe(true);
    const big = 'x'.repeat(DETECTION.jsonLdChars);
    expect(send({ ...read(), jsonLd: [big, big] }).ok, 'JSON-LD past its total').toBe(false);
    expect(send({ ...read(), jsonLd: Array(DETECTION.jsonLdBlocks + 1).fill('{}') }).ok).toBe(
      false,
    );
    const candidate = { text: '$1' };
    expect(
      send({
        ...read(),
        visible: { buy: 1, lang: 'en', candidates: Array(DETECTION.sent + 1).fill(candidate) },
      }).ok,
    ).toBe(false);
    // One oversized field drops alone; the rest of the reading stands.
    const long = send({ ...read(), meta: { ...read().meta, title: 'x'.repeat(LIMITS.url + 1) } });
    expect(long.ok).toBe(true);
    if (long.ok && long.type === 'pageRead') expect(long.payload.page?.meta.title).toBeUndefined();
  });

  it('refuses what a web page could send: another extension, or a page asking for history writes', () => {
    expect(
      parseMessage(
        { type: 'pageRead', payload: { url: 'https://x.y', page: null } },
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
