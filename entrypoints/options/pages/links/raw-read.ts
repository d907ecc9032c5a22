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
      const rows: LinkRecord[] = [];
      const tx = db.transaction('links', 'readonly');
      tx.objectStore('links').openCursor(null, 'prev').onsuccess = (event) => {
        const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
        if (!cursor) return;
        rows.push(cursor.value as LinkRecord);
        if (rows.length < limit) cursor.continue();
      };
      tx.oncomplete = () => {
        db.close();
        resolve(rows);
      };
      tx.onabort = (event) => {
        event.preventDefault();
        db.close();
        resolve(null);
      };
    };
  });
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
