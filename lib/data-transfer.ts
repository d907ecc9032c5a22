import { membership } from './collections';
import type { Collection, KinlinkDB, LinkEvent, LinkRecord } from './db';
import { searchWords } from './db';
import { estimateCommission } from './earnings';
import { mergeLinks } from './history';
import { bareHost } from './host';
import { DATE_RANGE, LIMITS, LINK_TRACKING_ID_MAX } from './limits';
import { getNetwork, networkLabel } from './networks';
import { policyOf, priceText } from './share';
import { stripControls } from './text';
import { z } from './zod';

/**
 * Export and import of everything Kinlink keeps. An import is parsed whole (zod) before anything
 * is written, then written in one transaction: a broken or foreign file changes nothing.
 */

export const EXPORT_FORMAT = 'kinlink-export';
export const EXPORT_VERSION = 1;

const httpUrl = z
  .string()
  .max(LIMITS.url)
  .regex(/^https?:\/\//i, 'must be an http(s) URL');
/** A time Kinlink can show and chart: a Date outside this range breaks every page that reads it. */
const time = z.number().int().min(DATE_RANGE.min).max(DATE_RANGE.max);
const shownText = (max: number) => z.string().max(max).transform(stripControls);
const linkSchema = z.object({
  id: z.number().int().positive(),
  originalUrl: httpUrl,
  canonicalUrl: httpUrl,
  affiliateUrl: httpUrl,
  networkId: z.string().min(1).max(LIMITS.networkId),
  marketplace: z.string().max(LIMITS.marketplace).optional(),
  // Derived again from the URLs on import (see checkLinkRecord): the file's word is not taken.
  shop: z.string().max(LIMITS.domain),
  trackingId: z.string().max(LINK_TRACKING_ID_MAX),
  product: z.object({
    title: shownText(LIMITS.title).optional(),
    price: z.number().finite().nonnegative().max(1e9).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    image: httpUrl.optional(),
    category: shownText(LIMITS.category).optional(),
    asin: z.string().max(20).optional(),
  }),
  createdAt: time,
  updatedAt: time,
  copyCount: z.number().int().nonnegative().max(1e9),
  shareCounts: z.record(z.string().max(LIMITS.channel), z.number().int().nonnegative().max(1e9)),
  channels: z.array(z.string().max(LIMITS.channel)).max(100),
  notes: z.string().max(LIMITS.notes),
  tags: z.array(z.string().max(LIMITS.tag)).max(LIMITS.tags),
  // Written for older versions of Kinlink; collections' own linkIds are what counts here.
  collectionIds: z.array(z.number().int().positive()).optional(),
  actual: z
    .object({
      sales: z.number().finite().nonnegative().max(1e9),
      // Refunds can leave a link's earnings below zero for a period: that is a real figure.
      earnings: z.number().finite().min(-1e9).max(1e9),
      currency: z.string().max(3).optional(),
      reportRows: z.array(z.string().max(LIMITS.reportRowKey)).max(LIMITS.reportRows).optional(),
    })
    .optional(),
});
const eventSchema = z.object({
  id: z.number().int().positive(),
  linkId: z.number().int().positive(),
  kind: z.enum(['copy', 'share']),
  channel: z.string().max(LIMITS.channel),
  at: time,
});
const collectionSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1).max(LIMITS.collectionName),
  linkIds: z.array(z.number().int().positive()),
  createdAt: time,
  updatedAt: time,
});
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number(),
  links: z.array(linkSchema),
  events: z.array(eventSchema),
  collections: z.array(collectionSchema),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

