import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  addToCollection,
  createCollection,
  deleteCollection,
  membership,
  moveInCollection,
  removeFromCollection,
  renameCollection,
} from '@/lib/collections';
import { openDatabase } from '@/lib/db';
import { deleteLinks, recordAction, restoreLinks } from '@/lib/history';
import { queryLinkIds } from '@/lib/link-query';

let n = 0;
const draft = (asin: string) => ({
  originalUrl: `https://www.amazon.com/dp/${asin}`,
  canonicalUrl: `https://www.amazon.com/dp/${asin}`,
  affiliateUrl: `https://www.amazon.com/dp/${asin}?tag=me-20`,
  networkId: 'amazon',
  trackingId: 'me-20',
  product: { title: asin },
});

async function seeded() {
  const db = openDatabase(`kinlink-collections-${n++}`);
  const ids: number[] = [];
  for (const asin of ['B000000001', 'B000000002', 'B000000003'])
    ids.push(await recordAction(db, draft(asin), 'copy', 'copy'));
  return { db, ids };
}

describe('collections: every write in one place, membership stored once', () => {
  it('create, add (each once), move, remove, rename, delete', async () => {
    const { db, ids } = await seeded();
    const [a, b, c] = ids as [number, number, number];
    const id = await createCollection(db, '  Gifts  ', [a]);
    await addToCollection(db, id, [b, a, c]);
    expect((await db.collections.get(id))?.linkIds).toEqual([a, b, c]);
    await moveInCollection(db, id, 2, -1);
    expect((await db.collections.get(id))?.linkIds).toEqual([a, c, b]);
    await moveInCollection(db, id, 0, -1); // out of range: nothing
    expect((await db.collections.get(id))?.linkIds).toEqual([a, c, b]);
    await removeFromCollection(db, id, c);
    await renameCollection(db, id, 'Birthday gifts');
    expect(await db.collections.get(id)).toMatchObject({ name: 'Birthday gifts', linkIds: [a, b] });
    expect(membership(await db.collections.toArray()).get(a)).toEqual([id]);
    await deleteCollection(db, id);
    expect(await db.collections.count()).toBe(0);
    expect(await db.links.count(), 'deleting a collection keeps its links').toBe(3);
  });

  it('the Links page’s collection filter reads the collection itself', async () => {
    const { db, ids } = await seeded();
    const id = await createCollection(db, 'Picks', [ids[0] as number, ids[2] as number]);
    const result = await queryLinkIds(db, { collectionId: id });
    expect([...result].sort()).toEqual([ids[0], ids[2]].sort());
  });

  it('a deleted link leaves its collections; undo puts it back in its place', async () => {
    const { db, ids } = await seeded();
    const [a, b, c] = ids as [number, number, number];
    const id = await createCollection(db, 'Picks', [a, b, c]);
    const removed = await deleteLinks(db, [b]);
    expect((await db.collections.get(id))?.linkIds).toEqual([a, c]);
    await restoreLinks(db, removed);
    expect((await db.collections.get(id))?.linkIds, 'back where it was').toEqual([a, b, c]);
  });
});

describe('database version 2: membership moved to the collections', () => {
  it('upgrades a database made by version 1 without losing a membership', async () => {
    const name = `kinlink-v1-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      links:
        '++id, &[canonicalUrl+trackingId], createdAt, updatedAt, networkId, shop, *collectionIds, *channels, *words',
      events: '++id, linkId, at, [kind+at]',
      collections: '++id, name, createdAt',
    });
    const link = (id: number, collectionIds: number[]) => ({
      id,
      ...draft(`B00000000${id}`),
      shop: 'amazon.com',
      createdAt: 1,
      updatedAt: 1,
      copyCount: 1,
      shareCounts: {},
      channels: [],
      notes: '',
      tags: [],
      collectionIds,
      words: [],
    });
    await v1.table('links').bulkAdd([link(1, [10]), link(2, [10, 11]), link(3, [])]);
    // Version 1 kept membership twice; here the two copies disagree (link 2 is missing from 11).
    await v1.table('collections').bulkAdd([
      { id: 10, name: 'A', linkIds: [2, 1], createdAt: 1, updatedAt: 1 },
      { id: 11, name: 'B', linkIds: [], createdAt: 1, updatedAt: 1 },
    ]);
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const links = await db.links.toArray();
    expect(
      links.every((l) => !('collectionIds' in l)),
      'links carry no copy',
    ).toBe(true);
    expect((await db.collections.get(10))?.linkIds, 'order kept').toEqual([2, 1]);
    expect((await db.collections.get(11))?.linkIds, 'nothing lost from either side').toEqual([2]);
    expect(await db.links.count()).toBe(3);
  });
});
