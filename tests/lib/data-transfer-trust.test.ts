import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCollection } from '@/lib/collections';
import { applyImport, checkImport, exportAll } from '@/lib/data-transfer';
import { type KinlinkDB, openDatabase } from '@/lib/db';
import { checkTags } from '@/lib/field-checks';
import { deleteLinks, recordAction, restoreLinks, updateLinkDetails } from '@/lib/history';
import { LIMITS } from '@/lib/limits';
import { applyReport, matchReport, parseReport } from '@/lib/reports';
import { cleanPageText } from '@/lib/text';

let n = 0;
const fresh = async () => {
  const db = openDatabase(`kinlink-trust-${n++}`);
  await db.open();
  return db;
};
const draft = (asin: string, title: string, tag = 'me-20') => ({
  originalUrl: `https://www.amazon.com/dp/${asin}`,
  canonicalUrl: `https://www.amazon.com/dp/${asin}`,
  affiliateUrl: `https://www.amazon.com/dp/${asin}?tag=${tag}`,
  networkId: 'amazon',
  marketplace: 'amazon.com',
  trackingId: tag,
  product: { title, price: 10, currency: 'USD', asin },
});

/** Everything a user sees of their history, without the database's own ids. */
async function snapshot(db: KinlinkDB) {
  const links = await db.links.toArray();
  const byId = new Map(links.map((l) => [l.id, l.canonicalUrl]));
  return {
    links: links
      // touchedAt is the database's own write stamp (for the search index), not the user's data.
      .map(({ id: _id, touchedAt: _t, ...l }) => l)
      .sort((a, b) => a.canonicalUrl.localeCompare(b.canonicalUrl)),
    events: (await db.events.toArray())
      .map(({ id: _id, linkId, ...e }) => ({ ...e, link: byId.get(linkId) }))
      .sort((a, b) => a.at - b.at || String(a.link).localeCompare(String(b.link))),
    collections: (await db.collections.toArray())
      .map(({ id: _id, linkIds, ...c }) => ({
        ...c,
        links: linkIds.map((i) => byId.get(i)).sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function roundTrip(db: KinlinkDB): Promise<KinlinkDB> {
  const text = await exportAll(db);
  const target = await fresh();
  const check = await checkImport(target, text);
  if (!check.ok) throw new Error(check.message);
  await applyImport(target, check.preview.file);
  return target;
}

const asin = fc.stringMatching(/^B[0-9A-Z]{9}$/);
const title = fc
  .string({ maxLength: 120 })
  .map((t) => cleanPageText(t, LIMITS.title) || 'Untitled');
const tagText = fc.array(fc.string({ minLength: 1, maxLength: LIMITS.tag }), { maxLength: 5 });
const linkSpec = fc.record({
  asin,
  title,
  tags: tagText.map((tags) => checkTags(tags.join(',')).tags.filter((t) => t.length <= LIMITS.tag)),
  notes: fc.string({ maxLength: 300 }),
  channel: fc.constantFrom('copy', 'x', 'whatsapp', 'email'),
  at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  earnings: fc.option(fc.integer({ min: -50_000, max: 50_000 }).map((c) => c / 100)),
});

describe('a backup restores what the user had (issue 11: round trip as a property)', () => {
  it('export → clear → import gives back the same links, counts, tags, notes, sales and collections', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(linkSpec, { selector: (l) => l.asin, maxLength: 6 }),
        fc.array(fc.string({ minLength: 1, maxLength: LIMITS.collectionName }), { maxLength: 3 }),
        async (specs, collectionNames) => {
          const db = await fresh();
          const ids: number[] = [];
          for (const s of specs) {
            const id = await recordAction(
              db,
              draft(s.asin, s.title),
              s.channel === 'copy' ? 'copy' : 'share',
              s.channel,
              s.at,
            );
            const actual =
              s.earnings === null ? undefined : { sales: 1, earnings: s.earnings, currency: 'USD' };
            await updateLinkDetails(db, id, { notes: s.notes, tags: s.tags, actual });
            ids.push(id);
          }
          for (const [i, name] of collectionNames.entries()) {
            const linkIds = ids.filter((_, j) => j % (i + 1) === 0);
            await createCollection(db, name, linkIds);
          }
          const restored = await roundTrip(db);
          expect(await snapshot(restored)).toEqual(await snapshot(db));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the user’s own export imports: a 60-character tag, net-negative earnings from a report', async () => {
    const db = await fresh();
    const id = await recordAction(db, draft('B0783SG446', 'Tape'), 'copy', 'copy');
    await updateLinkDetails(db, id, { tags: ['t'.repeat(LIMITS.tag)] });
    const report = parseReport(
      [
        'ASIN,Tracking ID,Items Shipped,Returns,Ad Fees($)',
        'B0783SG446,me-20,1,0,0.50',
        'B0783SG446,me-20,0,2,-1.25',
      ].join('\n'),
    );
    if (!report.ok) throw new Error(report.message);
    await applyReport(db, await matchReport(db, report.rows));
    expect((await db.links.get(id))?.actual?.earnings).toBe(-0.75);
    const restored = await roundTrip(db);
    expect(await snapshot(restored)).toEqual(await snapshot(db));
  });
});

describe('imports trust nothing they can check (issue 11, items 4, 6, 7)', () => {
  async function exported(change: (file: { links: Record<string, unknown>[] }) => void) {
    const db = await fresh();
    await recordAction(db, draft('B0783SG446', 'Tape'), 'copy', 'copy');
    const file = JSON.parse(await exportAll(db));
    change(file);
    return JSON.stringify(file);
  }

  it('a date no Date can hold is refused, naming where, and nothing is written', async () => {
    const text = await exported((f) => {
      (f.links[0] as { createdAt: number }).createdAt = 9e15;
    });
    const target = await fresh();
    const check = await checkImport(target, text);
    expect(check).toMatchObject({
      ok: false,
      message: expect.stringMatching(/links\.0\.createdAt/),
    });
    expect(await target.links.count()).toBe(0);
  });

  it('importing the same checked file twice (a double click) counts it once', async () => {
    const text = await exported(() => {});
    const target = await fresh();
    const check = await checkImport(target, text);
    if (!check.ok) throw new Error(check.message);
    await Promise.allSettled([
      applyImport(target, check.preview.file),
      applyImport(target, check.preview.file),
    ]);
    expect((await target.links.toArray()).map((l) => l.copyCount)).toEqual([1]);
    expect(await target.events.count()).toBe(1);
  });

  it('shop and tracking id come from the link itself, not from what the file says', async () => {
    const text = await exported((f) => {
      const link = f.links[0] as Record<string, string>;
      link.shop = 'example.com';
      link.trackingId = 'me-20';
      link.affiliateUrl = 'https://www.amazon.com/dp/B0783SG446?tag=someone-else-20';
    });
    const target = await fresh();
    const check = await checkImport(target, text);
    if (!check.ok) throw new Error(check.message);
    await applyImport(target, check.preview.file);
    const [link] = await target.links.toArray();
    expect(link?.shop).toBe('amazon.com');
    expect(link?.trackingId, 'the tag the link really carries').toBe('someone-else-20');
  });

  it('a record whose link goes to another site than its product is refused', async () => {
    const text = await exported((f) => {
      (f.links[0] as Record<string, string>).affiliateUrl =
        'https://evil.example/dp/B0783SG446?tag=me-20';
    });
    const check = await checkImport(await fresh(), text);
    expect(check).toMatchObject({
      ok: false,
      message: expect.stringMatching(/goes to evil\.example/),
    });
  });

  it('fuzzed files: no exception reaches the page, and nothing is written unless all is valid', async () => {
    const target = await fresh();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.jsonValue().map((v) =>
            JSON.stringify({
              format: 'kinlink-export',
              version: 1,
              exportedAt: 1,
              links: [v],
              events: [],
              collections: [],
            }),
          ),
        ),
        async (text) => {
          const check = await checkImport(target, text);
          expect(typeof check.ok).toBe('boolean');
          expect(await target.links.count()).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('undo after a bulk delete (issue 11, item 8)', () => {
  it('the same link made again within the undo window: undo merges, nothing is lost', async () => {
    const db = await fresh();
    const id = await recordAction(db, draft('B0783SG446', 'Tape'), 'copy', 'copy', 1000);
    await recordAction(db, draft('B0783SG446', 'Tape'), 'share', 'x', 2000);
    await updateLinkDetails(db, id, { tags: ['gift'] });
    const removed = await deleteLinks(db, [id]);
    const again = await recordAction(db, draft('B0783SG446', 'Tape'), 'copy', 'copy', 3000);
    await restoreLinks(db, removed);
    const links = await db.links.toArray();
    expect(links, 'one link, not a failed undo').toHaveLength(1);
    expect(links[0]).toMatchObject({
      id: again,
      copyCount: 2,
      tags: ['gift'],
      shareCounts: { x: 1 },
    });
    expect((await db.events.toArray()).map((e) => [e.linkId, e.at])).toEqual(
      [
        [again, 1000],
        [again, 2000],
        [again, 3000],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
  });
});
