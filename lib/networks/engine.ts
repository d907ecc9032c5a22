/**
 * The link engine: from any address and the user's settings to their link, or a failure that
 * says why (lib/networks/types.ts). Networks are data in the registry (registry.ts).
 */

import { ASIN_SOURCE } from '../asin';
import type { Settings } from '../settings';
import { cleanUrl, lookupDomain, parseHttpUrl, toHttps } from '../url';
import { amazon, amazonMarketplace } from './amazon';
import { AMAZON_SHORT_HOSTS } from './amazon-data';
import { ebay, ebaySite } from './ebay';
import { getNetwork } from './lookup';
import { NETWORKS } from './registry';
import type { LinkContext, LinkOptions, LinkResult, NetworkAdapter } from './types';

/** Click links of services Kinlink has no adapter for: always someone else's. */
const OTHER_CLICK_HOSTS = [
  'rstyle.me',
  'shopstyle.it',
  'shopmy.us',
  'howl.me',
  'shareasale.com',
  // Geniuslink: short links and their click hosts (GR_URL= names the destination).
  'geni.us',
  'georiot.com',
];
/** Shops whose affiliate links only come from their own portal or app (NETWORKS.md). */
const ALIEXPRESS =
  'AliExpress links can only be made in the AliExpress Portals site; Kinlink cannot build one that would track.';
const PORTAL_ONLY: [string, string][] = [
  ['aliexpress.com', ALIEXPRESS],
  ['aliexpress.us', ALIEXPRESS],
  [
    'tiktok.com',
    'TikTok Shop links can only be made in the TikTok app; Kinlink cannot build one that would track.',
  ],
];
/** Every host with a special meaning, in one table: one lookup per link instead of a scan per list. */
type SpecialHost =
  | { kind: 'click'; network: NetworkAdapter }
  | { kind: 'other-click'; host: string }
  | { kind: 'portal'; message: string };
const SPECIAL_HOSTS = new Map<string, SpecialHost>([
  ...NETWORKS.flatMap((network) =>
    (network.clickHosts ?? []).map((h) => [h, { kind: 'click', network }] as const),
  ),
  ...OTHER_CLICK_HOSTS.map((host) => [host, { kind: 'other-click', host }] as const),
  ...PORTAL_ONLY.map(([host, message]) => [host, { kind: 'portal', message }] as const),
]);
const SHORT_HOSTS = new Set(AMAZON_SHORT_HOSTS);

/** Query markers that mean "this click already belongs to an affiliate" (NETWORKS.md, stand-down). */
const FOREIGN_PARAMS: { name: string; value?: string; network: string }[] = [
  { name: 'awc', network: 'Awin' },
  { name: 'awinaffid', network: 'Awin' },
  { name: 'irclickid', network: 'Impact' },
  { name: 'afsrc', value: '1', network: 'an affiliate network' },
  { name: 'affsource', value: '1', network: 'an affiliate network' },
  { name: 'foid', network: 'an affiliate network' },
  { name: 'ranSiteID', network: 'Rakuten Advertising' },
  { name: 'ranMID', network: 'Rakuten Advertising' },
  { name: 'cjevent', network: 'CJ' },
];
/**
 * What a stand-down's clean link leaves behind besides the markers: the rest of an affiliate
 * click's parameters (CJ's cjdata and dgc, Lazada's referral ids) — none of them picks the page.
 */
const CLICK_COMPANIONS = new Set([
  'cjdata',
  'dgc',
  'publisherid',
  'sub_aff_id',
  'exlaz',
  'laz_trackid',
]);

const MAX_UNWRAP = 3;

const FOREIGN_PARAM_TEST = new RegExp(
  `[?&](?:${FOREIGN_PARAMS.map((m) => m.name).join('|')})=`,
  'i',
);

function foreignParam(url: URL, settings: Settings) {
  if (!FOREIGN_PARAM_TEST.test(url.search)) return null;
  for (const marker of FOREIGN_PARAMS) {
    const value = url.searchParams.get(marker.name);
    if (value === null || (marker.value !== undefined && value !== marker.value)) continue;
    if (marker.name === 'awinaffid' && value === settings.networks.awin.publisherId) continue;
    return { ...marker, found: `${marker.name}=${value}` };
  }
  return null;
}