/** Export everything, a chunk at a time so a large history shows progress and stays responsive. */
export async function exportAll(
  db: KinlinkDB,
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  const total = (await db.links.count()) + (await db.events.count());
  let done = 0;
  const collections = await db.collections.toArray();
  // Each link also says which collections hold it, as version 1 files did (older Kinlinks read it).
  const holders = membership(collections);
  const links: (Omit<LinkRecord, 'words'> & { collectionIds: number[] })[] = [];
  const CHUNK = 2000;
  let lastId = 0;
  for (;;) {
    const page = await db.links.where(':id').above(lastId).limit(CHUNK).toArray();
    if (page.length === 0) break;
    for (const { words: _words, touchedAt: _touched, ...rest } of page)
      links.push({ ...rest, collectionIds: holders.get(rest.id as number) ?? [] });
    lastId = page[page.length - 1]?.id ?? lastId;
    done += page.length;
    onProgress?.(done, total);
    await new Promise((r) => setTimeout(r, 0));
  }
  const events = await db.events.toArray();
  onProgress?.(total, total);
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: Date.now(),
    links,
    events,
    collections,
  };
  return JSON.stringify(file);
}

function decodeAll(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(out);
      if (next === out) break;
      out = next;
    } catch {
      break;
    }
  }
  return out;
}

/**
 * What a link record says about itself (its shop, its tracking id), taken from its own URLs
 * rather than from the file: a shared file must not show "amazon.com · me-20" for a link that
 * goes elsewhere or carries someone else's tag.
 */
export function checkLinkRecord(link: {
  canonicalUrl: string;
  affiliateUrl: string;
  networkId: string;
  trackingId: string;
}): { ok: true; shop: string; trackingId: string } | { ok: false; reason: string } {
  let canonical: URL;
  let affiliate: URL;
  try {
    canonical = new URL(link.canonicalUrl);
    affiliate = new URL(link.affiliateUrl);
  } catch {
    return { ok: false, reason: 'an address that cannot be read' };
  }
  const shop = bareHost(canonical.hostname);
  const linkHost = bareHost(affiliate.hostname);
  // Amazon's and eBay's links are the shop's own address with the id in one parameter.
  const ownParam = getNetwork(link.networkId)?.idParam;
  if (ownParam) {
    if (linkHost !== shop)
      return { ok: false, reason: `its link goes to ${linkHost}, not ${shop}` };
    return { ok: true, shop, trackingId: affiliate.searchParams.get(ownParam) ?? '' };
  }
  const decoded = decodeAll(link.affiliateUrl).toLowerCase();
  if (link.trackingId && !decoded.includes(decodeAll(link.trackingId).toLowerCase()))
    return { ok: false, reason: `its link does not carry its tracking ID (${link.trackingId})` };
  if (!decoded.includes(shop)) return { ok: false, reason: `its link does not lead to ${shop}` };
  return { ok: true, shop, trackingId: link.trackingId };
}

export type ImportPreview = {
  file: ExportFile;
  newLinks: number;
  updatedLinks: number;
  events: number;
  collections: number;
};

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; message: string };

/** Where in the file a JSON syntax error is ("line 12, column 4"), from the parser's offset. */
function jsonErrorPlace(text: string, error: unknown): string {
  if (/end of JSON input/i.test(String(error)))
    return ' (it ends before the data is complete: was it cut short?)';
  const message = String(error);
  let at = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
  if (Number.isNaN(at)) {
    // Newer engines quote the text around the error instead: find that excerpt in the file.
    const token = /Unexpected token '(.+?)'/.exec(message)?.[1];
    const excerpt = /, (?:\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(message)?.[1];
    const start = excerpt ? text.indexOf(excerpt) : -1;
    if (token === undefined || start < 0) return '';
    at = start + Math.max(0, (excerpt ?? '').indexOf(token));
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/** Parse and check an import file; say what will change, write nothing. */
export async function checkImport(db: KinlinkDB, text: string): Promise<ImportCheck> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `This file is not valid JSON${jsonErrorPlace(text, error)}. Nothing was imported.`,
    };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return {
      ok: false,
      message:
        'This is not a Kinlink export (no "format": "kinlink-export"). Nothing was imported.',
    };
  }
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    return {
      ok: false,
      message: `The file has an error at ${where || 'its top level'}: ${issue?.message ?? 'invalid'}. Nothing was imported.`,
    };
  }
  const file = parsed.data;
  for (const [index, link] of file.links.entries()) {
    const check = checkLinkRecord(link);
    if (!check.ok) {
      return {
        ok: false,
        message: `The file has an error at links.${index} (${link.canonicalUrl.slice(0, 80)}): ${check.reason}. Nothing was imported.`,
      };
    }
    link.shop = check.shop;
    link.trackingId = check.trackingId;
  }
  const linkIds = new Set(file.links.map((l) => l.id));
  const orphan = file.events.find((e) => !linkIds.has(e.linkId));
  if (orphan) {
    return {
      ok: false,
      message: `The file has an error at events (id ${orphan.id}): it refers to link ${orphan.linkId}, which is not in the file. Nothing was imported.`,
    };
  }
  let updatedLinks = 0;
  for (const link of file.links) {
    const existing = await db.links
      .where('[canonicalUrl+trackingId]')
      .equals([link.canonicalUrl, link.trackingId])
      .first();
    if (existing) updatedLinks++;
  }
  return {
    ok: true,
    preview: {
      file,
      newLinks: file.links.length - updatedLinks,
      updatedLinks,
      events: file.events.length,
      collections: file.collections.length,
    },
  };
}

