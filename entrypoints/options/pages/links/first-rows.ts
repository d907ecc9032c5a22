import { getDatabase, type LinkRecord } from '@/lib/db';
import { FIRST_ROWS, readNewest, startedRead } from './raw-read';

/** The newest links, whole records (the rows draw from them without a second read). */
export const readFirstRows = (): Promise<LinkRecord[]> =>
  getDatabase().links.orderBy(':id').reverse().limit(FIRST_ROWS).toArray();

type EarlyRead = {
  rows?: LinkRecord[];
  read: Promise<LinkRecord[] | null>;
  /** Settles when the page has painted the rows. */
  shown: Promise<void>;
  painted(): void;
};
let early: EarlyRead | null = null;

/**
 * The first rows' read, as the options page loads and before React has drawn anything: the one
 * the page's first script started, else one started now.
 */
export function readFirstRowsEarly(): void {
  // Started by the page's first script (options-early.ts) when it could, else now.
  const read = startedRead() ?? readNewest(FIRST_ROWS).catch(() => null);
  let painted = () => {};
  const shown = new Promise<void>((resolve) => {
    painted = resolve;
  });
  const started: EarlyRead = { read, shown, painted };
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

/**
 * The first rows are on screen (the links page says so once they are painted). What can wait —
 * the settings' parser — waits for this, so it does not compete with them. At once when no early
 * read is running, and after a second at the latest.
 */
export function markFirstRowsPainted(): void {
  early?.painted();
}
export function afterFirstRows(): Promise<void> {
  if (!early) return Promise.resolve();
  return Promise.race([early.shown, new Promise<void>((resolve) => setTimeout(resolve, 1000))]);
}
