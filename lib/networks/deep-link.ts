import { LIMITS } from '../limits';
import type { Settings } from '../settings';
import { cleanUrl, hostMatches, toHttps } from '../url';
import type {
  AdapterExample,
  DeepLinkCard,
  LinkContext,
  LinkResult,
  NetworkAdapter,
  NetworkSettingsSpec,
  RateTable,
  SharePolicy,
} from './types';

/** One advertiser of a deep-link network and the shop domains it covers. */
export type Advertiser = {
  id: string;
  name: string;
  domains: string[];
  /** Impact only: the brand's tracking domain and ids. */
  trackingDomain?: string;
  campaignId?: string;
};

/** A deep-link network's block of the settings (`settings.networks.<id>`). */
export type DeepLinkSettings = {
  /** The user's own publisher / site / partner id on that network. */
  publisherId: string;
  advertisers: Advertiser[];
  /** Networks such as Skimlinks and Sovrn cover many shops with one id. */
  domains: string[];
};

const emptySettings = (): DeepLinkSettings => ({ publisherId: '', advertisers: [], domains: [] });

/** Every deep-link network's settings: the same fields, refused values named after the network. */
function deepLinkSettingsSpec(label: string): NetworkSettingsSpec<DeepLinkSettings> {
  return {
    schema: ({ object, array, field, list, text, domain }) => {
      const advertiser = object({
        id: text(LIMITS.advertiserId).min(1),
        name: text(LIMITS.advertiserName).catch(''),
        domains: array(domain).max(LIMITS.domains),
        trackingDomain: text(LIMITS.domain).optional(),
        campaignId: text(LIMITS.advertiserId).optional(),
      });
      return object({
        publisherId: field(text(LIMITS.publisherId), '', `${label}: publisher ID`),
        advertisers: list(advertiser, LIMITS.domains, `${label}: advertisers`),
        domains: list(domain, LIMITS.domains, `${label}: shops covered`),
      });
    },
    defaults: emptySettings,
  };
}

/**
 * A deep-link network's block of these settings. The settings page writes through it too
 * (`create`), so a block missing from hand-made settings is added rather than written nowhere.
 */
export function deepLinkSettings(settings: Settings, id: string, create = false): DeepLinkSettings {
  const all = settings.networks as unknown as Record<string, DeepLinkSettings | undefined>;
  const found = all[id];
  if (found) return found;
  const empty = emptySettings();
  if (create) all[id] = empty;
  return empty;
}

/**
 * One engine for every network whose link is "their click URL with the shop URL inside".
 * A network is data: a template, the hosts its click links live on, where the destination sits.
 *
 * Template placeholders: {publisherId} {advertiserId} {campaignId} {trackingDomain} {subId} {url}.
 * Every value, the destination `{url}` included, is URL-encoded exactly once. A part in [brackets] is left out when a
 * placeholder inside it is empty (optional sub ids).
 */
export type DeepLinkDefinition<Id extends string = string> = {
  id: Id;
  label: string;
  template: string;
  coverage: DeepLinkCard['coverage'];
  /** Fields the user must fill in (settings paths below networks.<id>). */
  requires: DeepLinkCard['requires'];
  /** Its card in Settings: what to add, the publisher id's name. */
  form: Pick<DeepLinkCard, 'about' | 'publisher' | 'publisherLength' | 'advertiserId'>;
  /** Hosts its click links live on (for spotting our own links and someone else's). */
  clickHosts: string[];
  /** The query parameter holding the destination, or a function for path-style links. */
  destination: string | ((url: URL) => string | null);
  /** The query parameter holding the publisher id, to tell the user's own links from others'. */
  publisherParam?: string | ((url: URL) => string | null);
  /** Whose link it is: the publisher id (default) or, where it names both, the advertiser id. */
  ownerField?: 'publisherId' | 'advertiserId';
  /** Remove what the network rejects from the destination (Awin: utm_* and #fragment). */
  strictDestination?: boolean;
  rates: RateTable;
  sharePolicy?: SharePolicy;
  examples: AdapterExample[];
};

const DEFAULT_POLICY: SharePolicy = {
  blocked: {},
  disclosure: 'I may earn a commission from purchases made through this link.',
};