const applied = new WeakSet<ExportFile>();

/**
 * Apply a checked import in one transaction. Links already here (same canonical URL and tracking
 * id) are merged: counts added, notes and tags kept. Ids are remapped so nothing is overwritten.
 */
export async function applyImport(db: KinlinkDB, file: ExportFile): Promise<void> {
  // The same checked file applied twice (a double click) would double every count.
  if (applied.has(file)) throw new Error('this file was imported already');
  applied.add(file);
  try {
    await db.transaction('rw', db.links, db.events, db.collections, async () => {
      const idMap = new Map<number, number>();
      for (const { id: oldId, ...link } of file.links) {
        const existing = await db.links
          .where('[canonicalUrl+trackingId]')
          .equals([link.canonicalUrl, link.trackingId])
          .first();
        if (existing?.id !== undefined) {
          const merged = mergeLinks(existing, link);
          await db.links.put(merged);
          idMap.set(oldId, existing.id);
        } else {
          const { collectionIds: _old, ...fields } = link;
          const record: LinkRecord = { ...fields, words: [] };
          record.words = searchWords(record);
          idMap.set(oldId, (await db.links.add(record)) as number);
        }
      }
      await db.events.bulkAdd(
        file.events.map(({ id: _id, ...e }) => ({
          ...e,
          linkId: idMap.get(e.linkId) as number,
        })) as LinkEvent[],
      );
      for (const { id: _id, ...c } of file.collections) {
        const linkIds = [
          ...new Set(
            c.linkIds.map((id) => idMap.get(id)).filter((id): id is number => id !== undefined),
          ),
        ];
        await db.collections.add({ ...c, linkIds } as Collection);
      }
    });
  } catch (error) {
    applied.delete(file); // nothing was written: it may be tried again
    throw error;
  }
}

const CSV_COLUMNS = [
  'created',
  'title',
  'shop',
  'network',
  'tracking_id',
  'price',
  'currency',
  'estimate_per_sale',
  'copies',
  'shares',
  'affiliate_url',
  'canonical_url',
  'notes',
  'tags',
] as const;

/**
 * One CSV cell, safe whatever the spreadsheet does with it: always quoted, so a `;`, tab or `|`
 * that a spreadsheet picks as its delimiter cannot split it into a new cell; and a cell that
 * starts with = + - @ (after spaces), which would run as a formula, starts with ' instead.
 */
