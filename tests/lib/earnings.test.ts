import { describe, expect, it } from 'vitest';
import { estimateCommission, formatEstimate } from '@/lib/earnings';

describe('estimateCommission', () => {
  it('uses the category rate from the breadcrumb, most specific first', () => {
    const e = estimateCommission(
      { price: 50, currency: 'USD', category: 'Home & Kitchen › Kitchen & Dining › Furniture' },
      'amazon',
    );
    expect(e).toMatchObject({ rate: 0.03, basis: 'Home', amount: 1.5 });
    expect(formatEstimate(e!), 'hedged once, by the caller').toBe('$1.50 per sale (3% Home)');
  });
  it('falls back to “all other” and says it is an estimate without a price', () => {
    const e = estimateCommission({ category: 'Mystery' }, 'amazon');
    expect(e).toMatchObject({ rate: 0.04, basis: 'all other', amount: undefined });
    expect(formatEstimate(e!)).toBe('4% of each sale');
  });
  it('uses the user’s own rate when set', () => {
    expect(
      estimateCommission({ price: 100, currency: 'EUR' }, 'ebay', { ebay: 0.05 }),
    ).toMatchObject({ rate: 0.05, basis: 'your rate', amount: 5 });
  });
  it('books at 4.5%', () => {
    expect(estimateCommission({ price: 10, category: 'Books › Cookbooks' }, 'amazon')?.rate).toBe(
      0.045,
    );
  });
});
