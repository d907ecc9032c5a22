import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/dashboard';
import type { LinkEvent, LinkRecord } from '@/lib/db';

const NOW = Date.UTC(2026, 10, 23);
const link = (id: number, over: Partial<LinkRecord>): LinkRecord => ({
  id,
  originalUrl: 'https://a.b/',
  canonicalUrl: `https://a.b/${id}`,
  affiliateUrl: `https://a.b/${id}?tag=me`,
  networkId: 'amazon',
  shop: 'amazon.com',
  trackingId: 'me-20',
  product: { title: `P${id}`, price: 100, currency: 'USD' },
  createdAt: NOW,
  updatedAt: NOW,
  copyCount: 0,
  shareCounts: {},
  channels: [],
  notes: '',
  tags: [],
  words: [],
  ...over,
});

describe('summarize', () => {
  it('counts links, copies, shares, and estimates earnings from recorded sales', () => {
    const links = [
      link(1, {
        copyCount: 2,
        shareCounts: { x: 1 },
        actual: { sales: 2, earnings: 7, currency: 'USD' },
      }),
      link(2, { networkId: 'ebay', copyCount: 1, createdAt: Date.UTC(2026, 9, 2) }),
    ];
    const events: LinkEvent[] = [
      { linkId: 1, kind: 'copy', channel: 'copy', at: NOW },
      { linkId: 1, kind: 'share', channel: 'x', at: NOW },
      { linkId: 2, kind: 'copy', channel: 'copy', at: Date.UTC(2026, 9, 2) },
    ];
    const d = summarize(links, events, {}, NOW);
    expect(d).toMatchObject({
      links: 2,
      copies: 3,
      shares: 1,
      estimatedEarnings: 8,
      reportedEarnings: 7,
      currency: 'USD',
    });
    expect(d.byMonth).toHaveLength(12);
    expect(d.byMonth.at(-1)).toMatchObject({
      month: '2026-11',
      links: 1,
      copies: 1,
      shares: 1,
      estimated: 8,
    });
    expect(d.byMonth.at(-2)).toMatchObject({ month: '2026-10', links: 1, copies: 1 });
    expect(d.byChannel, 'channels by the names people read').toEqual([{ channel: 'X', shares: 1 }]);
    expect(d.byNetwork.find((n) => n.networkId === 'amazon')).toMatchObject({
      links: 1,
      estimated: 8,
      reported: 7,
    });
    expect(d.top[0]).toMatchObject({ id: 1, uses: 3 });
  });
});