export function csvCell(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  const safe = /^[\s"]*[=+\-@\t\r\n]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function linksToCsv(
  links: LinkRecord[],
  rateOverrides: Record<string, number> = {},
): string {
  const rows = links.map((l) => {
    const estimate = estimateCommission(l.product, l.networkId, rateOverrides);
    return [
      new Date(l.createdAt).toISOString(),
      l.product.title,
      l.shop,
      networkLabel(l.networkId),
      l.trackingId,
      l.product.price,
      l.product.currency,
      estimate?.amount,
      l.copyCount,
      Object.values(l.shareCounts).reduce((a, b) => a + b, 0),
      l.affiliateUrl,
      l.canonicalUrl,
      l.notes,
      l.tags.join(' '),
    ]
      .map(csvCell)
      .join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n');
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** The disclosures of the networks in a set of links, each once. */
function disclosures(links: LinkRecord[], userDisclosure: string): string[] {
  const out = new Set<string>();
  for (const l of links) {
    const d = getNetwork(l.networkId)?.sharePolicy.disclosure;
    if (d) out.add(d);
  }
  if (userDisclosure)
    out.add(
      userDisclosure === '#ad' ? 'Links on this page are affiliate links (#ad).' : userDisclosure,
    );
  return [...out];
}

/**
 * A self-contained "shop my picks" page: no scripts, no outside styles, disclosure on top. Each
 * network's policy holds: prices dated where it asks (as of the link's last use), and its shop's
 * product pictures (hot-linked) only when `pictures` says the user asked for them.
 */
export function collectionToHtml(
  name: string,
  links: LinkRecord[],
  userDisclosure = '#ad',
  { pictures = false }: { pictures?: boolean } = {},
): string {
  const items = links
    .map((l) => {
      const price = priceText(l.product.price, l.product.currency, l.networkId, l.updatedAt);
      const shown = pictures || policyOf(l.networkId).pictures === 'allowed';
      const img =
        l.product.image && shown
          ? `<img src="${escapeHtml(l.product.image)}" alt="" loading="lazy" referrerpolicy="no-referrer">`
          : '<div class="ph"></div>';
      return `<li><a href="${escapeHtml(l.affiliateUrl)}" rel="sponsored noopener">${img}<span class="t">${escapeHtml(l.product.title ?? l.shop)}</span><span class="m">${escapeHtml([price, l.shop].filter(Boolean).join(' · '))}</span></a></li>`;
    })
    .join('\n');
  const notes = disclosures(links, userDisclosure)
    .map((d) => `<p>${escapeHtml(d)}</p>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(name)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f8;color:#1b1f23}
main{max-width:960px;margin:0 auto;padding:32px 16px}h1{margin:0 0 8px;font-size:28px}
.d{font-size:13px;color:#57606a;margin-bottom:24px}.d p{margin:0 0 4px}
ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:16px}
a{display:flex;flex-direction:column;gap:6px;background:#fff;border:1px solid #dfe3e6;border-radius:8px;padding:12px;color:inherit;text-decoration:none;height:100%}
a:hover{border-color:#0b7a70}img,.ph{width:100%;aspect-ratio:1;object-fit:contain;background:#fff;border-radius:6px}.ph{background:#eef0f2}
.t{font-weight:600;line-height:1.3}.m{font-size:13px;color:#57606a}
@media (prefers-color-scheme:dark){body{background:#16191d;color:#e8ebee}a{background:#1e2227;border-color:#30363d}.d,.m{color:#a3acb5}}
</style></head>
<body><main><h1>${escapeHtml(name)}</h1><div class="d">${notes}</div><ul>
${items}
</ul></main></body></html>`;
}

export function collectionToMarkdown(
  name: string,
  links: LinkRecord[],
  userDisclosure = '#ad',
): string {
  const lines = links.map((l) => {
    const money = priceText(l.product.price, l.product.currency, l.networkId, l.updatedAt);
    const price = money ? ` — ${money}` : '';
    return `- [${markdownText(l.product.title ?? l.shop)}](${markdownDestination(l.affiliateUrl)})${markdownText(price)}`;
  });
  const notes = disclosures(links, userDisclosure).map((d) => `_${markdownText(d)}_`);
  return [`# ${markdownText(name)}`, '', ...notes, '', ...lines, ''].join('\n');
}

/** Text inside Markdown: one line, and every character Markdown (or HTML in it) reads escaped. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_{}[\]()<>#+!|~&-])/g, '\\$1');
}

/**
 * A link destination in Markdown: in <angle brackets>, where ( ) and spaces are plain characters
 * (a real shop URL such as /p/smile-:)-mug?ref=anna keeps its tag), with the few characters that
 * could end it (< > line breaks, and the backslash that escapes) percent-encoded.
 */
export function markdownDestination(url: string): string {
  return `<${url.replace(/[<>\r\n\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}
