import { beforeAll, describe, expect, it } from 'vitest';
import { type KinlinkDB, openDatabase } from '@/lib/db';
import { recordAction, updateLinkDetails } from '@/lib/history';
import { queryLinkIds } from '@/lib/link-query';

let db: KinlinkDB;
const ids: Record<string, number> = {};
beforeAll(async () => {
  db = openDatabase('kinlink-query');
  const add = (
    key: string,
    url: string,
    networkId: string,
    title: string,
    at: number,
    channel?: string,
  ) =>
    recordAction(
      db,
      {
        originalUrl: url,
        canonicalUrl: url,
        affiliateUrl: `${url}?tag=me`,
        networkId,
        trackingId: 'me',
        product: { title, price: at / 1000 },
      },
      channel ? 'share' : 'copy',
      channel ?? 'copy',
      at,
    ).then((id) => {
      ids[key] = id;
    });
  await add('tape', 'https://www.amazon.com/dp/B0783SG446', 'amazon', 'Gorilla duct tape', 1000);
  await add(
    'chair',
    'https://www.ebay.com/itm/390985762669',
    'ebay',
    'Shiatsu massage chair',
    2000,
    'whatsapp',
  );
  await add('lamp', 'https://www.amazon.com/dp/B000000001', 'amazon', 'Brass desk lamp', 3000, 'x');
  await updateLinkDetails(db, ids.lamp as number, { notes: 'for Grandma' });
});

describe('queryLinkIds', () => {
  it('lists newest first by default, oldest on request', async () => {
    expect(await queryLinkIds(db, {})).toEqual([ids.lamp, ids.chair, ids.tape]);
    expect(await queryLinkIds(db, { sort: 'oldest' })).toEqual([ids.tape, ids.chair, ids.lamp]);
  });
  it('searches words of title, shop and notes, by prefix, all words must match', async () => {
    expect(await queryLinkIds(db, { text: 'gor' })).toEqual([ids.tape]);
    expect(await queryLinkIds(db, { text: 'grandma' })).toEqual([ids.lamp]);
    expect(await queryLinkIds(db, { text: 'amazon desk' })).toEqual([ids.lamp]);
    expect(await queryLinkIds(db, { text: 'ebay.com' })).toEqual([ids.chair]);
    expect(await queryLinkIds(db, { text: 'nothing-like-this' })).toEqual([]);
  });
  it('filters by network, shop, channel and date', async () => {
    expect(await queryLinkIds(db, { networkId: 'amazon' })).toEqual([ids.lamp, ids.tape]);
    expect(await queryLinkIds(db, { shop: 'ebay.com' })).toEqual([ids.chair]);
    expect(await queryLinkIds(db, { channel: 'x' })).toEqual([ids.lamp]);
    expect(await queryLinkIds(db, { from: 1500, to: 2500 })).toEqual([ids.chair]);
    expect(await queryLinkIds(db, { networkId: 'amazon', text: 'tape' })).toEqual([ids.tape]);
  });
  it('sorts by estimate (price × rate)', async () => {
    expect(await queryLinkIds(db, { sort: 'estimate' })).toEqual([ids.lamp, ids.chair, ids.tape]);
  });
});

describe('the in-memory word index', () => {
  it('answers every search exactly as the IndexedDB words index does', async () => {
    const { loadSearchIndex } = await import('@/lib/search-index');
    const { index } = await loadSearchIndex(db);
    expect(index.size).toBe(3);
    for (const text of [
      'gor',
      'grandma',
      'amazon desk',
      'ebay.com',
      'nothing-like-this',
      'a',
      'sh',
    ]) {
      expect(await queryLinkIds(db, { text }, index), text).toEqual(
        await queryLinkIds(db, { text }),
      );
    }
  });
});
