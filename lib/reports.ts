import Papa from 'papaparse';
import { asinInPath } from './asin';
import type { KinlinkDB, LinkRecord } from './db';
import { parseAmount } from './detect/price';

/**
 * Network earnings reports (CSV) matched to saved links. One importer per report shape; Amazon
 * Associates' "Fee-Earnings" report first. Add another by appending to REPORT_IMPORTERS.
 */
export type ReportRow = {
  line: number;
  /** The row's identity: the same row in a later report (an overlapping period) counts once. */
  key: string;
  name?: string;
  asin?: string;
  trackingId?: string;
  sales: number;
  earnings: number;
  currency?: string;
};

export type ReportImporter = {
  id: string;
  label: string;
  /** Does this header row belong to this report? */
  matches(header: string[]): boolean;
  read(row: Record<string, string>, line: number): Omit<ReportRow, 'key'> | null;
};

/**
 * A figure as reports write it, in any locale: "1,234.56", "1.234,56", "1 234,56", and negative
 * as "-0.75", "−0.75" or "(0.75)" (returns and refunds).
 */
export function reportNumber(text: string | undefined): number {
  const s = (text ?? '').trim();
  const amount = parseAmount(s) ?? 0;
  return /^[-−(]|^[^\d]*[-−]\s*\d/.test(s) ? -amount : amount;
}
const num = reportNumber;
const find = (row: Record<string, string>, pattern: RegExp) => {
  const key = Object.keys(row).find((k) => pattern.test(k));
  return key ? row[key] : undefined;
};

export const amazonEarnings: ReportImporter = {
  id: 'amazon-earnings',
  label: 'Amazon Associates earnings report',
  matches: (header) =>
    header.some((h) => /^asin$/i.test(h)) && header.some((h) => /tracking id/i.test(h)),
  read(row, line) {
    const asin = find(row, /^asin$/i)
      ?.trim()
      .toUpperCase();
    if (!asin) return null;
    const shipped = num(find(row, /items shipped|^qty|quantity/i));
    const returns = num(find(row, /returns/i));
    const feeKey = Object.keys(row).find((k) => /ad fees|earnings|commission/i.test(k));
    const currency = /\((?:([A-Z]{3})|(\$)|(£)|(€))\)/.exec(feeKey ?? '');
    return {
      line,
      name: find(row, /^(name|title|product)/i),
      asin,
      trackingId: find(row, /tracking id/i)?.trim(),
      sales: Math.max(0, shipped - returns),
      earnings: num(feeKey ? row[feeKey] : undefined),
      currency:
        currency?.[1] ??
        (currency?.[2] ? 'USD' : currency?.[3] ? 'GBP' : currency?.[4] ? 'EUR' : undefined),
    };
  },
};

export const REPORT_IMPORTERS: ReportImporter[] = [amazonEarnings];

export type ParsedReport =
  | { ok: true; importer: ReportImporter; rows: ReportRow[] }
  | { ok: false; message: string };

/** Parse a report CSV; reports often start with a title line before the header, skipped here. */
export function parseReport(text: string): ParsedReport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let start = 0; start < Math.min(lines.length, 5); start++) {
    const body = lines.slice(start).join('\n');
    const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
    const header = parsed.meta.fields ?? [];
    const importer = REPORT_IMPORTERS.find((i) => i.matches(header));
    if (!importer) continue;
    const seen = new Map<string, number>();
    const rows = parsed.data
      .map((row, i) => {
        const read = importer.read(row, start + i + 2);
        if (!read) return null;
        // Two identical lines are two sales: the nth copy of a line is its own row.
        const content = JSON.stringify(header.map((h) => row[h] ?? ''));
        const nth = (seen.get(content) ?? 0) + 1;
        seen.set(content, nth);
        return { ...read, key: `${importer.id}|${content}|${nth}` };
      })
      .filter((r): r is ReportRow => r !== null);
    return { ok: true, importer, rows };
  }
  return {
    ok: false,
    message:
      'Kinlink does not recognise this report. It reads Amazon Associates earnings reports (CSV with ASIN and Tracking ID columns).',
  };
}

export type ReportMatch = {
  matched: { row: ReportRow; link: LinkRecord }[];
  unmatched: ReportRow[];
};

function asinOf(link: LinkRecord): string | undefined {
  return link.product.asin ?? asinInPath(link.canonicalUrl);
}

/** Match rows to saved links by ASIN and tracking id (ASIN alone when the report has no id). */
export async function matchReport(db: KinlinkDB, rows: ReportRow[]): Promise<ReportMatch> {
  const links = await db.links.where('networkId').equals('amazon').toArray();
  const byKey = new Map<string, LinkRecord>();
  for (const link of links) {
    const asin = asinOf(link);
    if (!asin) continue;
    byKey.set(`${asin}|${link.trackingId.toLowerCase()}`, link);
    if (!byKey.has(`${asin}|`)) byKey.set(`${asin}|`, link);
  }
  const result: ReportMatch = { matched: [], unmatched: [] };
  for (const row of rows) {
    const link =
      byKey.get(`${row.asin}|${(row.trackingId ?? '').toLowerCase()}`) ??
      (row.trackingId ? undefined : byKey.get(`${row.asin}|`));
    if (link) result.matched.push({ row, link });
    else result.unmatched.push(row);
  }
  return result;
}

/**
 * Add the matched sales and earnings to their links. Reports add up (October's, then
 * November's); a row already counted (the same report again, or an overlapping period) is not
 * counted twice. Returns how many links changed.
 */
export async function applyReport(db: KinlinkDB, match: ReportMatch): Promise<number> {
  const rowsByLink = new Map<number, ReportRow[]>();
  for (const { row, link } of match.matched) {
    const id = link.id as number;
    rowsByLink.set(id, [...(rowsByLink.get(id) ?? []), row]);
  }
  let changed = 0;
  await db.transaction('rw', db.links, async () => {
    for (const [id, rows] of rowsByLink) {
      const link = await db.links.get(id);
      if (!link) continue;
      const counted = new Set(link.actual?.reportRows ?? []);
      const fresh = rows.filter((r) => !counted.has(r.key));
      if (fresh.length === 0) continue;
      const actual = {
        sales: link.actual?.sales ?? 0,
        earnings: link.actual?.earnings ?? 0,
        currency: link.actual?.currency ?? fresh[0]?.currency,
        reportRows: [...counted, ...fresh.map((r) => r.key)],
      };
      for (const row of fresh) {
        actual.sales += row.sales;
        actual.earnings = Math.round((actual.earnings + row.earnings) * 100) / 100;
      }
      await db.links.update(id, { actual });
      changed++;
    }
  });
  return changed;
}
