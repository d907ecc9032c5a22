import Papa from 'papaparse';
import type { KinlinkDB, LinkRecord } from './db';

/**
 * Network earnings reports (CSV) matched to saved links. One importer per report shape; Amazon
 * Associates' "Fee-Earnings" report first. Add another by appending to REPORT_IMPORTERS.
 */
export type ReportRow = {
  line: number;
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
  read(row: Record<string, string>, line: number): ReportRow | null;
};

const num = (s: string | undefined) => {
  const n = Number((s ?? '').replace(/[^\d.-]/g, ''));
  return Number.isFinite(n) ? n : 0;
};
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
    const rows = parsed.data
      .map((row, i) => importer.read(row, start + i + 2))
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
  return link.product.asin ?? /\/dp\/([A-Z0-9]{10})/.exec(link.canonicalUrl)?.[1];
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

/** Record the matched sales and earnings on their links (replacing what an earlier import set). */
export async function applyReport(db: KinlinkDB, match: ReportMatch): Promise<number> {
  const totals = new Map<number, { sales: number; earnings: number; currency?: string }>();
  for (const { row, link } of match.matched) {
    const id = link.id as number;
    const t = totals.get(id) ?? { sales: 0, earnings: 0, currency: row.currency };
    t.sales += row.sales;
    t.earnings = Math.round((t.earnings + row.earnings) * 100) / 100;
    totals.set(id, t);
  }
  await db.transaction('rw', db.links, async () => {
    for (const [id, actual] of totals) await db.links.update(id, { actual });
  });
  return totals.size;
}
