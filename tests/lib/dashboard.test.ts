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

  it('never adds one currency to another: each has its own per-sale, estimated and reported figures (issue 12, item 8)', () => {
    const links = [
      link(1, { product: { title: 'Lamp', price: 220, currency: 'GBP' }, shop: 'amazon.co.uk' }),
      link(2, { product: { title: 'Kettle', price: 40, currency: 'GBP' }, shop: 'amazon.co.uk' }),
      link(3, {
        product: { title: 'Tape', price: 100, currency: 'USD' },
        createdAt: Date.UTC(2025, 0, 5),
        actual: { sales: 1, earnings: 5, currency: 'USD' },
      }),
    ];
    const d = summarize(links, [], {}, NOW);
    expect(d.currency).toBe('GBP');
    expect(d.money.map((m) => m.currency)).toEqual(['GBP', 'USD']);
    const gbp = d.money[0];
    const usd = d.money[1];
    // No sale recorded yet: still, what one sale through each link would earn, per currency.
    expect(gbp?.perSale.all).toBeGreaterThan(0);
    expect(gbp?.perSale.month).toBe(gbp?.perSale.all);
    expect(gbp?.estimated.all).toBe(0);
    expect(usd).toMatchObject({ links: 1, reported: { all: 5, month: 0 } });
    expect(usd?.perSale.month, 'made last year: not this month').toBe(0);
    // The headline and the charts are in the main currency alone: the dollars are not in them.
    expect(d.reportedEarnings).toBe(0);
    expect(d.byNetwork.find((n) => n.networkId === 'amazon')?.reported).toBe(0);
  });
});
