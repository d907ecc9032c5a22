import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chartMotion, DashboardPage } from '@/entrypoints/options/pages/dashboard';
import { getDatabase, type LinkRecord } from '@/lib/db';

afterEach(async () => {
  await getDatabase().links.clear();
});

const link = (n: number, price: number, currency: string, shop: string): LinkRecord => ({
  originalUrl: `https://www.${shop}/dp/B0783SG44${n}`,
  canonicalUrl: `https://www.${shop}/dp/B0783SG44${n}`,
  affiliateUrl: `https://www.${shop}/dp/B0783SG44${n}?tag=me-21`,
  networkId: 'amazon',
  shop,
  trackingId: 'me-21',
  product: { title: `Thing ${n}`, price, currency },
  createdAt: Date.now(),
  updatedAt: Date.now(),
  copyCount: 1,
  shareCounts: {},
  channels: [],
  notes: '',
  tags: [],
  words: [],
});

describe('the dashboard (issue 12, item 8)', () => {
  it('shows what one sale through each link would earn, per currency, never summed across them', async () => {
    await getDatabase().links.bulkAdd([
      link(1, 220, 'GBP', 'amazon.co.uk'),
      link(2, 40, 'GBP', 'amazon.co.uk'),
      link(3, 100, 'USD', 'amazon.com'),
    ]);
    render(<DashboardPage />);
    const card = await screen.findByRole('region', { name: 'Earnings, by currency' });
    const rows = within(card).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['GBP', 'USD']);
    // Pounds in the pounds row, dollars in the dollars row; no sale recorded, still a potential.
    expect(rows[0]?.textContent).toMatch(/£\d/);
    expect(rows[0]?.textContent).not.toContain('$');
    expect(rows[1]?.textContent).toMatch(/\$\d/);
    expect(rows[1]?.textContent).not.toContain('£');
    expect(rows[0]?.textContent, 'not £0.00 before any sale').toMatch(/£[1-9]\d*\.\d\d/);
    expect(within(card).getByText(/your own purchases, and orders you place for others, do not/));
  });

  it('charts grow in about 150 ms, and not at all when the system asks for reduced motion', () => {
    expect(chartMotion(false)).toEqual({ animationDuration: 150, isAnimationActive: true });
    expect(chartMotion(true).isAnimationActive).toBe(false);
  });
});
