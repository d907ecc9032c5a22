import { getDatabase, type LinkRecord } from '@/lib/db';

/** How many of the newest links are read first: more than the tallest window shows. */
export const FIRST_ROWS = 40;

/** The newest links, whole records (the rows draw from them without a second read). */
export const readFirstRows = (): Promise<LinkRecord[]> =>
  getDatabase().links.orderBy(':id').reverse().limit(FIRST_ROWS).toArray();

let early: { rows?: LinkRecord[]; read: Promise<LinkRecord[]> } | null = null;

/**
 * Starts reading the first rows as the options page loads, beside the settings and before React
 * has drawn anything: opening the database is most of the time to the first rows.
 */
export function readFirstRowsEarly(): void {
  const read = readFirstRows();
  const started = { read } as NonNullable<typeof early>;
  early = started;
  read.then(
    (rows) => {
      started.rows = rows;
    },
    () => {
      if (early === started) early = null;
    },
  );
}

/** The early read: its rows if they are in, else its promise; null once the page reads itself. */
export const earlyRows = () => early;

/** The page's own read has answered: the early one is not used again (it would be stale). */
export function dropEarlyRows(): void {
  early = null;
}
