import type { z } from 'zod';
import type { Settings, ShareChannel } from '../settings';

export type LinkOptions = {
  /** The user confirmed replacing someone else's affiliate tag with theirs. */
  replaceForeignTag?: boolean;
  /** Share channel the link is for: picks that channel's tracking id / sub id. */
  channel?: string;
  /** One of the user's own tracking ids to use instead of the default. */
  trackingId?: string;
  /** Use this network when several could handle the shop. */
  networkId?: string;
};

export type LinkSuccess = {
  ok: true;
  url: string;
  networkId: string;
  canonicalUrl: string;
  trackingId?: string;
  /** Amazon marketplace host or eBay site, when the network has several. */
  marketplace?: string;
  warnings: string[];
};

export type LinkFailure =
  | { ok: false; reason: 'invalid-url'; message: string }
  | { ok: false; reason: 'not-supported'; message: string; cleanUrl?: string; networkId?: string }
  | {
      ok: false;
      reason: 'needs-setup';
      message: string;
      networkId: string;
      /** Settings paths the user must fill in. */
      fields: string[];
      marketplace?: string;
      cleanUrl: string;
    }
  | {
      ok: false;
      reason: 'foreign-affiliate';
      message: string;
      /** What was found, e.g. "tag=abc-20" or "awin1.com". */
      marker: string;
      /** Whose it is, when the marker says (a tracking id, a publisher id). */
      owner?: string;
      networkId?: string;
      cleanUrl?: string;
    }
  | { ok: false; reason: 'needs-expansion'; message: string; shortUrl: string };

export type LinkResult = LinkSuccess | LinkFailure;
export type FailureReason = LinkFailure['reason'];

/** What an adapter gets besides the URL: settings and the resolved options. */
export type LinkContext = {
  settings: Settings;
  options: LinkOptions;
  /** Sub id for this channel (eBay customid, Awin clickref, …), '' when none. */
  subId: string;
};

export type RateTable = {
  /** Rate used when no category matches (a fraction: 0.04 = 4%). */
  base: number;
  /** Category name → rate, with the words that place a product in it. */
  categories?: { name: string; rate: number; words: string[] }[];
  /** Where the figures come from (shown next to the estimate). */
  source: string;
  /** True when the rate is one figure from a published range. */
  approximate?: boolean;
};

export type SharePolicy = {
  /** Channels the network forbids, with the reason shown to the user. */
  blocked: Partial<Record<ShareChannel, string>>;
  /** The disclosure the network asks for, for pages and exports. */
  disclosure: string;
  /**
   * A price in a caption or an exported page is true only when it was seen: 'dated' writes when
   * ("£220 on 28 Nov"). Default 'as-is'.
   */
  prices?: 'as-is' | 'dated';
  /** The shop's product pictures in exported pages (hot-linked): 'opt-in' only when asked. */
  pictures?: 'allowed' | 'opt-in';
  /** Which purchases do not earn, said wherever Kinlink explains earnings. */
  notEarning?: string;
};

/** How a deep-link network's card in Settings asks for it: declared in its own file. */
export type DeepLinkCard = {
  id: string;
  /** 'advertisers': each advertiser lists its shop domains; 'domains': one id covers a list of shops. */
  coverage: 'advertisers' | 'domains';
  /** Fields the user must fill in (an advertiser's tracking domain and campaign id: Impact). */
  requires: readonly ('publisherId' | 'advertiser.trackingDomain' | 'advertiser.campaignId')[];
  /** One sentence: what to add, and what it covers. */
  about: string;
  /** The publisher id's field label; none where the network has no publisher id (Partnerize). */
  publisher?: string;
  /** The length its publisher ids always have (Rakuten: 11), to warn about a typo. */
  publisherLength?: number;
  /** What the network calls an advertiser's id ("Camref"). Default "Advertiser ID". */
  advertiserId?: string;
};

export type AdapterExample = {
  input: string;
  settings: unknown;
  options?: LinkOptions;
  /** The expected link, or the expected failure reason. */
  expect: string | { reason: FailureReason };
};

/**
 * The lenient pieces a network's settings are built from. lib/settings.ts hands them to each
 * network, so a network's file declares its settings without importing zod itself, and every
 * refused value is kept aside the same way (said where it was, never erased).
 */
export interface SettingsKit {
  // zod's builders one by one (not the whole namespace, which would bundle all of zod).
  object: typeof z.object;
  array: typeof z.array;
  string: typeof z.string;
  record: typeof z.record;
  /** One value: when invalid, `fallback` takes its place and the value is kept aside. */
  field<T extends z.ZodType>(
    schema: T,
    fallback: z.output<T>,
    where: string,
  ): z.ZodType<z.output<T>, unknown>;
  /** A list where each invalid item, and each item past `max`, drops alone (kept aside). */
  list<T extends z.ZodType>(item: T, max: number, where: string): z.ZodType<z.output<T>[], unknown>;
  /** A map (name → value) where each invalid entry drops alone (kept aside). */
  map<T>(
    key: z.ZodType<string>,
    value: (name: string) => z.ZodType<T>,
    where: (name: string) => string,
  ): z.ZodType<Record<string, T>, unknown>;
  /** Trimmed text of at most `max` characters. */
  text(max: number): z.ZodString;
  /** A shop's domain, lower case. */
  domain: z.ZodString;
}

/** A network's own block of the settings (`settings.networks.<id>`), declared in its file. */
export type NetworkSettingsSpec<S> = {
  /** Where its refused values are said to be ("Shop rules"). Default: the network's label. */
  title?: string;
  /** The block's schema. A block that is not even the right shape becomes `defaults()`, kept aside. */
  schema(kit: SettingsKit): z.ZodType<S, unknown>;
  /** What a new install has; parsing nothing gives exactly this (tested). */
  defaults(): S;
};

export interface NetworkAdapter<Id extends string = string, S = unknown> {
  id: Id;
  label: string;
  /** Does this adapter handle the URL (with these settings)? Pure and cheap. */
  claims(url: URL, settings: Settings): boolean;
  createLink(url: URL, context: LinkContext): LinkResult;
  /** The URL history de-duplicates on: same product, no tags, no junk. */
  canonicalize(url: URL): string;
  /**
   * Where the link is the shop's own address with the user's id in one parameter (Amazon: tag),
   * that parameter: an imported link's id is read from it, not taken from the file's word.
   */
  idParam?: string;
  /** Hosts (and their subdomains) of this network's click links. */
  clickHosts?: readonly string[];
  /** Is this URL a link this network builds (a click link) — mine or someone else's? */
  ownLink?(url: URL, settings: Settings): 'mine' | { owner?: string; marker: string } | null;
  /** The shop URL inside a click link of this network. */
  destinationOf?(url: URL): string | null;
  rates: RateTable;
  sharePolicy: SharePolicy;
  /** Its block of the settings: the schema and defaults the settings are built from. */
  settings: NetworkSettingsSpec<S>;
  /** Deep-link networks: their card in Settings (one generic card draws every one). */
  card?: DeepLinkCard;
  examples: AdapterExample[];
}