/** Every network that could make a link for this URL with these settings (for the switcher). */
export function matchingNetworks(input: string, settings: Settings): string[] {
  const parsed = parseHttpUrl(input);
  if (!parsed.ok) return [];
  return NETWORKS.filter((n) => n.claims(parsed.url, settings)).map((n) => n.id);
}

export function isShortLink(input: string): boolean {
  const parsed = parseHttpUrl(input);
  return parsed.ok && isShortHost(parsed.url.hostname);
}

function isShortHost(host: string): boolean {
  return SHORT_HOSTS.has(host.startsWith('www.') ? host.slice(4) : host);
}

/** The URL history de-duplicates on (same product, no tags, no junk); null for non-web input. */
export function canonicalize(input: string, networkId?: string): string | null {
  const parsed = parseHttpUrl(input);
  if (!parsed.ok) return null;
  const url = parsed.url;
  const byHost = amazonMarketplace(url.hostname)
    ? amazon
    : ebaySite(url.hostname)
      ? ebay
      : undefined;
  const adapter = (networkId ? getNetwork(networkId) : undefined) ?? byHost;
  return adapter ? adapter.canonicalize(url) : toHttps(cleanUrl(url)).href;
}

/**
 * Turn any URL into the user's own link. Pure, and never throws: every outcome is a value.
 */
export function createLink(
  input: string,
  settings: Settings,
  options: LinkOptions = {},
): LinkResult {
  try {
    return create(input, settings, options, 0);
  } catch {
    return { ok: false, reason: 'invalid-url', message: 'Kinlink could not read this address.' };
  }
}

function create(
  input: string,
  settings: Settings,
  options: LinkOptions,
  depth: number,
): LinkResult {
  const parsed = parseHttpUrl(input);
  if (!parsed.ok) return { ok: false, reason: 'invalid-url', message: parsed.message };
  let url = parsed.url;
  const host = url.hostname;

  const inner = depth < MAX_UNWRAP ? unwrap(url) : null;
  if (inner) return create(inner, settings, options, depth + 1);

  if (isShortHost(host)) {
    return {
      ok: false,
      reason: 'needs-expansion',
      shortUrl: url.href,
      message:
        'This is a short link. Expand it to see where it goes (it may already carry someone’s tag).',
    };
  }

  // A click link of a network: the user's own is rebuilt from its destination (so making a link
  // from your own link gives the same link); anyone else's needs the user's say-so.
  const special = lookupDomain(host, SPECIAL_HOSTS);
  if (special?.kind === 'click') {
    const network = special.network;
    const own = network.ownLink?.(url, settings) ?? { marker: `${network.label} link (${host})` };
    const destination = network.destinationOf?.(url) ?? null;
    if (own === 'mine' && destination && depth < MAX_UNWRAP) {
      return create(destination, settings, options, depth + 1);
    }
    if (own !== 'mine' && !options.replaceForeignTag) {
      return {
        ok: false,
        reason: 'foreign-affiliate',
        networkId: network.id,
        marker: own.marker,
        owner: own.owner,
        cleanUrl: destination ?? undefined,
        message: `This is someone else's ${network.label} link${own.owner ? ` (${own.owner})` : ''}. Replace it with yours?`,
      };
    }
    if (destination && depth < MAX_UNWRAP) {
      return withReplacedWarning(
        create(destination, settings, options, depth + 1),
        own === 'mine' ? null : own.marker,
      );
    }
    return {
      ok: false,
      reason: 'not-supported',
      message: 'Kinlink cannot tell which shop page this link leads to.',
    };
  }
  if (special?.kind === 'other-click') {
    const otherClick = special.host;
    // Where it leads, when the link says (Geniuslink's GR_URL): offered clean, never as theirs.
    const destination = parseHttpUrl(url.searchParams.get('GR_URL') ?? '');
    return {
      ok: false,
      reason: 'foreign-affiliate',
      marker: otherClick,
      cleanUrl: destination.ok
        ? (canonicalize(cleanUrl(destination.url, isForeignParamName).href) ?? undefined)
        : undefined,
      message: `This is someone else's affiliate link (${otherClick}). Open it and make your link from the shop page instead.`,
    };
  }

  if (special?.kind === 'portal')
    return {
      ok: false,
      reason: 'not-supported',
      message: special.message,
      cleanUrl: toHttps(cleanUrl(url)).href,
    };

  const marker = foreignParam(url, settings);
  if (marker) {
    if (!options.replaceForeignTag) {
      return {
        ok: false,
        reason: 'foreign-affiliate',
        marker: marker.found,
        cleanUrl: toHttps(cleanUrl(url, isForeignParamName)).href,
        message: `This page was opened through someone else's ${marker.network} link (${marker.found}). Replace it with yours?`,
      };
    }
    url = cleanUrl(url, isForeignParamName);
  }

  const context: LinkContext = {
    settings,
    options,
    subId: options.channel ? (settings.channels[options.channel]?.subId ?? '') : '',
  };
  const claimers = NETWORKS.filter((n) => n.claims(url, settings));
  const chosen = options.networkId ? claimers.find((n) => n.id === options.networkId) : undefined;
  let result: LinkResult | undefined;
  for (const network of chosen ? [chosen] : claimers) {
    const attempt = network.createLink(url, context);
    result ??= attempt;
    // Prefer a network that is set up over one that still needs setting up.
    if (!(attempt.ok === false && attempt.reason === 'needs-setup')) {
      result = attempt;
      break;
    }
  }
  if (result)
    return withReplacedWarning(result, options.replaceForeignTag && marker ? marker.found : null);
  return {
    ok: false,
    reason: 'not-supported',
    cleanUrl: toHttps(cleanUrl(url)).href,
    message:
      'None of your networks covers this shop. Here is a clean link (it earns nothing), or add a rule for this shop.',
  };
}

