import type { KinlinkDB, LinkRecord } from './db';
import { estimateCommission } from './earnings';
import { WordIndex } from './word-index';

export { WordIndex };

export type LinkFilters = {
  text?: string;
  networkId?: string;
  shop?: string;
  channel?: string;
  collectionId?: number;
  /** Epoch ms, inclusive. */
  from?: number;
  to?: number;
  sort?: 'newest' | 'oldest' | 'activity' | 'copies' | 'estimate';
  /** For sorting by estimate: the user's own rates. */
  rateOverrides?: Record<string, number>;
};

/** Lower-case words of a search box, as the index stores them. */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

function intersect(a: Set<number> | null, b: number[]): Set<number> {
  if (a === null) return new Set(b);
  const out = new Set<number>();
  for (const id of b) if (a.has(id)) out.add(id);
  return out;
}

/**
 * The ids of the links that match, in display order. Every filter is an index lookup returning
 * primary keys only (no records are read), intersected in memory: fast at 100,000 links.
 * The list then reads just the rows on screen.
 */
export async function queryLinkIds(
  db: KinlinkDB,
  filters: LinkFilters,
  index?: WordIndex | null,
): Promise<number[]> {
  let matched: Set<number> | null = null;
  const keys = (p: Promise<unknown[]>) => p as Promise<number[]>;
  for (const word of queryWords(filters.text ?? '')) {
    // An up-to-date in-memory index answers in memory; otherwise the words index in IndexedDB.
    const found = index
      ? [...index.idsWithPrefix(word)]
      : await keys(db.links.where('words').startsWith(word).primaryKeys());
    matched = intersect(matched, found);
    if (matched.size === 0) return [];
  }
  if (filters.networkId)
    matched = intersect(
      matched,
      await keys(db.links.where('networkId').equals(filters.networkId).primaryKeys()),
    );
  if (filters.shop)
    matched = intersect(
      matched,
      await keys(db.links.where('shop').equals(filters.shop).primaryKeys()),
    );
  if (filters.channel)
    matched = intersect(
      matched,
      await keys(db.links.where('channels').equals(filters.channel).primaryKeys()),
    );
  if (filters.collectionId !== undefined) {
    matched = intersect(matched, (await db.collections.get(filters.collectionId))?.linkIds ?? []);
  }
  if (filters.from !== undefined || filters.to !== undefined) {
    const range = db.links
      .where('createdAt')
      .between(filters.from ?? 0, filters.to ?? Number.MAX_SAFE_INTEGER, true, true);
    matched = intersect(matched, await keys(range.primaryKeys()));
  }

  const sort = filters.sort ?? 'newest';
  let ordered: number[];
  if (sort === 'activity') {
    ordered = await keys(db.links.orderBy('updatedAt').reverse().primaryKeys());
  } else if (sort === 'copies' || sort === 'estimate') {
    // These orders need each record: read only the matching ones.
    const rows = matched ? await db.links.bulkGet([...matched]) : await db.links.toArray();
    const score = (l: LinkRecord) =>
      sort === 'copies'
        ? l.copyCount + shares(l)
        : (estimateCommission(l.product, l.networkId, filters.rateOverrides)?.amount ?? -1);
    return rows
      .filter((l): l is LinkRecord => l !== undefined)
      .map((l) => [l.id as number, score(l)] as const)
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => id);
  } else {
    // Ids grow with creation time: newest first is the reverse of the primary key.
    // The word index knows every id (no scan of 100,000 keys); IndexedDB otherwise.
    ordered = matched
      ? [...matched].sort((a, b) => a - b)
      : index
        ? index.sortedIds()
        : await keys(db.links.toCollection().primaryKeys());
    if (sort === 'newest') ordered.reverse();
    return ordered;
  }
  return matched ? ordered.filter((id) => matched.has(id)) : ordered;
}

function shares(link: LinkRecord): number {
  let n = 0;
  for (const v of Object.values(link.shareCounts)) n += v;
  return n;
}

/** Distinct values for the filter menus (networks and shops the user has links for). */
export async function filterChoices(
  db: KinlinkDB,
): Promise<{ networks: string[]; shops: string[] }> {
  const [networks, shops] = await Promise.all([
    db.links.orderBy('networkId').uniqueKeys(),
    db.links.orderBy('shop').uniqueKeys(),
  ]);
  return { networks: networks as string[], shops: shops as string[] };
}
