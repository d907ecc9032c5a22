import { DB_NAME, getDatabase, type LinkRecord } from '@/lib/db';

/** How many of the newest links are read first: more than the tallest window shows. */
export const FIRST_ROWS = 40;

/** The newest links, whole records (the rows draw from them without a second read). */
export const readFirstRows = (): Promise<LinkRecord[]> =>
  getDatabase().links.orderBy(':id').reverse().limit(FIRST_ROWS).toArray();

/**
 * The newest links straight from IndexedDB, before the database layer has opened (that takes as
 * long again): the records are the same objects Dexie returns. Null when there is no database
 * yet (nothing is created here: the open is aborted) or it cannot be read; the page reads its own.
 */
function readNewest(limit: number): Promise<LinkRecord[] | null> {
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

let early: { rows?: LinkRecord[]; read: Promise<LinkRecord[] | null> } | null = null;

/**
 * Starts reading the first rows as the options page loads, beside the settings and before React
 * has drawn anything.
 */
export function readFirstRowsEarly(): void {
  const read = readNewest(FIRST_ROWS).catch(() => null);
  const started: NonNullable<typeof early> = { read };
  early = started;
  void read.then((rows) => {
    if (rows) started.rows = rows;
    else if (early === started) early = null;
  });
}

/** The early read: its rows if they are in, else its promise; null once the page reads itself. */
export const earlyRows = () => early;

/** The page's own read has answered: the early one is not used again (it would be stale). */
export function dropEarlyRows(): void {
  early = null;
}
