import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KinlinkDB, type LinkRecord, openDatabase } from '@/lib/db';
import { queryLinkIds } from '@/lib/link-query';
import { type LoadedIndex, loadSearchIndex } from '@/lib/search-index';

/**
 * The saved search index must answer exactly as the database's own words index, whatever was
 * written since it was saved: links added, retitled and deleted, by anyone, in any order.
 */
const WORDS = ['lamp', 'lace', 'oak', 'oat', 'brass', 'b', 'linen'];

function link(n: number, words: string[]): LinkRecord {
  const url = `https://shop.example/p/${n}`;
  return {
    originalUrl: url,
    canonicalUrl: url,
    affiliateUrl: url,
    networkId: 'queryTag',
    shop: 'shop.example',
    trackingId: '',
    product: { title: words.join(' ') },
    createdAt: n,
    updatedAt: n,
    copyCount: 0,
    shareCounts: {},
    channels: [],
    notes: '',
    tags: [],
    words,
  };
}

type Step =
  | { kind: 'add'; words: string[] }
  | { kind: 'retitle'; pick: number; words: string[] }
  | { kind: 'delete'; pick: number }
  | { kind: 'reopen' }
  | { kind: 'refresh' };

const words = fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 3 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), words }),
  fc.record({ kind: fc.constant('retitle' as const), pick: fc.nat(), words }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.constant({ kind: 'reopen' as const }),
  fc.constant({ kind: 'refresh' as const }),
);

let run = 0;
async function agrees(db: KinlinkDB, loaded: LoadedIndex) {
  for (const text of ['l', 'la', 'oa', 'b', 'brass lamp', 'linen', 'z', '']) {
    expect(await queryLinkIds(db, { text }, loaded.index), text).toEqual(
      await queryLinkIds(db, { text }),
    );
  }
}

describe('the saved search index', () => {
  it('answers as the database does after any writes since it was saved', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        const db = openDatabase(`kinlink-search-${run++}`);
        let n = 0;
        // Opening the page with nothing saved builds and saves it.
        let loaded = await loadSearchIndex(db);
        for (const s of steps) {
          const ids = (await db.links.toCollection().primaryKeys()) as number[];
          const target = ids.length ? ids[('pick' in s ? s.pick : 0) % ids.length] : undefined;
          if (s.kind === 'add') await db.links.add(link(n++, s.words));
          else if (s.kind === 'retitle' && target !== undefined)
            await db.links.update(target, { words: s.words });
          else if (s.kind === 'delete' && target !== undefined) await db.links.delete(target);
          else if (s.kind === 'reopen') loaded = await loadSearchIndex(db);
          else if (s.kind === 'refresh') loaded = await loadSearchIndex(db, loaded);
        }
        await agrees(db, await loadSearchIndex(db, loaded));
        await agrees(db, await loadSearchIndex(db));
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('is saved again once many links lie over it, and then reads nothing more', async () => {
    const db = openDatabase('kinlink-search-resave');
    await loadSearchIndex(db);
    await db.links.bulkAdd(Array.from({ length: 250 }, (_, i) => link(i, ['lamp', `n${i}`])));
    const first = await loadSearchIndex(db);
    expect(first.index.size).toBe(250);
    // Saved in the background: wait for the record to carry the new links.
    await expect.poll(async () => (await db.searchIndex.get('words'))?.members.length).toBe(250);
    const again = await loadSearchIndex(db);
    expect(again.index.size).toBe(250);
    expect([...again.index.idsWithPrefix('n24')].length).toBe(11);
    db.close();
  });

  it('is never part of a backup, and goes when the history is cleared', async () => {
    const { exportAll } = await import('@/lib/data-transfer');
    const { clearHistory } = await import('@/lib/history');
    const db = openDatabase('kinlink-search-export');
    await db.links.add(link(1, ['lamp']));
    await loadSearchIndex(db);
    const text = await exportAll(db);
    expect(text).not.toContain('touchedAt');
    expect(text).not.toContain('takenAt');
    expect(text).toContain('lamp');
    await clearHistory(db);
    expect(await db.searchIndex.count()).toBe(0);
    db.close();
  });

  it('a saved record that is not what Kinlink saves (damaged, older) is built again, never trusted', async () => {
    const db = openDatabase('kinlink-search-damaged');
    await db.links.bulkAdd([link(1, ['lamp']), link(2, ['oak'])]);
    for (const bad of [
      { key: 'words', takenAt: 1, text: 5 },
      {
        key: 'words',
        takenAt: 1,
        text: 'lamp\noak',
        starts: [0, 1, 2],
        ids: [1, 2],
        members: [1, 2],
      },
      {
        key: 'words',
        takenAt: 1,
        text: 'lamp\noak',
        starts: Uint32Array.from([0, 1, 9]),
        ids: Uint32Array.from([1, 2]),
        members: Uint32Array.from([1, 2]),
      },
    ]) {
      await db.searchIndex.put(bad as never);
      const loaded = await loadSearchIndex(db);
      await agrees(db, loaded);
    }
    db.close();
  });
});
