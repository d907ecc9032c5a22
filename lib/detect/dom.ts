/** Small DOM helpers for the detectors. Every value that leaves here is plain, clean text. */

const MAX_TEXT = 300;

/** Collapse whitespace, drop control characters and any markup, cap the length. */
export function cleanText(value: unknown, max = MAX_TEXT): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const raw = String(value);
  // One pass for markup (only where there may be some), one for spaces and control characters:
  // the content script compiles each pattern on every page load.
  const s = (raw.includes('<') ? raw.replace(/<[^>]*>/g, ' ') : raw)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\s\u0000-\u001f\u007f-\u009f<>]+/g, ' ')
    .trim();
  if (s === '') return undefined;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Decode HTML entities some shops double-escape in meta tags ("&amp;#153;"). */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_, n: string) => codePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => codePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ');
}

function codePoint(n: number): string {
  // Windows-1252 code points (128–159) that pages send as if they were Unicode.
  const cp1252: Record<number, number> = {
    128: 0x20ac,
    145: 0x2018,
    146: 0x2019,
    147: 0x201c,
    148: 0x201d,
    150: 0x2013,
    151: 0x2014,
    153: 0x2122,
  };
  const cp = cp1252[n] ?? n;
  return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : '';
}

export function textOf(el: Element | null | undefined): string | undefined {
  return el ? cleanText(el.textContent ?? '') : undefined;
}

export function first(doc: ParentNode, selectors: string): Element | null {
  try {
    return doc.querySelector(selectors);
  } catch {
    return null;
  }
}

/**
 * Every meta tag's content by its property, name or itemprop (the first non-empty one wins), read
 * in one pass: a query per name would scan the whole page each time it finds nothing. Raw, as the
 * page wrote it: only the few that are asked for are cleaned (metaContent), and entities are
 * decoded where it is decided (merge.ts).
 */
export function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const key =
      el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const value = el.getAttribute('content');
    if (key && value?.trim() && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

/** The first of `names` that has a meta tag, as clean text. */
export function metaContent(tags: Map<string, string>, names: string[]): string | undefined {
  for (const name of names) {
    const v = cleanText(tags.get(name));
    if (v) return v;
  }
  return undefined;
}

/** An absolute http(s) URL or nothing: javascript:, data: and the like never get out. */
export function safeUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || value.length > 4096) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
