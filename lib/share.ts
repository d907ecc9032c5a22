import type { LinkRecord } from './db';
import { formatMoney } from './earnings';
import type { LinkDraft } from './messages';
import { getNetwork, type LinkSuccess } from './networks';
import type { ShareChannel } from './settings';

export type ShareTarget = {
  id: ShareChannel;
  label: string;
  /** The web intent to open, or null for channels handled in the page (system sheet, QR). */
  intent: ((s: ShareContent) => string) | null;
};

export type ShareContent = { url: string; caption: string; title: string; image?: string };

const enc = encodeURIComponent;

/** Where people post. Each intent opens in a new tab with the link and caption filled in. */
export const SHARE_TARGETS: ShareTarget[] = [
  { id: 'x', label: 'X', intent: (s) => `https://x.com/intent/post?text=${enc(s.caption)}` },
  {
    id: 'facebook',
    label: 'Facebook',
    intent: (s) => `https://www.facebook.com/sharer/sharer.php?u=${enc(s.url)}`,
  },
  { id: 'whatsapp', label: 'WhatsApp', intent: (s) => `https://wa.me/?text=${enc(s.caption)}` },
  {
    id: 'telegram',
    label: 'Telegram',
    intent: (s) =>
      `https://t.me/share/url?url=${enc(s.url)}&text=${enc(captionWithout(s.caption, s.url))}`,
  },
  {
    id: 'pinterest',
    label: 'Pinterest',
    intent: (s) =>
      `https://www.pinterest.com/pin/create/button/?url=${enc(s.url)}&description=${enc(captionWithout(s.caption, s.url))}${s.image ? `&media=${enc(s.image)}` : ''}`,
  },
  {
    id: 'reddit',
    label: 'Reddit',
    intent: (s) =>
      `https://www.reddit.com/submit?url=${enc(s.url)}&title=${enc(captionWithout(s.caption, s.url))}`,
  },
  {
    id: 'threads',
    label: 'Threads',
    intent: (s) => `https://www.threads.net/intent/post?text=${enc(s.caption)}`,
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    intent: (s) => `https://bsky.app/intent/compose?text=${enc(s.caption)}`,
  },
  {
    id: 'linkedin',
    label: 'LinkedIn',
    intent: (s) => `https://www.linkedin.com/sharing/share-offsite/?url=${enc(s.url)}`,
  },
  {
    id: 'email',
    label: 'Email',
    intent: (s) => `mailto:?subject=${enc(s.title)}&body=${enc(s.caption)}`,
  },
  { id: 'system', label: 'Other apps…', intent: null },
  { id: 'qr', label: 'QR code', intent: null },
];

/** Channels that are not share buttons, by the name a person reads. */
const OTHER_CHANNELS: Record<string, string> = {
  copy: 'Copy',
  system: 'Other apps',
  instagram: 'Instagram',
};

/** A channel's name as people read it ("x" → "X", "qr" → "QR code"), never its raw id. */
export function channelLabel(id: string): string {
  return (
    OTHER_CHANNELS[id] ??
    SHARE_TARGETS.find((t) => t.id === id)?.label ??
    id.charAt(0).toUpperCase() + id.slice(1)
  );
}

/** The caption without the link, for intents that take the link separately. */
function captionWithout(caption: string, url: string): string {
  return caption
    .replace(url, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Why a channel is not offered for this network, or null when it is. */
export function blockedReason(networkId: string | undefined, channel: ShareChannel): string | null {
  if (!networkId) return null;
  return getNetwork(networkId)?.sharePolicy.blocked[channel] ?? null;
}

export type CaptionValues = {
  title?: string;
  price?: number;
  currency?: string;
  /** The link's network: its policy says whether the price is dated ("£220 on 28 Nov"). */
  networkId?: string;
  /** When the price was seen (default: now). */
  priceSeenAt?: number;
  link: string;
  disclosure: string;
};

/** A network's share policy with its defaults filled in. */
export function policyOf(networkId: string | undefined) {
  const policy = networkId ? getNetwork(networkId)?.sharePolicy : undefined;
  return {
    prices: policy?.prices ?? 'as-is',
    pictures: policy?.pictures ?? 'allowed',
    notEarning: policy?.notEarning,
  } as const;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/**
 * A price as a caption or an exported page shows it: dated ("£220 on 28 Nov") for a network
 * whose policy says a price is true only when it was seen.
 */
export function priceText(
  price: number | undefined,
  currency: string | undefined,
  networkId: string | undefined,
  seenAt: number,
): string {
  if (price === undefined) return '';
  const money = formatMoney(price, currency);
  return policyOf(networkId).prices === 'dated' ? `${money} on ${DAY.format(seenAt)}` : money;
}

/**
 * Fill a caption template: {title} {price} {link} {disclosure} {shop}. A placeholder with no
 * value leaves no stray punctuation ("Title — $5" without a price is "Title"). The disclosure is
 * always kept: if the template lost {disclosure}, it is added at the end.
 */
export function buildCaption(template: string, values: CaptionValues & { shop?: string }): string {
  const price = priceText(
    values.price,
    values.currency,
    values.networkId,
    values.priceSeenAt ?? Date.now(),
  );
  const map: Record<string, string> = {
    title: values.title ?? '',
    price,
    link: values.link,
    disclosure: values.disclosure,
    shop: values.shop ?? '',
  };
  let text = template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in map ? (map[key] ?? '') : whole,
  );
  text = text
    .replace(/\s+[—–-]\s+(?=[—–-]|\s|$)/g, ' ')
    .replace(/^\s*[—–-]\s+/, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  if (!text.includes(values.link)) text = `${text} ${values.link}`.trim();
  if (values.disclosure && !text.includes(values.disclosure)) text = `${text} ${values.disclosure}`;
  return text;
}

/**
 * The history record for a link the user acted on: a link just made (with the page's address
 * and product), or one already saved (shared again from the Links page).
 */
export function draftFrom(
  link: LinkSuccess | LinkRecord,
  originalUrl?: string,
  product?: {
    title?: string;
    price?: number;
    currency?: string;
    image?: string;
    category?: string;
    ids?: { asin?: string };
  } | null,
): LinkDraft {
  if ('affiliateUrl' in link) {
    return {
      originalUrl: link.originalUrl,
      canonicalUrl: link.canonicalUrl,
      affiliateUrl: link.affiliateUrl,
      networkId: link.networkId,
      marketplace: link.marketplace,
      trackingId: link.trackingId || undefined,
      product: link.product,
    };
  }
  return {
    originalUrl: originalUrl ?? link.canonicalUrl,
    canonicalUrl: link.canonicalUrl,
    affiliateUrl: link.url,
    networkId: link.networkId,
    marketplace: link.marketplace,
    trackingId: link.trackingId,
    product: product
      ? {
          title: product.title,
          price: product.price,
          currency: product.currency,
          image: product.image,
          category: product.category,
          asin: product.ids?.asin,
        }
      : {},
  };
}
