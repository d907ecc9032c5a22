import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';
import { recordAction } from '@/lib/history';
import { findBrokenLinks, isBrokenLink, removeBrokenLinks } from '@/lib/history-repair';

const draft = {
  originalUrl: 'https://www.amazon.com/dp/B0783SG446',
  canonicalUrl: 'https://www.amazon.com/dp/B0783SG446',
  affiliateUrl: 'https://www.amazon.com/dp/B0783SG446?tag=me-20',
  networkId: 'amazon',
  trackingId: 'me-20',
  product: { title: 'Tape' },
};

describe('damaged records: found without rendering, removed on request', () => {
  it('a time no Date can hold is damaged; an ordinary record is not', async () => {
    const db = openDatabase('kinlink-repair');
    const good = await recordAction(db, draft, 'copy', 'copy');
    const bad = await recordAction(
      db,
      { ...draft, canonicalUrl: 'https://www.amazon.com/dp/B00N150YS4' },
      'copy',
      'copy',
    );
    await db.links.update(bad, { createdAt: 9e15 });
    expect(isBrokenLink((await db.links.get(good)) ?? {})).toBe(false);
    expect((await findBrokenLinks(db)).map((l) => l.id)).toEqual([bad]);
    expect(await removeBrokenLinks(db)).toBe(1);
    expect((await db.links.toArray()).map((l) => l.id)).toEqual([good]);
    expect(await db.events.where('linkId').equals(bad).count(), 'its events go too').toBe(0);
  });
});
