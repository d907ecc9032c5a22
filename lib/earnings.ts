import { formatMoney } from './money';
import { getNetwork } from './networks';
import type { RateTable } from './networks/types';

export type EstimateInput = {
  price?: number;
  currency?: string;
  /** Breadcrumb path ("Home & Kitchen › Kitchen & Dining") or a category name. */
  category?: string;
  title?: string;
};

export type Estimate = {
  /** Fraction of the sale price (0.03 = 3%). */
  rate: number;
  /** What the rate is: a category name, "your rate" or "all other". */
  basis: string;
  /** Estimated commission per sale, when the price is known. */
  amount?: number;
  currency?: string;
  source: string;
  approximate: boolean;
};

function matchCategory(table: RateTable, category: string | undefined) {
  if (!category || !table.categories) return undefined;
  const segments = category
    .split(/\s*(?:›|>|\/|\||»)\s*/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .reverse(); // the most specific crumb decides
  for (const segment of segments) {
    for (const cat of table.categories) {
      if (
        cat.words.some((w) => segment === w || new RegExp(`\\b${escapeRegExp(w)}\\b`).test(segment))
      ) {
        return cat;
      }
    }
  }
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Estimated commission per sale = price × the network's rate for the product's category (or the
 * user's own rate for that network). Always an estimate: networks pay on the final sale price.
 */
export function estimateCommission(
  product: EstimateInput,
  networkId: string,
  rateOverrides: Record<string, number> = {},
): Estimate | null {
  const network = getNetwork(networkId);
  if (!network) return null;
  const override = rateOverrides[networkId];
  const table = network.rates;
  const category = matchCategory(table, product.category);
  const rate = override ?? category?.rate ?? table.base;
  const basis = override !== undefined ? 'your rate' : (category?.name ?? 'all other');
  const amount =
    typeof product.price === 'number' && Number.isFinite(product.price) && product.price >= 0
      ? Math.round(product.price * rate * 100) / 100
      : undefined;
  return {
    rate,
    basis,
    amount,
    currency: product.currency,
    source: override !== undefined ? 'Your rate in Settings' : table.source,
    approximate: override === undefined && (table.approximate ?? false),
  };
}

/** "~ $1.50 per sale (3% Home)" */
export function formatEstimate(estimate: Estimate, locale = 'en'): string {
  const pct = `${Number((estimate.rate * 100).toFixed(2))}%`;
  const what = estimate.basis === 'all other' ? pct : `${pct} ${estimate.basis}`;
  // The figure only: the caller says once that it is an estimate ("Estimated …", "est. …").
  if (estimate.amount === undefined) return `${what} of each sale`;
  return `${formatMoney(estimate.amount, estimate.currency, locale)} per sale (${what})`;
}

export { formatMoney };
