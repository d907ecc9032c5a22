import type { KinlinkDB, SearchIndexRecord } from './db';
import { WordIndex } from './word-index';

/**
 * The saved search index. Opening the links page loads it (one record) and lays over it the
 * links written since it was saved (`touchedAt`), added (ids it does not cover) or deleted (ids
 * gone): search answers from memory from the first keystroke. When nothing is saved yet, it is
 * built from every link once (IndexedDB answers meanwhile) and saved.
 */

// Writes stamped up to this long before the index was taken are read again (clocks move).
const SLACK_MS = 60_000;
// Links laid over the saved index before it is saved again.
const RESAVE_AFTER = 200;
const KEY = 'words';

export type LoadedIndex = { index: WordIndex; takenAt: number };

async function buildAll(db: KinlinkDB): Promise<WordIndex> {
  const entries: { id: number; words: string[] }[] = [];
  const CHUNK = 5000;
  let last = 0;
  for (;;) {
    const page = await db.links.where(':id').above(last).limit(CHUNK).toArray();
    if (page.length === 0) break;
    for (const l of page) entries.push({ id: l.id as number, words: l.words });
    last = page[page.length - 1]?.id ?? last;
  }
  return WordIndex.build(entries);
}

async function save(db: KinlinkDB, index: WordIndex, takenAt: number): Promise<void> {
  const { words, ...rest } = index.flatten();
  await db.searchIndex.put({ key: KEY, takenAt, text: words.join('\n'), ...rest });
}

/**
 * The index as of now: `previous` (already in memory) or the saved one, caught up with every
 * write since; built from scratch when there is none. Saves it again when much was laid over.
 */
export type LoadHow = {
  /** The number of links, when the caller knows it: a different size means deletions. */
  count?: number;
  /** Called when nothing is saved and every link must be read (IndexedDB answers meanwhile). */
  onBuilding?: () => void;
  /** False: when nothing is saved, answer null instead of reading every link now. */
  build?: boolean;
};

export function loadSearchIndex(
  db: KinlinkDB,
  previous?: LoadedIndex | null,
  how?: LoadHow & { build?: true },
): Promise<LoadedIndex>;
export function loadSearchIndex(
  db: KinlinkDB,
  previous: LoadedIndex | null,
  how: LoadHow,
): Promise<LoadedIndex | null>;
export async function loadSearchIndex(
  db: KinlinkDB,
  previous?: LoadedIndex | null,
  how: LoadHow = {},
): Promise<LoadedIndex | null> {
  const now = Date.now();
  const saved = previous ?? (await savedIndex(db));
  if (!saved) {
    if (how.build === false) return null;
    how.onBuilding?.();
    const index = await buildAll(db);
    await save(db, index, now).catch(() => {});
    return { index, takenAt: now };
  }
  // Written since (the database stamps every write), and added past the last id it knows.
  // Counting every link is slow at 100,000 (a scan): only with a count the caller already has.
  const [touched, newer] = await Promise.all([
    db.links
      .where('touchedAt')
      .aboveOrEqual(saved.takenAt - SLACK_MS)
      .toArray(),
    db.links.where(':id').above(saved.index.lastId).toArray(),
  ]);
  const changed = new Map<number, readonly string[]>();
  for (const l of [...touched, ...newer]) changed.set(l.id as number, l.words);
  let index = saved.index.with(changed, []);
  let deleted = false;
  if (how.count !== undefined && index.size !== how.count) {
    // Links were deleted (or written unseen): compare every id, once.
    const keys = (await db.links.toCollection().primaryKeys()) as number[];
    const live = new Set(keys);
    const removed = [...index.ids()].filter((id) => !live.has(id));
    const known = new Set(index.ids());
    const added = new Map<number, readonly string[]>();
    for (const l of await db.links.bulkGet(keys.filter((id) => !known.has(id))))
      if (l) added.set(l.id as number, l.words);
    index = index.with(added, removed);
    deleted = true;
  }
  // Saved again (after this answer, off the way of the first keystroke) when much lies over it,
  // or after a deletion (so the next opening needs no comparison of every id).
  if (index.overlay >= RESAVE_AFTER || deleted) {
    const folded = index;
    setTimeout(() => void save(db, folded, now).catch(() => {}), 0);
  }
  return { index, takenAt: saved.takenAt };
}

async function savedIndex(db: KinlinkDB): Promise<LoadedIndex | null> {
  const record: unknown = await db.searchIndex.get(KEY).catch(() => undefined);
  if (!isSaved(record)) return null; // none, or not the shape saved here: built again
  const { text, starts, ids, members, takenAt } = record;
  const words = text === '' ? [] : text.split('\n');
  if (starts.length !== words.length + 1 || starts[words.length] !== ids.length) return null;
  return { index: new WordIndex({ words, starts, ids, members }), takenAt };
}

function isSaved(r: unknown): r is SearchIndexRecord {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  return (
    typeof o.text === 'string' &&
    typeof o.takenAt === 'number' &&
    [o.starts, o.ids, o.members].every((a) => a instanceof Uint32Array)
  );
}
