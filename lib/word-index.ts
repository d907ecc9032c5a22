/**
 * An in-memory word index for the options page's search: sorted unique words with the ids that
 * contain each. Prefix lookups are a binary search plus a short scan, so a search over 100,000
 * links takes milliseconds instead of an IndexedDB range read per word.
 */
export class WordIndex {
  private readonly words: string[];
  private readonly postings: number[][];
  readonly size: number;

  private constructor(words: string[], postings: number[][], size: number) {
    this.words = words;
    this.postings = postings;
    this.size = size;
  }

  static build(entries: Iterable<{ id: number; words: readonly string[] }>): WordIndex {
    const map = new Map<string, number[]>();
    let size = 0;
    for (const { id, words } of entries) {
      size++;
      for (const word of words) {
        const list = map.get(word);
        if (list) list.push(id);
        else map.set(word, [id]);
      }
    }
    const words = [...map.keys()].sort();
    return new WordIndex(
      words,
      words.map((w) => map.get(w) as number[]),
      size,
    );
  }

  /** Ids of the entries having a word that starts with `prefix`. */
  idsWithPrefix(prefix: string): Set<number> {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.words[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<number>();
    for (let i = lo; i < this.words.length && (this.words[i] as string).startsWith(prefix); i++) {
      for (const id of this.postings[i] as number[]) out.add(id);
    }
    return out;
  }
}
