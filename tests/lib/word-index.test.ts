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