export function fillTemplate(template: string, values: Record<string, string>): string {
  const fill = (part: string) =>
    part.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = values[key] ?? '';
      return key === 'trackingDomain' ? value : encodeURIComponent(value);
    });
  const withOptional = template.replace(/\[([^\]]*)\]/g, (_, part: string) => {
    const keys = [...part.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    return keys.every((k) => values[k]) ? part : '';
  });
  return fill(withOptional);
}

function findAdvertiser(host: string, settings: DeepLinkSettings): Advertiser | undefined {
  return settings.advertisers.find((a) => a.id && a.domains.some((d) => hostMatches(host, d)));
}

function covers(def: DeepLinkDefinition, host: string, settings: DeepLinkSettings): boolean {
  if (def.coverage === 'domains') return settings.domains.some((d) => hostMatches(host, d));
  return findAdvertiser(host, settings) !== undefined;
}

function readParam(url: URL, how: string | ((url: URL) => string | null)): string | null {
  return typeof how === 'string' ? url.searchParams.get(how) : how(url);
}

function isClickHost(def: DeepLinkDefinition, host: string): boolean {
  return def.clickHosts.some((h) => hostMatches(host, h));
}

export function deepLinkNetwork<const Id extends string>(
  def: DeepLinkDefinition<Id>,
): NetworkAdapter<Id, DeepLinkSettings> {
  const destinationUrl = (url: URL) => {
    const clean = cleanUrl(url);
    // Awin rejects destinations with utm_* or a #fragment (Awin help: Link Builder troubleshooting).
    if (!def.strictDestination) clean.hash = url.hash;
    return clean.href;
  };

  function createLink(url: URL, context: LinkContext): LinkResult {
    const mine = deepLinkSettings(context.settings, def.id);
    const canonicalUrl = toHttps(cleanUrl(url)).href;
    const advertiser =
      def.coverage === 'advertisers' ? findAdvertiser(url.hostname, mine) : undefined;
    const missing: string[] = [];
    if (def.requires.includes('publisherId') && !mine.publisherId)
      missing.push(`networks.${def.id}.publisherId`);
    if (def.requires.includes('advertiser.trackingDomain') && !advertiser?.trackingDomain) {
      missing.push(`networks.${def.id}.advertisers.trackingDomain`);
    }
    if (def.requires.includes('advertiser.campaignId') && !advertiser?.campaignId) {
      missing.push(`networks.${def.id}.advertisers.campaignId`);
    }
    if (missing.length > 0) {
      return {
        ok: false,
        reason: 'needs-setup',
        networkId: def.id,
        fields: missing,
        cleanUrl: canonicalUrl,
        message: `Finish setting up ${def.label} to make your link for this shop.`,
      };
    }
    const link = fillTemplate(def.template, {
      publisherId: mine.publisherId,
      advertiserId: advertiser?.id ?? '',
      campaignId: advertiser?.campaignId ?? '',
      trackingDomain: (advertiser?.trackingDomain ?? '')
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, ''),
      subId: context.subId,
      url: destinationUrl(url),
    });
    return {
      ok: true,
      url: link,
      networkId: def.id,
      canonicalUrl,
      trackingId: mine.publisherId || advertiser?.id,
      warnings:
        url.protocol === 'http:'
          ? ['This shop page is not https; your link keeps it as it is.']
          : [],
    };
  }

  return {
    id: def.id,
    label: def.label,
    claims: (url, settings) => covers(def, url.hostname, deepLinkSettings(settings, def.id)),
    createLink,
    canonicalize: (url) => toHttps(cleanUrl(url)).href,
    clickHosts: def.clickHosts,
    ownLink(url, settings) {
      if (!isClickHost(def, url.hostname)) return null;
      const publisher = def.publisherParam ? readParam(url, def.publisherParam) : null;
      const mine = deepLinkSettings(settings, def.id);
      const isMine =
        def.ownerField === 'advertiserId'
          ? mine.advertisers.some((a) => a.id !== '' && a.id === publisher)
          : mine.publisherId !== '' && publisher === mine.publisherId;
      if (publisher && isMine) return 'mine';
      return {
        marker: `${def.label} link (${url.hostname})`,
        owner: publisher ?? undefined,
      };
    },
    destinationOf: (url) => readParam(url, def.destination),
    rates: def.rates,
    sharePolicy: def.sharePolicy ?? DEFAULT_POLICY,
    examples: def.examples,
    settings: deepLinkSettingsSpec(def.label),
    card: { id: def.id, coverage: def.coverage, requires: def.requires, ...def.form },
  };
}
