import { ASIN_SOURCE, isAsin } from '../asin';
import { LIMITS } from '../limits';
import type { Settings } from '../settings';
import { queryString, toHttps } from '../url';
import { AMAZON_MARKETPLACES, AMAZON_SHOP_SUBDOMAINS, AMAZON_US_RATES } from './amazon-data';
import type { LinkContext, LinkResult, NetworkAdapter } from './types';

/** Amazon's block of the settings. */
export type AmazonSettings = {
  /** Marketplace host ("amazon.co.uk") → the user's tracking ids there, the first the default. */
  trackingIds: Record<string, string[]>;
  /** Optional names for ids ("Instagram", "Newsletter"), keyed by the id itself. */
  labels: Record<string, string>;
};

const ASIN = `(${ASIN_SOURCE})`;
/**
 * Where an ASIN ends: the path goes on, ends, or a query that was percent-encoded into the path
 * follows it ("/dp/B00015007W%3FSubscriptionId=…").
 */
const END = '(?=/|$|%3F|%26|%2F)';
/** Path shapes that carry an ASIN (NETWORKS.md), tried in order. */
const ASIN_PATHS: RegExp[] = [
  new RegExp(`^/(?:[^/]+/)?dp/(?:product/|tracks/)?${ASIN}${END}`, 'i'),
  new RegExp(`^/gp/product/(?:glance/)?${ASIN}${END}`, 'i'),
  new RegExp(`^/gp/aw/d/${ASIN}${END}`, 'i'),
  new RegExp(`^/gp/offer-listing/${ASIN}${END}`, 'i'),
  new RegExp(`^/d/(?:[^/]+/)*${ASIN}${END}`, 'i'),
  new RegExp(`^/(?:[^/]+/)?product-reviews/${ASIN}${END}`, 'i'),
];
/** Amazon's language switch before any path: "/-/en/dp/…", "/-/de/Title/dp/…", "/-/zh_TW/…". */
const LANGUAGE_PREFIX = /^\/-\/[a-z]{2}(?:[_-][a-z]{2,4})?(?=\/)/i;
/** Legacy shapes whose next path segment is an Associates tag. */
const LEGACY_PATHS: RegExp[] = [
  new RegExp(`^/exec/obidos/(?:ASIN|tg/detail/-)/${ASIN}(?:/([^/?]+))?`, 'i'),
  new RegExp(`^/o/ASIN/${ASIN}(?:/([^/?]+))?`, 'i'),
];

/**
 * Non-product pages keep only the parameters that carry their meaning (search terms, browse
 * node, seller); everything else, the tracking junk ClearURLs lists among it, is left behind.
 */
const PAGE_PARAMS = new Set(['k', 'i', 'node', 'rh', 'field-keywords', 'url', 'seller', 'me', 's']);

type Marketplace = { host: string; sub: string };

/** "www.amazon.co.uk" → { host: "amazon.co.uk", sub: "www" }; null when not an Amazon shop host. */
const marketCache = new Map<string, Marketplace | null>();
export function amazonMarketplace(hostname: string): Marketplace | null {
  if (!hostname.includes('amazon.')) return null;
  const cached = marketCache.get(hostname);
  if (cached !== undefined) return cached;
  const found = parseMarketplace(hostname);
  if (marketCache.size > 500) marketCache.clear();
  marketCache.set(hostname, found);
  return found;
}

function parseMarketplace(hostname: string): Marketplace | null {
  const match = /^(?:([a-z0-9-]+)\.)?(amazon\.[a-z.]+)$/.exec(hostname);
  if (!match) return null;
  const host = match[2] ?? '';
  if (!(host in AMAZON_MARKETPLACES)) return null;
  return { host, sub: match[1] ?? '' };
}

export type AmazonTarget =
  | { kind: 'product'; asin: string; psc: boolean; legacyTag?: string }
  | { kind: 'page'; path: string; params: [string, string][] };

