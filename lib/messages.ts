import { isAsin } from './asin';
import { type PageRead, PRODUCT_SOURCES, type ProductInfo } from './detect/types';
import type { FirstView } from './first-view';
import { DETECTION, LIMITS, LINK_TRACKING_ID_MAX } from './limits';
import { cleanPageText } from './text';
import { z } from './zod';

/**
 * Every message between the parts of Kinlink, as zod schemas: a payload is parsed where it is
 * received, and the sender is checked against who may send it. The content script sends only
 * `pageRead`, and imports these types with `import type` (no zod in the page).
 */

const httpUrl = z
  .string()
  .max(LIMITS.url)
  .refine((s) => /^https?:\/\//i.test(s), 'must be an http(s) URL');

const cleanText = (max: number) => z.string().transform((s) => cleanPageText(s, max));

export const productInfoSchema = z.object({
  url: httpUrl,
  canonicalUrl: httpUrl,
  title: cleanText(LIMITS.title).pipe(z.string().min(1)),
  price: z.number().finite().nonnegative().max(1e9).optional().catch(undefined),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .catch(undefined),
  image: httpUrl.optional().catch(undefined),
  brand: cleanText(LIMITS.brand).optional().catch(undefined),
  ids: z
    .object({
      asin: z.string().refine(isAsin, 'not an ASIN').optional().catch(undefined),
      gtin: z
        .string()
        .regex(/^\d{8,14}$/)
        .optional()
        .catch(undefined),
      sku: cleanText(LIMITS.productId).optional().catch(undefined),
      mpn: cleanText(LIMITS.productId).optional().catch(undefined),
      itemId: cleanText(LIMITS.productId).optional().catch(undefined),
    })
    .catch({}),
  availability: cleanText(LIMITS.productId).optional().catch(undefined),
  category: cleanText(LIMITS.category).optional().catch(undefined),
  sources: z.record(z.string(), z.enum(PRODUCT_SOURCES)).catch({}),
}) satisfies z.ZodType<ProductInfo, unknown>;
/**
 * The product type is defined once, in lib/detect/types.ts (the content script cannot load zod);
 * the schema above must produce exactly it (`satisfies`), so the two cannot drift apart.
 */
export type ValidProduct = ProductInfo;

/**
 * What a content script read from a page (lib/detect/read.ts). A page is a hostile author: every
 * list and text is bounded by the numbers the reader itself keeps to (DETECTION), and what is
 * decided from it is checked again as a product (productInfoSchema).
 */
const pageText = z.string().max(LIMITS.url).optional().catch(undefined);
const pageFields = z.object({
  title: pageText,
  price: z.number().finite().nonnegative().max(1e9).optional().catch(undefined),
  currency: pageText,
  image: pageText,
  brand: pageText,
  availability: pageText,
  category: pageText,
  canonicalUrl: pageText,
  ids: z
    .object({ asin: pageText, gtin: pageText, sku: pageText, mpn: pageText, itemId: pageText })
    .optional()
    .catch(undefined),
});
const structuredFields = pageFields.extend({ hasOffer: z.boolean().catch(false) });
export const pageReadSchema = z.object({
  url: httpUrl,
  shops: z
    .array(pageFields.extend({ isProduct: z.boolean().optional().catch(undefined) }))
    .max(DETECTION.shops),
  jsonLd: z
    .array(z.string())
    .max(DETECTION.jsonLdBlocks)
    .refine((texts) => texts.reduce((n, t) => n + t.length, 0) <= DETECTION.jsonLdChars),
  microdata: z.array(structuredFields).max(DETECTION.scopes),
  rdfa: z.array(structuredFields).max(DETECTION.scopes),
  meta: pageFields.extend({
    productType: z.boolean().catch(false),
    article: z.boolean().catch(false),
  }),
  page: z.object({ title: pageText, h1: pageText, canonical: pageText, crumbs: pageText }),
  visible: z
    .object({
      buy: z.number().int().nonnegative().max(100),
      lang: z.string().max(40),
      candidates: z
        .array(z.object({ text: z.string().max(100), title: pageText }))
        .max(DETECTION.sent),
      box: z.string().max(DETECTION.boxText).optional().catch(undefined),
      off: z.boolean().optional().catch(undefined),
      labelled: z.array(z.string().max(100)).max(DETECTION.labelled).optional(),
    })
    .optional(),
}) satisfies z.ZodType<PageRead, unknown>;

const channel = z.string().min(1).max(LIMITS.channel);

export const linkDraftSchema = z.object({
  originalUrl: httpUrl,
  canonicalUrl: httpUrl,
  affiliateUrl: httpUrl,
  networkId: z.string().min(1).max(LIMITS.networkId),
  marketplace: z.string().max(LIMITS.marketplace).optional(),
  // Whatever id the network put in the link: an Amazon id, a publisher id, a shop rule's value.
  trackingId: z.string().max(LINK_TRACKING_ID_MAX).optional(),
  product: z
    .object({
      title: cleanText(LIMITS.title).optional(),
      price: z.number().finite().nonnegative().optional(),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional(),
      image: httpUrl.optional(),
      category: cleanText(LIMITS.category).optional(),
      asin: z.string().optional(),
    })
    .default({}),
});
export type LinkDraft = z.infer<typeof linkDraftSchema>;

/** Each message: its payload schema and who may send it. */
export const messageSchemas = {
  /**
   * content script → background, before it reads anything: may this page be read? (Settings:
   * detection on, the site not turned off.) The content script itself touches no storage.
   */
  detectionWanted: z.object({ host: z.string().max(LIMITS.domain) }),
  /** content script → background: what this tab's page shows (null: not an http(s) page). */
  pageRead: z.object({ url: httpUrl, page: pageReadSchema.nullable() }),
  /** popup → background: what do you know about this tab? */
  getTabState: z.object({ tabId: z.number().int().nonnegative() }),
  /** popup/options → background: the user copied or shared a link; save it and count it. */
  recordAction: z.object({
    link: linkDraftSchema,
    kind: z.enum(['copy', 'share']),
    channel,
  }),
  /** popup → background: follow a short link's redirect (the user asked for it). */
  expandShortLink: z.object({ url: httpUrl }),
  /** background → offscreen document: put text on the clipboard. */
  offscreenCopy: z.object({ text: z.string().max(100_000) }),
} as const;

export type MessageType = keyof typeof messageSchemas;
export type MessagePayload<T extends MessageType> = z.input<(typeof messageSchemas)[T]>;
/** A payload after parsing: what handlers receive. */
export type MessageData<T extends MessageType> = z.output<(typeof messageSchemas)[T]>;
export type Message = { [T in MessageType]: { type: T; payload: MessagePayload<T> } }[MessageType];

/** Who may send what: content scripts speak from a tab; the rest only from extension pages. */
const FROM_CONTENT_SCRIPT: ReadonlySet<MessageType> = new Set(['detectionWanted', 'pageRead']);

export type TabState = {
  tabId: number;
  url?: string;
  product: ValidProduct | null;
  /** When detection ran on this tab (epoch ms); undefined when it has not. */
  detectedAt?: number;
  /** What the popup paints first (lib/first-view.ts). */
  first?: FirstView;
};

export type Responses = {
  detectionWanted: { ok: true; wanted: boolean };
  /**
   * `shown`: what identifies the product the background found ('' for none). `look`: read what
   * the page shows too (visible.ts) and report again; nothing was decided from this report.
   */
  pageRead: { ok: true; shown: string; look?: boolean };
  getTabState: TabState;
  recordAction: { ok: true; linkId: number } | { ok: false; message: string };
  expandShortLink: { ok: true; url: string } | { ok: false; message: string };
  offscreenCopy: { ok: boolean };
};

type Sender = { id?: string; url?: string; tab?: { id?: number } };

export type ParsedMessage =
  | { [T in MessageType]: { ok: true; type: T; payload: MessageData<T> } }[MessageType]
  | { ok: false; error: string };

/**
 * Validate an incoming message: known type, allowed sender, payload that parses.
 * `extensionId` and `extensionOrigin` are ours (runtime.id, runtime.getURL('')).
 */
export function parseMessage(
  raw: unknown,
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
): ParsedMessage {
  if (raw === null || typeof raw !== 'object') return { ok: false, error: 'not a message' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(messageSchemas, type)) {
    return { ok: false, error: `unknown message type ${String(type).slice(0, 40)}` };
  }
  const messageType = type as MessageType;
  if (sender.id !== extensionId) return { ok: false, error: 'sender is not this extension' };
  const fromExtensionPage =
    typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (FROM_CONTENT_SCRIPT.has(messageType) ? !sender.tab : !fromExtensionPage) {
    return { ok: false, error: `${messageType} is not accepted from this sender` };
  }
  const parsed = messageSchemas[messageType].safeParse(payload);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, type: messageType, payload: parsed.data } as ParsedMessage;
}

export { sendMessage } from './send-message';
