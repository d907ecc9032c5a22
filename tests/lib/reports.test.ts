import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';
import { recordAction } from '@/lib/history';
import { applyReport, matchReport, parseReport, reportNumber } from '@/lib/reports';

// The shape of an Amazon Associates "Fee-Earnings" report export: a title line, then the header.
const REPORT = [
  'Fee-Earnings reports from 11-01-2026 to 11-30-2026',
  'Category,Name,ASIN,Seller,Tracking ID,Date Shipped,Price($),Items Shipped,Returns,Revenue($),Ad Fees($),Device Type Group',
  'Home,"Gorilla Crystal Clear Duct Tape, Clear",B0783SG446,Amazon.com,me-20,2026-11-03,12.48,3,1,24.96,0.75,DESKTOP',
  'Home,"Gorilla Crystal Clear Duct Tape, Clear",B0783SG446,Amazon.com,me-20,2026-11-09,12.48,1,0,12.48,0.37,PHONE',
  'Books,Some book,0446195979,Amazon.com,me-20,2026-11-04,9.99,1,0,9.99,0.45,DESKTOP',
].join('\n');

describe('earnings reports', () => {
  it('reads an Amazon Associates earnings report', () => {
    const parsed = parseReport(REPORT);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.importer.id).toBe('amazon-earnings');
    expect(parsed.rows[0]).toMatchObject({
      asin: 'B0783SG446',
      trackingId: 'me-20',
      sales: 2,
      earnings: 0.75,
      currency: 'USD',
      line: 3,
    });
  });

  it('matches rows to links by ASIN and tracking id, lists the rest, records totals', async () => {
    const db = openDatabase('kinlink-report');
    const id = await recordAction(
      db,
      {
        originalUrl: 'https://www.amazon.com/dp/B0783SG446',
        canonicalUrl: 'https://www.amazon.com/dp/B0783SG446',
        affiliateUrl: 'https://www.amazon.com/dp/B0783SG446?tag=me-20',
        networkId: 'amazon',
        trackingId: 'me-20',
        product: { title: 'Gorilla' },
      },
      'copy',
      'copy',
    );
    const parsed = parseReport(REPORT);
    if (!parsed.ok) throw new Error(parsed.message);
    const match = await matchReport(db, parsed.rows);
    expect(match.matched).toHaveLength(2);
    expect(match.unmatched.map((r) => r.asin)).toEqual(['0446195979']);
    expect(await applyReport(db, match)).toBe(1);
    expect((await db.links.get(id))?.actual).toMatchObject({
      sales: 3,
      earnings: 1.12,
      currency: 'USD',
    });

    // The same report again counts nothing twice; the next month's report adds to the totals.
    await applyReport(db, match);
    expect((await db.links.get(id))?.actual).toMatchObject({ sales: 3, earnings: 1.12 });
    const december = parseReport(
      REPORT.replace(/2026-11-03/, '2026-12-02').replace(/2026-11-09/, '2026-12-05'),
    );
    if (!december.ok) throw new Error(december.message);
    await applyReport(db, await matchReport(db, december.rows));
    expect(
      (await db.links.get(id))?.actual,
      'November’s figures are kept, December’s added',
    ).toMatchObject({ sales: 6, earnings: 2.24 });
  });

  it.each([
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234,56', 1234.56],
    ['0,75', 0.75],
    ['-0.75', -0.75],
    ['−0,75', -0.75],
    ['(0.75)', -0.75],
    ['$-1.50', -1.5],
    ['', 0],
  ])('reads the figure %j as %d', (text, expected) => {
    expect(reportNumber(text)).toBe(expected);
  });

  it('says what it reads when the file is something else', () => {
    expect(parseReport('a,b\n1,2')).toMatchObject({
      ok: false,
      message: /Amazon Associates earnings reports/,
    });
  });
});