/** What an Amazon URL points at: one product (by ASIN) or a page worth keeping as it is. */
export function amazonTarget(url: URL): AmazonTarget {
  const path = url.pathname.replace(LANGUAGE_PREFIX, '');
  // Regexes on the query string first: most URLs carry neither, and parsing the query is not free.
  const psc = /[?&]psc=1(?:&|$)/.test(url.search);
  for (const re of LEGACY_PATHS) {
    const m = re.exec(path);
    if (m?.[1]) return { kind: 'product', asin: m[1].toUpperCase(), psc, legacyTag: m[2] };
  }
  for (const re of ASIN_PATHS) {
    const m = re.exec(path);
    if (m?.[1]) return { kind: 'product', asin: m[1].toUpperCase(), psc };
  }
  const qAsin = /[?&](?:asin|ASIN\.1)=/.test(url.search)
    ? (url.searchParams.get('asin') ?? url.searchParams.get('ASIN.1'))
    : null;
  const sellerPage = /^\/gp\/aag\//.test(path) || url.searchParams.has('seller');
  if (qAsin && isAsin(qAsin) && !sellerPage) {
    return { kind: 'product', asin: qAsin.toUpperCase(), psc };
  }
  const params: [string, string][] = [];
  for (const [k, v] of url.searchParams) {
    if (PAGE_PARAMS.has(k) && v !== '') params.push([k, v]);
  }
  // "/ref=…" segments only track where the click came from.
  const cleanPath = path.replace(/\/ref=[^/]*$/, '/').replace(/\/ref=[^/]*\//, '/');
  return { kind: 'page', path: cleanPath, params };
}

const idCache = new WeakMap<object, Set<string>>();
/** All of the user's Amazon ids, lower case (cached per settings object: settings are replaced, not edited). */
function userAmazonIds(settings: Settings): Set<string> {
  const trackingIds = settings.networks.amazon.trackingIds;
  let ids = idCache.get(trackingIds);
  if (!ids) {
    ids = new Set(Object.values(trackingIds).flatMap((list) => list.map((id) => id.toLowerCase())));
    idCache.set(trackingIds, ids);
  }
  return ids;
}

/** Someone else's attribution in an Amazon URL: a tag, an ascsubtag or a legacy path tag. */
function foreignMarker(url: URL, target: AmazonTarget, settings: Settings) {
  const mine = userAmazonIds(settings);
  const hasTags = /[?&](?:tag|ascsubtag)=/.test(url.search);
  const tag = hasTags ? url.searchParams.get('tag') : null;
  if (tag && !mine.has(tag.toLowerCase())) return { marker: `tag=${tag}`, owner: tag };
  const sub = hasTags ? url.searchParams.get('ascsubtag') : null;
  if (sub && !(tag && mine.has(tag.toLowerCase()))) {
    return { marker: `ascsubtag=${sub}`, owner: undefined };
  }
  if (target.kind === 'product' && target.legacyTag && !mine.has(target.legacyTag.toLowerCase())) {
    return { marker: `tag ${target.legacyTag} in the link's path`, owner: target.legacyTag };
  }
  return null;
}

/** The tracking id to use: an explicit one of the user's, the channel's, else the default. */
function chooseTrackingId(
  marketplace: string,
  context: LinkContext,
): { id?: string; warnings: string[] } {
  const ids = context.settings.networks.amazon.trackingIds[marketplace] ?? [];
  const warnings: string[] = [];
  const wanted = context.options.trackingId;
  if (wanted) {
    if (ids.includes(wanted)) return { id: wanted, warnings };
    warnings.push(`"${wanted}" is not one of your ${marketplace} tracking IDs; used your default.`);
  }
  const channel = context.options.channel;
  const channelId = channel ? context.settings.channels[channel]?.amazon[marketplace] : undefined;
  if (!wanted && channelId) return { id: channelId, warnings };
  return { id: ids[0], warnings };
}

/** A tag whose suffix follows another marketplace's convention probably belongs there. */
export function amazonSuffixWarning(marketplace: string, trackingId: string): string | null {
  const expected = AMAZON_MARKETPLACES[marketplace]?.suffix;
  const suffix = /-(2\d)$/.exec(trackingId)?.[1];
  if (!expected || !suffix || suffix === expected) return null;
  return `The tracking ID ${trackingId} ends in -${suffix}, which is usual for another Amazon store; ${marketplace} IDs usually end in -${expected}. Check that it belongs to ${marketplace}.`;
}

/** Built as a string: this runs for every link, and a URL object costs several parses. */
function buildUrl(marketplace: string, target: AmazonTarget, tag?: string): string {
  const params: [string, string][] = [];
  let path: string;
  if (target.kind === 'product') {
    path = `/dp/${target.asin}`;
    if (target.psc) params.push(['psc', '1']);
  } else {
    path = target.path;
    params.push(...target.params);
  }
  if (tag) params.push(['tag', tag]);
  return `https://www.${marketplace}${path}${queryString(params)}`;
}

export function amazonProductUrl(marketplace: string, asin: string, tag?: string): string {
  return buildUrl(marketplace, { kind: 'product', asin, psc: false }, tag);
}

/** "Same product in other marketplaces": one link per marketplace the user has an id for. */
export function otherMarketplaceLinks(
  asin: string,
  current: string,
  settings: Settings,
): { marketplace: string; name: string; url: string; trackingId: string }[] {
  return Object.entries(settings.networks.amazon.trackingIds)
    .filter(([host, ids]) => host !== current && ids[0] && host in AMAZON_MARKETPLACES)
    .map(([host, ids]) => ({
      marketplace: host,
      name: AMAZON_MARKETPLACES[host]?.name ?? host,
      url: amazonProductUrl(host, asin, ids[0]),
      trackingId: ids[0] ?? '',
    }));
}

function createAmazonLink(url: URL, context: LinkContext): LinkResult {
  const market = amazonMarketplace(url.hostname);
  if (!market || !AMAZON_SHOP_SUBDOMAINS.has(market.sub)) {
    return {
      ok: false,
      reason: 'not-supported',
      networkId: 'amazon',
      message: 'This Amazon page is not a shop page, so there is nothing to link to.',
    };
  }
  const target = amazonTarget(url);
  const canonicalUrl = buildUrl(market.host, target);
  const foreign = foreignMarker(url, target, context.settings);
  if (foreign && !context.options.replaceForeignTag) {
    return {
      ok: false,
      reason: 'foreign-affiliate',
      networkId: 'amazon',
      marker: foreign.marker,
      owner: foreign.owner,
      cleanUrl: canonicalUrl,
      message: `This link already earns for someone else (${foreign.marker}). Replace it with yours?`,
    };
  }
  const { id, warnings } = chooseTrackingId(market.host, context);
  if (!id) {
    const name = AMAZON_MARKETPLACES[market.host]?.name ?? market.host;
    return {
      ok: false,
      reason: 'needs-setup',
      networkId: 'amazon',
      marketplace: market.host,
      fields: [`networks.amazon.trackingIds.${market.host}`],
      cleanUrl: canonicalUrl,
      message: `Add your Amazon Associates tracking ID for ${market.host} (${name}) to make your link.`,
    };
  }
  if (foreign)
    warnings.push(`Replaced someone else's attribution (${foreign.marker}) at your request.`);
  const suffixWarning = amazonSuffixWarning(market.host, id);
  if (suffixWarning) warnings.push(suffixWarning);
  return {
    ok: true,
    url: buildUrl(market.host, target, id),
    networkId: 'amazon',
    canonicalUrl,
    trackingId: id,
    marketplace: market.host,
    warnings,
  };
}

export const amazon: NetworkAdapter<'amazon', AmazonSettings> = {
  id: 'amazon',
  label: 'Amazon Associates',
  settings: {
    schema: ({ object, string, list, map, text }) =>
      object({
        trackingIds: map(
          text(LIMITS.domain).toLowerCase().min(1),
          (store) =>
            list(
              text(LIMITS.amazonTrackingId).min(1),
              LIMITS.idsPerStore,
              `Amazon tracking IDs for ${store}`,
            ),
          (store) => `Amazon tracking IDs for ${store}`,
        ),
        labels: map(
          string().max(LIMITS.amazonTrackingId),
          () => text(LIMITS.idLabel),
          (id) => `the name of tracking ID ${id}`,
        ),
      }),
    defaults: () => ({ trackingIds: {}, labels: {} }),
  },
  claims: (url) => amazonMarketplace(url.hostname) !== null,
  idParam: 'tag',
  createLink: createAmazonLink,
  canonicalize(url) {
    const market = amazonMarketplace(url.hostname);
    if (!market) return toHttps(url).href;
    return buildUrl(market.host, amazonTarget(url));
  },
  rates: AMAZON_US_RATES,
  sharePolicy: {
    blocked: {
      email:
        'Amazon does not allow Associates links in email (Associates Operating Agreement). Share it another way.',
      qr: 'Amazon does not allow Associates links in print, and a QR code is made to be printed or shown offline.',
    },
    disclosure: 'As an Amazon Associate I earn from qualifying purchases.',
    // Amazon's policies: no static prices (a dated one is true), no hot-linked product pictures
    // (SiteStripe's images were retired), and your own orders never earn (NETWORKS.md).
    prices: 'dated',
    pictures: 'opt-in',
    notEarning:
      'Friends’ own orders earn; your own purchases, and orders you place for others, do not.',
  },
  examples: [
    {
      input:
        'https://www.amazon.com/Gorilla-Crystal-Clear-Duct-Tape/dp/B0783SG446/ref=pd_bxgy_1?pd_rd_w=nEOg1&psc=1&th=1',
      settings: { networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } } },
      expect: 'https://www.amazon.com/dp/B0783SG446?psc=1&tag=me-20',
    },
    {
      input: 'https://smile.amazon.co.uk/gp/product/1849759375/ref=ppx_yo_dt_b_asin_title',
      settings: {
        networks: { amazon: { trackingIds: { 'amazon.co.uk': ['me-21', 'me-ig-21'] } } },
      },
      options: { channel: 'instagram', trackingId: 'me-ig-21' },
      expect: 'https://www.amazon.co.uk/dp/1849759375?tag=me-ig-21',
    },
    {
      input: 'https://www.amazon.de/s?k=kaffee&ref=nb_sb_noss&crid=1X',
      settings: { networks: { amazon: { trackingIds: { 'amazon.de': ['me-21'] } } } },
      expect: 'https://www.amazon.de/s?k=kaffee&tag=me-21',
    },
    {
      input: 'https://www.amazon.com/dp/B0026WG51S?tag=someone-20',
      settings: { networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } } },
      expect: { reason: 'foreign-affiliate' },
    },
    {
      input: 'https://www.amazon.fr/dp/2035866014',
      settings: { networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } } },
      expect: { reason: 'needs-setup' },
    },
    {
      input: 'https://sellercentral.amazon.com/home',
      settings: { networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } } },
      expect: { reason: 'not-supported' },
    },
    // Shapes people paste (more in tests/lib/networks/url-shapes.test.ts): the language switch,
    // an offer listing, a query percent-encoded into the path.
    {
      input: 'https://www.amazon.co.jp/-/en/dp/B09XS7JWHH?th=1',
      settings: { networks: { amazon: { trackingIds: { 'amazon.co.jp': ['me-22'] } } } },
      expect: 'https://www.amazon.co.jp/dp/B09XS7JWHH?tag=me-22',
    },
    {
      input: 'https://www.amazon.com/gp/offer-listing/B0783SG446/ref=dp_olp_all_mbc',
      settings: { networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } } },
      expect: 'https://www.amazon.com/dp/B0783SG446?tag=me-20',
    },
    {
      input: 'https://www.amazon.com/dp/B00015007W%3FSubscriptionId%3D1V7VTJ4HA4MFT9XBH182',
      settings: { networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } } },
      expect: 'https://www.amazon.com/dp/B00015007W?tag=me-20',
    },
  ],
};
