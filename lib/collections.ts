import type { Collection, KinlinkDB } from './db';
import { LIMITS } from './limits';

/**
 * Every write to a collection. Membership has one owner: `Collection.linkIds`, in the order the
 * user chose (links carry no copy of it since database version 2).
 */

export async function createCollection(
  db: KinlinkDB,
  name: string,
  linkIds: number[] = [],
): Promise<number> {
  const now = Date.now();
  return (await db.collections.add({
    name: collectionName(name),
    linkIds: [...new Set(linkIds)],
    createdAt: now,
    updatedAt: now,
  })) as number;
}

export async function renameCollection(db: KinlinkDB, id: number, name: string): Promise<void> {
  await db.collections.update(id, { name: collectionName(name), updatedAt: Date.now() });
}

export async function deleteCollection(db: KinlinkDB, id: number): Promise<void> {
  await db.collections.delete(id);
}

/** Adds links at the end, each once. */
export async function addToCollection(db: KinlinkDB, id: number, linkIds: number[]): Promise<void> {
  await db.transaction('rw', db.collections, async () => {
    const c = await db.collections.get(id);
    if (!c) return;
    const ids = [...new Set([...c.linkIds, ...linkIds])];
    await db.collections.update(id, { linkIds: ids, updatedAt: Date.now() });
  });
}

export async function removeFromCollection(
  db: KinlinkDB,
  id: number,
  linkId: number,
): Promise<void> {
  await db.transaction('rw', db.collections, async () => {
    const c = await db.collections.get(id);
    if (!c) return;
    await db.collections.update(id, {
      linkIds: c.linkIds.filter((l) => l !== linkId),
      updatedAt: Date.now(),
    });
  });
}

/** Moves the link at `index` by `by` places (−1 up, +1 down); out of range does nothing. */
export async function moveInCollection(
  db: KinlinkDB,
  id: number,
  index: number,
  by: number,
): Promise<void> {
  await db.transaction('rw', db.collections, async () => {
    const c = await db.collections.get(id);
    const to = index + by;
    if (!c || index < 0 || index >= c.linkIds.length || to < 0 || to >= c.linkIds.length) return;
    const ids = [...c.linkIds];
    const [moved] = ids.splice(index, 1);
    ids.splice(to, 0, moved as number);
    await db.collections.update(id, { linkIds: ids, updatedAt: Date.now() });
  });
}

/** Where each link stands: link id → the collections (ids) that hold it. */
export function membership(collections: Collection[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const c of collections) {
    for (const linkId of c.linkIds) out.set(linkId, [...(out.get(linkId) ?? []), c.id as number]);
  }
  return out;
}

/** A place in a collection, to put a link back where it was (undo). */
export type Membership = { collectionId: number; linkId: number; index: number };

/** Takes links out of every collection; returns where they were. Inside a transaction. */
export async function takeOutOfCollections(
  db: KinlinkDB,
  linkIds: number[],
): Promise<Membership[]> {
  const gone = new Set(linkIds);
  const places: Membership[] = [];
  await db.collections.toCollection().modify((c) => {
    c.linkIds.forEach((linkId, index) => {
      if (gone.has(linkId)) places.push({ collectionId: c.id as number, linkId, index });
    });
    c.linkIds = c.linkIds.filter((id) => !gone.has(id));
  });
  return places;
}

/** Puts links back where they were (ids may have moved: `rename` maps old → new). */
export async function putBack(
  db: KinlinkDB,
  places: Membership[],
  rename: (linkId: number) => number = (id) => id,
): Promise<void> {
  const sorted = [...places].sort((a, b) => a.index - b.index);
  for (const place of sorted) {
    await db.collections
      .where('id')
      .equals(place.collectionId)
      .modify((c) => {
        const id = rename(place.linkId);
        if (c.linkIds.includes(id)) return;
        c.linkIds.splice(Math.min(place.index, c.linkIds.length), 0, id);
      });
  }
}

function collectionName(name: string): string {
  return name.trim().slice(0, LIMITS.collectionName) || 'Untitled collection';
}
