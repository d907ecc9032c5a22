import { beforeEach, describe, expect, it } from 'vitest';
import { type KinlinkDB, openDatabase } from '@/lib/db';
import { deleteLinks, recordAction, restoreLinks, updateLinkDetails } from '@/lib/history';
import type { LinkDraft } from '@/lib/messages';

let db: KinlinkDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`kinlink-test-${n++}`);
  await db.open();
});

const draft = (over: Partial<LinkDraft> = {}): LinkDraft => ({
  originalUrl: 'https://www.amazon.com/Gorilla-Tape/dp/B0783SG446/ref=x?th=1',
  canonicalUrl: 'https://www.amazon.com/dp/B0783SG446',
  affiliateUrl: 'https://www.amazon.com/dp/B0783SG446?tag=me-20',
  networkId: 'amazon',
  marketplace: 'amazon.com',
  trackingId: 'me-20',
  product: { title: 'Gorilla Crystal Clear Duct Tape', price: 12.48, currency: 'USD' },
  ...over,
});

describe('history', () => {
  it('saves a new link with its product, counts and an event', async () => {
    const id = await recordAction(db, draft(), 'copy', 'copy', 1000);
    const link = await db.links.get(id);
    expect(link).toMatchObject({
      shop: 'amazon.com',
      copyCount: 1,
      createdAt: 1000,
      product: { title: 'Gorilla Crystal Clear Duct Tape' },
    });
    expect(await db.events.where('linkId').equals(id).count()).toBe(1);
  });

  it('making the same link again updates the record instead of duplicating it', async () => {
    const a = await recordAction(db, draft(), 'copy', 'copy', 1000);
    const b = await recordAction(db, draft(), 'copy', 'copy', 2000);
    const c = await recordAction(db, draft(), 'share', 'x', 3000);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await db.links.count()).toBe(1);
    const link = await db.links.get(a);
    expect(link).toMatchObject({
      copyCount: 2,
      shareCounts: { x: 1 },
      channels: ['x'],
      createdAt: 1000,
      updatedAt: 3000,
    });
    expect(await db.events.count()).toBe(3);
  });

  it('a different tracking id is a different link (each reports separately)', async () => {
    await recordAction(db, draft(), 'copy', 'copy');
    await recordAction(
      db,
      draft({
        trackingId: 'me-ig-20',
        affiliateUrl: 'https://www.amazon.com/dp/B0783SG446?tag=me-ig-20',
      }),
      'copy',
      'copy',
    );
    expect(await db.links.count()).toBe(2);
  });

  it('two writers at once still make one record with both counts', async () => {
    await Promise.all([
      recordAction(db, draft(), 'copy', 'copy'),
      recordAction(db, draft(), 'share', 'whatsapp'),
      recordAction(db, draft(), 'copy', 'copy'),
    ]);
    const links = await db.links.toArray();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ copyCount: 2, shareCounts: { whatsapp: 1 } });
  });

  it('finds links by any word of title, shop, tracking id and notes', async () => {
    const id = await recordAction(db, draft(), 'copy', 'copy');
    await updateLinkDetails(db, id, { notes: 'Birthday gift idea' });
    for (const word of ['gorilla', 'amazon', 'me', 'birthday']) {
      expect(await db.links.where('words').startsWith(word).count(), word).toBe(1);
    }
  });

  it('delete removes links and events; undo puts them back exactly', async () => {
    const id = await recordAction(db, draft(), 'copy', 'copy');
    const cid = await db.collections.add({
      name: 'Picks',
      linkIds: [id],
      createdAt: 1,
      updatedAt: 1,
    });
    const before = await db.links.get(id);
    const removed = await deleteLinks(db, [id]);
    expect(await db.links.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect((await db.collections.get(cid))?.linkIds).toEqual([]);
    await restoreLinks(db, removed);
    // The same record (only the database's own write stamp moves: the search index reads it).
    expect({ ...(await db.links.get(id)), touchedAt: 0 }).toEqual({ ...before, touchedAt: 0 });
    expect(await db.events.count()).toBe(1);
    expect((await db.collections.get(cid))?.linkIds).toEqual([id]);
  });
});
