import type { KinlinkDB, LinkRecord } from './db';
import { DATE_RANGE } from './limits';

/**
 * Records that would break the pages that show them (a time no Date can hold, a missing URL, a
 * count that is not a number), found without rendering anything.
 */
export function isBrokenLink(link: Partial<LinkRecord>): boolean {
  const time = (t: unknown) =>
    typeof t === 'number' && Number.isFinite(t) && t >= DATE_RANGE.min && t <= DATE_RANGE.max;
  return (
    !time(link.createdAt) ||
    !time(link.updatedAt) ||
    typeof link.canonicalUrl !== 'string' ||
    typeof link.affiliateUrl !== 'string' ||
    typeof link.trackingId !== 'string' ||
    typeof link.copyCount !== 'number' ||
    typeof link.product !== 'object' ||
    link.product === null ||
    !Array.isArray(link.tags)
  );
}

export async function findBrokenLinks(db: KinlinkDB): Promise<LinkRecord[]> {
  const broken: LinkRecord[] = [];
  await db.links.each((link) => {
    if (isBrokenLink(link)) broken.push(link);
  });
  return broken;
}

/** Removes the broken records (and their events); returns how many. Export first to keep them. */
export async function removeBrokenLinks(db: KinlinkDB): Promise<number> {
  const ids = (await findBrokenLinks(db)).map((l) => l.id as number);
  await db.transaction('rw', db.links, db.events, async () => {
    await db.events.where('linkId').anyOf(ids).delete();
    await db.links.bulkDelete(ids);
  });
  return ids.length;
}
