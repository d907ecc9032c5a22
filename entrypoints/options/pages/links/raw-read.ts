import type { LinkRecord } from '@/lib/db';
import { DB_NAME } from '@/lib/db-name';

/**
 * The links page's first read, with nothing but IndexedDB: the options page's first script
 * (entrypoints/options-early.ts, about a kilobyte) starts it before the page's own scripts
 * have even loaded, and the page picks it up (first-rows.ts).
 */

/** How many of the newest links are read first: more than the tallest window shows. */
export const FIRST_ROWS = 40;

/**
 * The newest links straight from IndexedDB, before the database layer has opened (that takes as
 * long again): the records are the same objects Dexie returns. Null when there is no database
 * yet (nothing is created here: the open is aborted) or it cannot be read; the page reads its own.
 */
export function readNewest(limit: number): Promise<LinkRecord[] | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open(DB_NAME);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains('links')) {
        db.close();
        resolve(null);
        return;
      }
      const tx = db.transaction('links', 'readonly');
      newestRecords(tx.objectStore('links'), limit, resolve);
      tx.oncomplete = () => db.close();
      tx.onabort = (event) => {
        event.preventDefault();
        db.close();
        resolve(null);
      };
    };
  });
}

/** IndexedDB's newest read in one request, where the browser has it (not yet in lib.dom). */
type WithRecords = IDBObjectStore & {
  getAllRecords?(options: {
    direction: IDBCursorDirection;
    count: number;
  }): IDBRequest<{ value: unknown }[]>;
};

/**
 * The `limit` records with the highest keys, newest first, in as few requests as the browser
 * allows. Each request's answer is a task on the page's main thread, which is busy compiling the
 * page's scripts at that moment: a cursor stepping through forty rows waited behind them forty
 * times (the read ended after everything else the page did). Where `getAllRecords` exists it is
 * one request; elsewhere the newest key, then every record in the key span just below it (ids are
 * given in order, so that span holds the newest rows unless some were deleted), and a cursor only
 * for what deletions left missing.
 */
export function newestRecords(
  store: IDBObjectStore,
  limit: number,
  done: (rows: LinkRecord[]) => void,
): void {
  const withRecords = store as WithRecords;
  if (typeof withRecords.getAllRecords === 'function') {
    const request = withRecords.getAllRecords({ direction: 'prev', count: limit });
    request.onsuccess = () => done(request.result.map((r) => r.value as LinkRecord));
    return;
  }
  const last = store.openKeyCursor(null, 'prev');
  last.onsuccess = () => {
    const top = last.result?.key;
    if (typeof top !== 'number') {
      // No link yet, or keys Kinlink never writes: one step at a time from the newest.
      if (top === undefined) done([]);
      else stepBack(store, null, limit, [], done);
      return;
    }
    const low = top - 2 * limit;
    const span = store.getAll(IDBKeyRange.bound(low, top));
    span.onsuccess = () => {
      const rows = (span.result as LinkRecord[]).reverse();
      if (rows.length >= limit) done(rows.slice(0, limit));
      else stepBack(store, IDBKeyRange.upperBound(low, true), limit, rows, done);
    };
  };
}

/** The rest, one step at a time from the newest key in `range` down. */
function stepBack(
  store: IDBObjectStore,
  range: IDBKeyRange | null,
  limit: number,
  rows: LinkRecord[],
  done: (rows: LinkRecord[]) => void,
): void {
  store.openCursor(range, 'prev').onsuccess = (event) => {
    const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
    if (cursor) rows.push(cursor.value as LinkRecord);
    if (cursor && rows.length < limit) cursor.continue();
    else done(rows);
  };
}

/** Where the first script leaves the read it started (one page, one read). */
const KEY = '__kinlinkFirstRows';
type Holder = { [KEY]?: Promise<LinkRecord[] | null> };

/** Starts the read and leaves it for the page. */
export function startRead(): void {
  (globalThis as Holder)[KEY] = readNewest(FIRST_ROWS).catch(() => null);
  // When it started (the end-to-end tests check the first script did start it).
  performance.mark('kinlink:first-read');
}

/** The read the first script started, once (a second call gets nothing: it would be stale). */
export function startedRead(): Promise<LinkRecord[] | null> | undefined {
  const holder = globalThis as Holder;
  const read = holder[KEY];
  delete holder[KEY];
  return read;
}
