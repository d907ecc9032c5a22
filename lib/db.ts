import Dexie, { type EntityTable } from 'dexie';
import type { WordIndexData } from './word-index';

/**
 * Kinlink's database. Extension pages and the background only: a content script's IndexedDB
 * belongs to the shop's origin, not to the extension.
 *
 * Indexes, and why:
 * - links `[canonicalUrl+trackingId]` (unique): making the same link again updates it.
 * - links `createdAt`, `updatedAt`: the list is newest first; the dashboard groups by month.
 * - links `networkId`, `shop`, `*channels`: the options page filters (a collection filter
 *   reads the collection's own `linkIds`: membership has one owner, lib/collections.ts).
 * - links `*words`: search. Every word of title, shop, URLs, tracking id, notes and tags, lower
 *   case; a query's first word is a prefix range on this index, the rest are checked in memory.
 * - links `touchedAt`: the saved search index reads only the links written since it was saved.
 * - events `at`, `linkId`, `[kind+at]`: charts by time and a link's own activity.
 * - searchIndex: the options page's word index, saved so search is instant on opening.
 */

export type ProductSnapshot = {
  title?: string;
  price?: number;
  currency?: string;
  image?: string;
  category?: string;
  asin?: string;
};

export type LinkRecord = {
  id?: number;
  originalUrl: string;
  canonicalUrl: string;
  affiliateUrl: string;
  networkId: string;
  marketplace?: string;
  /** The shop's host without "www." (amazon.co.uk, etsy.com). */
  shop: string;
  /** '' when the link has none (keeps the compound index total). */
  trackingId: string;
  product: ProductSnapshot;
  createdAt: number;
  updatedAt: number;
  copyCount: number;
  shareCounts: Record<string, number>;
  /** Channels the link was shared to (index for the channel filter). */
  channels: string[];
  notes: string;
  tags: string[];
  /** Sales and earnings the user recorded or imported from a network report. */
  actual?: {
    sales: number;
    earnings: number;
    currency?: string;
    /** Report rows already counted in these figures (lib/reports.ts): never counted twice. */
    reportRows?: string[];
  };
  words: string[];
  /** When the record was last written (set by the database itself): the search index catches up from it. */
  touchedAt?: number;
};

export type LinkEvent = {
  id?: number;
  linkId: number;
  kind: 'copy' | 'share';
  channel: string;
  at: number;
};

export type Collection = {
  id?: number;
  name: string;
  /** Links in the user's order. */
  linkIds: number[];
  createdAt: number;
  updatedAt: number;
};

/** The saved search index (lib/search-index.ts): one record, never exported. */
export type SearchIndexRecord = Omit<WordIndexData, 'words'> & {
  key: 'words';
  takenAt: number;
  /** The words joined by newlines: one string reads back far faster than 100,000 of them. */
  text: string;
};

export type KinlinkDB = Dexie & {
  links: EntityTable<LinkRecord, 'id'>;
  events: EntityTable<LinkEvent, 'id'>;
  collections: EntityTable<Collection, 'id'>;
  searchIndex: EntityTable<SearchIndexRecord, 'key'>;
};

/** The database's name (its own module: the options page's first read opens it without Dexie). */
export { DB_NAME } from './db-name';

import { DB_NAME } from './db-name';

/** Keep every version declaration; add a new one (with .upgrade) for each change of shape. */
export function openDatabase(name = DB_NAME): KinlinkDB {
  const db = new Dexie(name) as KinlinkDB;
  db.version(1).stores({
    links:
      '++id, &[canonicalUrl+trackingId], createdAt, updatedAt, networkId, shop, *collectionIds, *channels, *words',
    events: '++id, linkId, at, [kind+at]',
    collections: '++id, name, createdAt',
  });
  // 2: collection membership has one owner, Collection.linkIds (ordered). A link that version 1
  // said was in a collection the collection did not list is added at its end, then the link's
  // own copy goes.
  db.version(2)
    .stores({
      links:
        '++id, &[canonicalUrl+trackingId], createdAt, updatedAt, networkId, shop, *channels, *words',
    })
    .upgrade(async (tx) => {
      const claimed = new Map<number, number[]>();
      await tx
        .table('links')
        .toCollection()
        .modify((link: { id: number; collectionIds?: unknown }) => {
          const ids = Array.isArray(link.collectionIds) ? link.collectionIds : [];
          for (const cid of ids)
            if (typeof cid === 'number') claimed.set(cid, [...(claimed.get(cid) ?? []), link.id]);
          delete link.collectionIds;
        });
      await tx
        .table('collections')
        .toCollection()
        .modify((c: { id: number; linkIds: number[] }) => {
          const extra = (claimed.get(c.id) ?? []).filter((id) => !c.linkIds.includes(id));
          c.linkIds = [...c.linkIds, ...extra];
        });
    });
  // 3: the search index is saved (searchIndex) and catches up from each link's `touchedAt`,
  // which the database stamps on every write, whoever writes (popup, background, import).
  db.version(3)
    .stores({
      links:
        '++id, &[canonicalUrl+trackingId], createdAt, updatedAt, networkId, shop, *channels, *words, touchedAt',
      searchIndex: 'key',
    })
    .upgrade((tx) =>
      tx
        .table('links')
        .toCollection()
        .modify((link: { updatedAt?: number; touchedAt?: number }) => {
          link.touchedAt = link.updatedAt ?? 0;
        }),
    );
  db.links.hook('creating', (_key, link) => {
    link.touchedAt = Date.now();
  });
  db.links.hook('updating', () => ({ touchedAt: Date.now() }));
  return db;
}

let shared: KinlinkDB | undefined;
/** The one database of this extension page or background. */
export function getDatabase(): KinlinkDB {
  shared ??= openDatabase();
  return shared;
}

/** Words a link is found by: lower case, split on anything not a letter or digit. */
export function searchWords(
  link: Pick<
    LinkRecord,
    | 'product'
    | 'shop'
    | 'canonicalUrl'
    | 'affiliateUrl'
    | 'trackingId'
    | 'notes'
    | 'tags'
    | 'networkId'
  >,
): string[] {
  const text = [
    link.product.title,
    link.shop,
    link.canonicalUrl,
    link.trackingId,
    link.notes,
    link.networkId,
    ...link.tags,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  const words = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length > 0 && word.length <= 40) words.add(word);
  }
  return [...words].slice(0, 200);
}
