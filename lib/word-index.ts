/**
 * The options page's search index: every search word once, sorted, with the ids of the links
 * that have it. Words sharing a prefix are neighbours, so their ids are one run of a typed array:
 * a prefix lookup is a binary search and a scan, milliseconds at 100,000 links.
 *
 * The index is kept in IndexedDB (lib/search-index.ts) and loaded as one record; links changed
 * since it was saved are laid over it (`changed`, and `dead` for ids whose saved words no longer
 * count), so it answers from the first keystroke without reading every link again.
 */
export type WordIndexData = {
  /** Sorted, unique. */
  words: string[];
  /** The ids of words[i] are ids[starts[i] .. starts[i + 1]). */
  starts: Uint32Array;
  ids: Uint32Array;
  /** Every id the data covers, ascending. */
  members: Uint32Array;
};

type Entry = { id: number; words: readonly string[] };

function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pack(byWord: Map<string, number[]>, members: Iterable<number>): WordIndexData {
  const words = [...byWord.keys()].sort();
  const starts = new Uint32Array(words.length + 1);
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    starts[i] = total;
    total += (byWord.get(words[i] as string) as number[]).length;
  }
  starts[words.length] = total;
  const ids = new Uint32Array(total);
  for (let i = 0; i < words.length; i++)
    ids.set(byWord.get(words[i] as string) as number[], starts[i]);
  return { words, starts, ids, members: Uint32Array.from(members).sort() };
}

export class WordIndex {
  private readonly data: WordIndexData;
  private readonly changed: ReadonlyMap<number, readonly string[]>;
  private readonly dead: ReadonlySet<number>;
  // An index never changes (`with` makes another): what is counted once stays counted.
  private counted: number | undefined;
  private highest: number | undefined;

  constructor(
    data: WordIndexData,
    changed: ReadonlyMap<number, readonly string[]> = new Map(),
    dead: ReadonlySet<number> = new Set(),
  ) {
    this.data = data;
    this.changed = changed;
    this.dead = dead;
  }

  static build(entries: Iterable<Entry>): WordIndex {
    return new WordIndex(WordIndex.pack(entries));
  }

  static pack(entries: Iterable<Entry>): WordIndexData {
    const byWord = new Map<string, number[]>();
    const members: number[] = [];
    for (const { id, words } of entries) {
      members.push(id);
      for (const word of new Set(words)) {
        const list = byWord.get(word);
        if (list) list.push(id);
        else byWord.set(word, [id]);
      }
    }
    return pack(byWord, members);
  }

  /** The saved data's ids (ascending), to tell which links were added or removed since. */
  get members(): Uint32Array {
    return this.data.members;
  }

  /** Every id the index covers, saved or laid over. */
  *ids(): Iterable<number> {
    for (const id of this.data.members) if (!this.dead.has(id)) yield id;
    yield* this.changed.keys();
  }

  /** Every id, ascending. */
  sortedIds(): number[] {
    const { members } = this.data;
    const dead = this.dead;
    let out: number[];
    if (dead.size === 0) out = Array.from(members);
    else {
      out = [];
      for (let i = 0; i < members.length; i++) {
        const id = members[i] as number;
        if (!dead.has(id)) out.push(id);
      }
    }
    if (this.changed.size === 0) return out;
    for (const id of this.changed.keys()) out.push(id);
    return out.sort((a, b) => a - b);
  }

  /** The highest id the index covers (links added later have higher ids). */
  get lastId(): number {
    if (this.highest !== undefined) return this.highest;
    let last = this.data.members.at(-1) ?? 0;
    for (const id of this.changed.keys()) if (id > last) last = id;
    this.highest = last;
    return last;
  }

  /** How many entries the index covers. */
  get size(): number {
    if (this.counted !== undefined) return this.counted;
    const { members } = this.data;
    let n = members.length;
    if (this.dead.size > 0)
      for (let i = 0; i < members.length; i++) if (this.dead.has(members[i] as number)) n--;
    this.counted = n + this.changed.size;
    return this.counted;
  }

  /** How many entries are laid over the saved data (time to save it again when large). */
  get overlay(): number {
    return this.dead.size;
  }

  /** Each id having a word that starts with `prefix` (an id may come more than once). */
  private eachWithPrefix(prefix: string, visit: (id: number) => void): void {
    const { words, starts, ids } = this.data;
    const lo = lowerBound(words, prefix);
    let hi = lo;
    while (hi < words.length && (words[hi] as string).startsWith(prefix)) hi++;
    const dead = this.dead;
    for (let k = starts[lo] as number, end = starts[hi] as number; k < end; k++) {
      const id = ids[k] as number;
      if (dead.size === 0 || !dead.has(id)) visit(id);
    }
    for (const [id, list] of this.changed) {
      if (list.some((w) => w.startsWith(prefix))) visit(id);
    }
  }

  /** Ids of the entries having a word that starts with `prefix`. */
  idsWithPrefix(prefix: string): Set<number> {
    const out = new Set<number>();
    this.eachWithPrefix(prefix, (id) => out.add(id));
    return out;
  }

  /**
   * Ids having, for every one of `prefixes`, a word starting with it; newest (highest id) first
   * unless `ascending`. One pass per prefix over a counter per id: no sets, no sort.
   */
  search(prefixes: readonly string[], ascending = false): number[] {
    const last = this.lastId;
    const hits = new Uint8Array(last + 1);
    prefixes.forEach((prefix, round) => {
      this.eachWithPrefix(prefix, (id) => {
        if (hits[id] === round) hits[id] = round + 1;
      });
    });
    const want = prefixes.length;
    const out: number[] = [];
    if (ascending) {
      for (let id = 0; id <= last; id++) if (hits[id] === want) out.push(id);
    } else {
      for (let id = last; id >= 0; id--) if (hits[id] === want) out.push(id);
    }
    return out;
  }

  /** This index with other entries laid over it: `changed` replaces, `removed` drops. */
  with(changed: ReadonlyMap<number, readonly string[]>, removed: Iterable<number>): WordIndex {
    const dead = new Set([...this.dead, ...removed, ...changed.keys()]);
    const merged = new Map(this.changed);
    for (const id of dead) if (!changed.has(id)) merged.delete(id);
    for (const [id, words] of changed) merged.set(id, words);
    return new WordIndex(this.data, merged, dead);
  }

  /** The overlay folded in: data to save, with nothing laid over it. */
  flatten(): WordIndexData {
    if (this.dead.size === 0) return this.data;
    const { words, starts, ids, members } = this.data;
    const byWord = new Map<string, number[]>();
    for (let i = 0; i < words.length; i++) {
      const list: number[] = [];
      for (let k = starts[i] as number; k < (starts[i + 1] as number); k++) {
        const id = ids[k] as number;
        if (!this.dead.has(id)) list.push(id);
      }
      if (list.length > 0) byWord.set(words[i] as string, list);
    }
    for (const [id, list] of this.changed) {
      for (const word of new Set(list)) {
        const at = byWord.get(word);
        if (at) at.push(id);
        else byWord.set(word, [id]);
      }
    }
    const kept = [...members].filter((id) => !this.dead.has(id));
    return pack(byWord, [...kept, ...this.changed.keys()]);
  }
}
