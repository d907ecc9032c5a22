import { describe, expect, it } from 'vitest';
import { searchWords } from '@/lib/db';

describe('searchWords: what a link is found by', () => {
  it('every word of title, shop, URLs, tracking id, notes and tags, lower case, once', () => {
    const words = searchWords({
      product: { title: 'Gorilla Crystal-Clear Tape' },
      shop: 'amazon.com',
      canonicalUrl: 'https://www.amazon.com/dp/B0783SG446',
      affiliateUrl: 'https://www.amazon.com/dp/B0783SG446?tag=me-20',
      trackingId: 'me-20',
      notes: 'For Mum',
      tags: ['Gift'],
      networkId: 'amazon',
    });
    for (const w of [
      'gorilla',
      'crystal',
      'clear',
      'tape',
      'amazon',
      'b0783sg446',
      'me',
      'mum',
      'gift',
    ])
      expect(words, w).toContain(w);
    expect(new Set(words).size, 'each word once').toBe(words.length);
  });
});
