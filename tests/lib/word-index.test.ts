import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordIndex } from '@/lib/word-index';

describe('WordIndex: prefix search in memory', () => {
  it('finds every entry with a word starting with the prefix', () => {
    const index = WordIndex.build([
      { id: 1, words: ['gorilla', 'tape'] },
      { id: 2, words: ['tap', 'water'] },
      { id: 3, words: ['lamp'] },
    ]);
    expect([...index.idsWithPrefix('ta')].sort()).toEqual([1, 2]);
    expect([...index.idsWithPrefix('tape')]).toEqual([1]);
    expect([...index.idsWithPrefix('zzz')]).toEqual([]);
    expect(index.size).toBe(3);
  });
  it('agrees with a plain scan, on any words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[a-c]{1,4}$/), { maxLength: 4 }), { maxLength: 20 }),
        fc.stringMatching(/^[a-c]{0,2}$/),
        (lists, prefix) => {
          const entries = lists.map((words, id) => ({ id, words }));
          const expected = entries
            .filter((e) => e.words.some((w) => w.startsWith(prefix)))
            .map((e) => e.id);
          expect([...WordIndex.build(entries).idsWithPrefix(prefix)].sort((a, b) => a - b)).toEqual(
            expected,
          );
        },
      ),
    );
  });
});

describe('WordIndex.search: every word, newest first', () => {
  it('agrees with intersecting each prefix, on any words and any overlay', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[a-c]{1,3}$/), { maxLength: 3 }), { maxLength: 15 }),
        fc.array(fc.array(fc.stringMatching(/^[a-c]{1,3}$/), { maxLength: 3 }), { maxLength: 4 }),
        fc.array(fc.nat({ max: 20 }), { maxLength: 4 }),
        fc.array(fc.stringMatching(/^[a-c]{1,2}$/), { minLength: 1, maxLength: 3 }),
        (saved, laterWords, removed, prefixes) => {
          // Saved entries, then some rewritten or added (ids 0–19) and some deleted.
          const entries = new Map(saved.map((words, id) => [id, words]));
          const changed = new Map(laterWords.map((words, i) => [(i * 7) % 20, words]));
          for (const [id, words] of changed) entries.set(id, words);
          for (const id of removed) if (!changed.has(id)) entries.delete(id);
          const index = WordIndex.build(saved.map((words, id) => ({ id, words }))).with(
            changed,
            removed.filter((id) => !changed.has(id)),
          );
          const expected = [...entries]
            .filter(([, words]) => prefixes.every((p) => words.some((w) => w.startsWith(p))))
            .map(([id]) => id)
            .sort((a, b) => b - a);
          expect(index.search(prefixes)).toEqual(expected);
          expect(index.search(prefixes, true)).toEqual([...expected].reverse());
          expect(index.sortedIds()).toEqual([...entries.keys()].sort((a, b) => a - b));
          // Counted once and kept (an index never changes): asked twice, the same.
          expect(index.size).toBe(entries.size);
          expect(index.size).toBe(entries.size);
          expect(index.lastId).toBeGreaterThanOrEqual(Math.max(0, ...entries.keys()));
        },
      ),
    );
  });
});
