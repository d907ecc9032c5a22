/**
 * Every limit on what Kinlink stores, in one place. The settings schema, the message schemas,
 * the import schema and the UI's inputs (maxLength, counters, validators) all read these, so a
 * field refuses as you type exactly what storage would refuse later.
 */
export const LIMITS = {
  /** Any URL Kinlink keeps or passes between its parts. */
  url: 8192,
  /** An Amazon tracking id ("yourname-20"). */
  amazonTrackingId: 64,
  /** Tracking ids per Amazon store. */
  idsPerStore: 50,
  /** The name a user gives a tracking id ("Instagram"). */
  idLabel: 60,
  /** A publisher / site / partner id on a deep-link network. */
  publisherId: 100,
  ebayCampaignId: 20,
  ebayCustomId: 256,
  /** A channel's sub id (Awin clickref, Impact subId1, …). */
  subId: 100,
  advertiserId: 64,
  advertiserName: 100,
  /** A domain name, and how many domains one list may hold. */
  domain: 253,
  domains: 500,
  /** A shop rule's parameter name and value. */
  ruleKey: 64,
  ruleValue: 256,
  /** Shop rules in all. */
  rules: 200,
  captionTemplate: 500,
  disclosure: 200,
  /** Product fields as detected and kept. */
  title: 500,
  brand: 200,
  category: 300,
  productId: 100,
  /** A link's own notes and tags. */
  notes: 10_000,
  tag: 60,
  tags: 100,
  collectionName: 200,
  /** Earnings-report rows remembered per link (so a report imported twice counts once). */
  reportRows: 100_000,
  reportRowKey: 4_000,
  /** A share channel's id ("whatsapp") and a network's id. */
  channel: 40,
  networkId: 40,
  marketplace: 60,
  /** Files the user picks to import: larger ones are refused before they are read. */
  backupFileBytes: 200 * 1024 * 1024,
  reportFileBytes: 20 * 1024 * 1024,
  settingsFileBytes: 2 * 1024 * 1024,
} as const;

/**
 * The longest tracking id a saved link can carry: whichever id its network put in the link
 * (an Amazon id, a publisher id, an eBay campaign id, a shop rule's "name=value").
 */
export const LINK_TRACKING_ID_MAX = /* @__PURE__ */ (() =>
  // (a pure call: the content script, which reads only DETECTION, does not carry LIMITS)
  Math.max(
    LIMITS.amazonTrackingId,
    LIMITS.publisherId,
    LIMITS.advertiserId,
    LIMITS.ebayCampaignId,
    LIMITS.ruleKey + 1 + LIMITS.ruleValue,
  ))();

/**
 * Times Kinlink accepts in its history (epoch ms, 1970 to 2100): a time outside what a Date can
 * hold ("Invalid time value") would break every page that shows or charts it.
 */
export const DATE_RANGE = { min: 0, max: Date.UTC(2100, 0, 1) } as const;

/**
 * How much of a page the content script may read (lib/detect/read.ts, visible.ts), and for how
 * long, on every page it runs on: the visible-price reader gives up after `ms` (no price beats a
 * wrong one). The background checks what it receives against the same numbers (lib/messages.ts).
 */
export const DETECTION = {
  /** Elements that may show the price (an amount with a currency sign, or marked "price"). */
  candidates: 300,
  /**
   * Buttons, inputs and links after the heading read for one that buys ("Add to cart"): on the
   * corpus's product pages the first one is at most the 21st.
   */
  controls: 150,
  /**
   * Texts looked at for an amount after each heading, and before it (nearest first): a product's
   * price is beside its name (on the corpus's product pages, at most about 120 texts after it).
   */
  textsAfter: 500,
  textsBefore: 150,
  /**
   * The same, on a page with no heading (its whole text is the region): pages that show a product
   * with no heading at all are small ones; a home page or a listing is not walked to its end.
   */
  bareTextNodes: 1500,
  /** Headings considered as the product's name. */
  headings: 6,
  /** Best candidates whose layout (size, weight, place) is read: one forced layout for all. */
  laidOut: 6,
  /** Steps through the tree between heading and price beyond which they are not one product. */
  distance: 14,
  /** Levels above each heading whose text is read for prices (the product's own box). */
  region: 5,
  /**
   * Main-thread time for the whole look, in ms: a safety net for hostile pages (the counts above
   * bound ordinary ones to about a millisecond; a busy page's own work can stall any one look).
   */
  ms: 100,
  /** JSON-LD blocks read, and their characters in all (a page's product data is far smaller). */
  jsonLdBlocks: 30,
  jsonLdChars: 1_000_000,
  /** Visible price candidates sent to be decided, best first. */
  sent: 4,
  /** On a page with no heading, amounts sent with the text before them ("Price: £60"). */
  labelled: 12,
  /** Characters of the product's box sent along ("Sold out" is near the price). */
  boxText: 3000,
  /** Shop detectors that may answer for one page, and microdata/RDFa products read from it. */
  shops: 12,
  scopes: 50,
};

/** "1.2 MB" for a limit in bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