function isForeignParamName(name: string): boolean {
  const n = name.toLowerCase();
  return CLICK_COMPANIONS.has(n) || FOREIGN_PARAMS.some((m) => m.name.toLowerCase() === n);
}

/** amzn.com's product paths: "/B0783SG446", "/dp/B0783SG446". */
const LEGACY_SHORT_PATH = new RegExp(`^/(?:dp/)?(${ASIN_SOURCE})(?=/|$)`, 'i');

/**
 * Addresses that only wrap another: Google's result redirect (/url?q=) and AMP viewers, Amazon's
 * own redirect page (gp/redirect.html?location=, followed only to Amazon), and the legacy
 * amzn.com/<ASIN> (the product itself). What they lead to, or null.
 */
function unwrap(url: URL): string | null {
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname;
  if (/^google\.[a-z.]+$/.test(host)) {
    if (path === '/url') return url.searchParams.get('q') ?? url.searchParams.get('url');
    const amp = /^\/amp\/(s\/)?(.+)$/.exec(path);
    if (amp) return `${amp[1] ? 'https' : 'http'}://${amp[2]}${url.search}`;
  }
  if (host.endsWith('.cdn.ampproject.org')) {
    const amp = /^\/[a-z]\/(s\/)?(.+)$/.exec(path);
    if (amp) return `${amp[1] ? 'https' : 'http'}://${amp[2]}${url.search}`;
  }
  if (host === 'amzn.com') {
    const asin = LEGACY_SHORT_PATH.exec(path)?.[1];
    if (asin) return `https://www.amazon.com/dp/${asin.toUpperCase()}`;
  }
  if (path === '/gp/redirect.html' && amazonMarketplace(url.hostname)) {
    const location = url.searchParams.get('location');
    const target = location ? parseHttpUrl(new URL(location, url).href) : null;
    if (target?.ok && amazonMarketplace(target.url.hostname)) return target.url.href;
  }
  return null;
}

function withReplacedWarning(result: LinkResult, replaced: string | null): LinkResult {
  if (!result.ok || !replaced) return result;
  return {
    ...result,
    warnings: [
      ...result.warnings,
      `Replaced someone else's attribution (${replaced}) at your request.`,
    ],
  };
}
