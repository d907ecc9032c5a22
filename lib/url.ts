import { bareHost } from './host';
import { LIMITS } from './limits';
/**
 * URL helpers shared by the link engine and the UI. Pure; never throw.
 */

/** Longer than any real shop URL; a bigger input is refused rather than parsed. */
export const MAX_URL_LENGTH = LIMITS.url;

export type ParsedUrl = { ok: true; url: URL } | { ok: false; message: string };

/** Parse a user- or page-supplied string as an http(s) URL, with a message a user can act on. */
export function parseHttpUrl(input: unknown): ParsedUrl {
  if (typeof input !== 'string') return { ok: false, message: 'There is no address to work with.' };
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'There is no address to work with.' };
  if (trimmed.length > MAX_URL_LENGTH) {
    return {
      ok: false,
      message: `This address is too long (${trimmed.length.toLocaleString('en')} characters; the limit is ${MAX_URL_LENGTH.toLocaleString('en')}).`,
    };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'This is not a web address Kinlink can read.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      message: `Kinlink works on shop pages (http or https), not on ${url.protocol.replace(':', '')}: pages.`,
    };
  }
  if (!url.hostname || url.username || url.password) {
    return { ok: false, message: 'This address has no shop in it Kinlink can link to.' };
  }
  return { ok: true, url };
}

/** Encode a query value exactly as URLSearchParams does (form encoding: space → "+"). */
export function formEncode(value: string): string {
  if (/^[\w.*-]*$/.test(value)) return value;
  return encodeURIComponent(value)
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** "?a=1&b=2" from pairs (or "" for none), without building a URL object. */
export function queryString(pairs: readonly (readonly [string, string])[]): string {
  return pairs.length === 0
    ? ''
    : `?${pairs.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&')}`;
}

/** The value for `host` or its nearest parent domain in `table` (a.b.example.com → example.com). */
export function lookupDomain<T>(host: string, table: ReadonlyMap<string, T>): T | undefined {
  let h = host;
  for (;;) {
    const value = table.get(h);
    if (value !== undefined) return value;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const d = domain.startsWith('www.') ? domain.slice(4) : domain;
  return (
    host === d ||
    (host.length > d.length && host.endsWith(d) && host[host.length - d.length - 1] === '.')
  );
}

/**
 * Query parameters that only track where a click came from. Removing them never changes which
 * page opens. (ClearURLs' global rules and common ad-platform click ids.)
 */
const TRACKING_PARAM = new Set([
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'fbclid',
  'msclkid',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'srsltid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'spm',
  'scm',
]);

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAM.has(n) || n.startsWith('utm_') || n.startsWith('pk_');
}

/**
 * The page without tracking junk or fragment: what a "clean link" shares. Only the parameters it
 * drops change: every other one stays byte for byte as the page wrote it ("a%20b" stays "a%20b",
 * "a:b" stays "a:b"), in its order — the query is never re-serialised.
 */
export function cleanUrl(url: URL, extraDrop?: (name: string) => boolean): URL {
  const out = new URL(url.href);
  out.hash = '';
  if (out.search) {
    const kept = out.search
      .slice(1)
      .split('&')
      .filter((part) => {
        if (part === '') return false;
        const name = decodeName(part.split('=', 1)[0] ?? '');
        return !(isTrackingParam(name) || extraDrop?.(name));
      });
    out.search = kept.length ? `?${kept.join('&')}` : '';
  }
  return out;
}

/** A query parameter's name as a form decodes it ("utm%5Fsource" is utm_source). */
function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Ensures https, since every shop we link to serves it and a share should never downgrade. */
export function toHttps(url: URL): URL {
  const out = new URL(url.href);
  if (out.protocol === 'http:') out.protocol = 'https:';
  return out;
}

/**
 * The part of a host a person would call "the shop" (de.happycoffee.org → happycoffee.org), from
 * the public suffix list (tldts). Loaded on demand: the list is a third of the popup's script
 * otherwise, and only the "add a rule for this shop" state needs it.
 */
export async function shopDomain(host: string): Promise<string> {
  const { getDomain } = await import('tldts');
  return getDomain(host, { allowPrivateDomains: false }) ?? bareHost(host);
}
