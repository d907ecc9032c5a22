import { putBack, takeOutOfCollections } from './collections';
import type { KinlinkDB, LinkRecord } from './db';
import { searchWords } from './db';
import { bareHost } from './host';
import type { LinkDraft } from './messages';

/**
 * Save a copy or share of a link: the same link (same canonical URL and tracking id) made again
 * updates its record; every action also adds an event for the charts. One transaction, so two
 * popups saving at once cannot create a duplicate or lose a count.
 */
export async function recordAction(
  db: KinlinkDB,
  draft: LinkDraft,
  kind: 'copy' | 'share',
  channel: string,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.links, db.events, async () => {
    const trackingId = draft.trackingId ?? '';
    const existing = await db.links
      .where('[canonicalUrl+trackingId]')
      .equals([draft.canonicalUrl, trackingId])
      .first();
    let id: number;
    if (existing?.id !== undefined) {
      id = existing.id;
      const next: LinkRecord = {
        ...existing,
        originalUrl: draft.originalUrl,
        affiliateUrl: draft.affiliateUrl,
        product: { ...existing.product, ...definedOnly(draft.product) },
        updatedAt: now,
        copyCount: existing.copyCount + (kind === 'copy' ? 1 : 0),
        shareCounts:
          kind === 'share'
            ? { ...existing.shareCounts, [channel]: (existing.shareCounts[channel] ?? 0) + 1 }
            : existing.shareCounts,
        channels:
          kind === 'share' && !existing.channels.includes(channel)
            ? [...existing.channels, channel]
            : existing.channels,
      };
      next.words = searchWords(next);
      await db.links.put(next);
    } else {
      const record: LinkRecord = {
        originalUrl: draft.originalUrl,
        canonicalUrl: draft.canonicalUrl,
        affiliateUrl: draft.affiliateUrl,
        networkId: draft.networkId,
        marketplace: draft.marketplace,
        shop: shopOf(draft.canonicalUrl),
        trackingId,
        product: definedOnly(draft.product),
        createdAt: now,
        updatedAt: now,
        copyCount: kind === 'copy' ? 1 : 0,
        shareCounts: kind === 'share' ? { [channel]: 1 } : {},
        channels: kind === 'share' ? [channel] : [],
        notes: '',
        tags: [],
        words: [],
      };
      record.words = searchWords(record);
      id = (await db.links.add(record)) as number;
    }
    await db.events.add({ linkId: id, kind, channel, at: now });
    return id;
  });
}

export function shopOf(url: string): string {
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

export function totalShares(link: Pick<LinkRecord, 'shareCounts'>): number {
  return Object.values(link.shareCounts).reduce((a, b) => a + b, 0);
}

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Edit a link's notes and tags (keeps the search words in step). */
export async function updateLinkDetails(
  db: KinlinkDB,
  id: number,
  changes: Partial<Pick<LinkRecord, 'notes' | 'tags' | 'actual'>>,
): Promise<void> {
  await db.transaction('rw', db.links, async () => {
    const link = await db.links.get(id);
    if (!link) return;
    const next = { ...link, ...changes, updatedAt: Date.now() };
    next.words = searchWords(next);
    await db.links.put(next);
  });
}

/** Delete links and their events; returns what was removed so the user can undo. */
export async function deleteLinks(db: KinlinkDB, ids: number[]) {
  return db.transaction('rw', db.links, db.events, db.collections, async () => {
    const links = (await db.links.bulkGet(ids)).filter((l): l is LinkRecord => l !== undefined);
    const events = await db.events.where('linkId').anyOf(ids).toArray();
    await db.events.where('linkId').anyOf(ids).delete();
    await db.links.bulkDelete(ids);
    const places = await takeOutOfCollections(db, ids);
    return { links, events, places };
  });
}

/**
 * Put back what deleteLinks removed (ids kept, so collections can take them back too). A link
 * made again meanwhile (same address and tracking id) is not a conflict: the removed one is
 * merged into it — counts added, tags and channels joined — and its events follow it.
 */
export async function restoreLinks(
  db: KinlinkDB,
  removed: Awaited<ReturnType<typeof deleteLinks>>,
) {
  await db.transaction('rw', db.links, db.events, db.collections, async () => {
    const moved = new Map<number, number>();
    for (const link of removed.links) {
      const again = await db.links
        .where('[canonicalUrl+trackingId]')
        .equals([link.canonicalUrl, link.trackingId])
        .first();
      if (again?.id === undefined || again.id === link.id) {
        await db.links.put(link);
        continue;
      }
      await db.links.put(mergeLinks(again, link));
      if (link.id !== undefined) moved.set(link.id, again.id);
    }
    await db.events.bulkPut(
      removed.events.map((e) => ({ ...e, linkId: moved.get(e.linkId) ?? e.linkId })),
    );
    await putBack(db, removed.places, (id) => moved.get(id) ?? id);
  });
}

/**
 * One link from two records of it (the same address and tracking id): counts added, channels
 * and tags joined, the first notes and sales kept, the earliest and latest times. `kept` keeps
 * its id (collections list links by id); the search words are made again.
 */
export function mergeLinks(kept: LinkRecord, other: Omit<LinkRecord, 'id' | 'words'>): LinkRecord {
  const shareCounts = { ...kept.shareCounts };
  for (const [c, n] of Object.entries(other.shareCounts))
    shareCounts[c] = (shareCounts[c] ?? 0) + n;
  const merged: LinkRecord = {
    ...kept,
    copyCount: kept.copyCount + other.copyCount,
    shareCounts,
    channels: [...new Set([...kept.channels, ...other.channels])],
    notes: kept.notes || other.notes,
    tags: [...new Set([...kept.tags, ...other.tags])],
    actual: kept.actual ?? other.actual,
    createdAt: Math.min(kept.createdAt, other.createdAt),
    updatedAt: Math.max(kept.updatedAt, other.updatedAt),
  };
  merged.words = searchWords(merged);
  return merged;
}

/** Delete everything the history holds: links, their activity, collections, the search index. */
export async function clearHistory(db: KinlinkDB): Promise<void> {
  await db.transaction('rw', [db.links, db.events, db.collections, db.searchIndex], () =>
    Promise.all([
      db.links.clear(),
      db.events.clear(),
      db.collections.clear(),
      db.searchIndex.clear(),
    ]),
  );
}
