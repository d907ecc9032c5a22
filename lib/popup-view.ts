import { asinInPath } from './asin';
import { type Estimate, estimateCommission, formatEstimate } from './earnings';
import type { FirstView } from './first-view';
import { bareHost } from './host';
import type { ValidProduct } from './messages';
import {
  createLink,
  type LinkOptions,
  type LinkResult,
  matchingNetworks,
  networkLabel,
} from './networks';
import { otherMarketplaceLinks } from './networks/amazon';
import { pictureSource } from './pictures';
import type { Settings } from './settings';
import { policyOf } from './share';
import { parseHttpUrl } from './url';

/** What the popup shows for a tab: decided here, in plain code, so every state can be tested. */
export type PopupView =
  | { kind: 'browser-page'; headline: string; detail: string }
  | {
      kind: 'link';
      result: Extract<LinkResult, { ok: true }>;
      product: ValidProduct | null;
      estimate: Estimate | null;
    }
  | {
      kind: 'needs-setup';
      result: Extract<LinkResult, { reason: 'needs-setup' }>;
      firstRun: boolean;
    }
  | { kind: 'clean'; cleanUrl?: string; message: string; host: string }
  | { kind: 'foreign'; result: Extract<LinkResult, { reason: 'foreign-affiliate' }> }
  | { kind: 'short'; shortUrl: string }
  | { kind: 'error'; headline: string; detail: string };

/** One state of the view, by its kind. */
export type PopupViewOf<K extends PopupView['kind']> = Extract<PopupView, { kind: K }>;

const BROWSER_SCHEMES =
  /^(chrome|chrome-extension|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|file|data|javascript|blob):/i;

/** The popup's state for a tab URL, the tab's detected product and the user's settings. */
export function popupView(
  url: string | undefined,
  product: ValidProduct | null,
  settings: Settings,
  options: LinkOptions = {},
): PopupView {
  if (!url || BROWSER_SCHEMES.test(url) || isPdfViewer(url)) {
    return {
      kind: 'browser-page',
      headline: 'Nothing to link here',
      detail: 'Kinlink works on shop pages. Open a product in any shop and click Kinlink again.',
    };
  }
  const result = createLink(url, settings, options);
  if (result.ok) {
    const estimate = estimateCommission(
      {
        price: product?.price,
        currency: product?.currency,
        category: product?.category,
        title: product?.title,
      },
      result.networkId,
      settings.rateOverrides,
    );
    return { kind: 'link', result, product, estimate };
  }
  switch (result.reason) {
    case 'needs-setup':
      return { kind: 'needs-setup', result, firstRun: !hasAnyNetwork(settings) };
    case 'foreign-affiliate':
      return { kind: 'foreign', result };
    case 'needs-expansion':
      return { kind: 'short', shortUrl: result.shortUrl };
    case 'not-supported': {
      const parsed = parseHttpUrl(url);
      return {
        kind: 'clean',
        cleanUrl: result.cleanUrl,
        message: result.message,
        host: parsed.ok ? parsed.url.hostname : '',
      };
    }
    case 'invalid-url':
      return {
        kind: 'error',
        headline: 'Kinlink cannot read this address',
        detail: result.message,
      };
    default:
      return unreachable(result);
  }
}

/** A failure the switch above does not handle stops the build here. */
function unreachable(value: never): never {
  throw new Error(`unhandled link result ${JSON.stringify(value)}`);
}

function isPdfViewer(url: string): boolean {
  return /\.pdf($|[?#])/i.test(url);
}

/** Has the user set up any network yet? (First run when not.) */
export function hasAnyNetwork(settings: Settings): boolean {
  const n = settings.networks;
  return (
    Object.values(n.amazon.trackingIds).some((ids) => ids.length > 0) ||
    n.ebay.campaignId !== '' ||
    [n.awin, n.rakuten, n.cj, n.impact, n.skimlinks, n.sovrn, n.partnerize].some(
      (d) => d.publisherId !== '' || d.advertisers.length > 0,
    ) ||
    n.queryTag.rules.length > 0
  );
}

/** Switchers: the user's other tracking ids here, other networks that cover the shop, other stores. */
export function alternatives(
  url: string,
  settings: Settings,
  result: Extract<LinkResult, { ok: true }>,
  asin?: string,
) {
  const trackingIds =
    result.networkId === 'amazon' && result.marketplace
      ? (settings.networks.amazon.trackingIds[result.marketplace] ?? [])
      : [];
  const networks = matchingNetworks(url, settings);
  const marketplaces =
    result.networkId === 'amazon' && result.marketplace && asin
      ? otherMarketplaceLinks(asin, result.marketplace, settings)
      : [];
  return { trackingIds, networks, marketplaces };
}

/** The ASIN of an Amazon link result (from the canonical /dp/ URL), for "other stores". */
export function asinOf(result: Extract<LinkResult, { ok: true }>): string | undefined {
  return result.networkId === 'amazon' ? asinInPath(result.canonicalUrl) : undefined;
}

/** What the link state says above the link when the page's product is not known. */
export function linkHeadline(result: Extract<LinkResult, { ok: true }>): {
  title: string;
  hint: string;
} {
  // A product address whose page Kinlink has not read (an expanded short link, a page read
  // before detection was on) is still a product, just without its details.
  return asinOf(result)
    ? {
        title: 'Your link to this product',
        hint: 'Kinlink has not read its page, so no title or price here.',
      }
    : {
        title: 'Your link to this page',
        hint: 'Not a single product: this links to the page as it is, with your tag.',
      };
}

/** What the popup paints first for this tab (lib/first-view.ts); only for a link. */
export function firstViewOf(
  url: string,
  product: ValidProduct | null,
  settings: Settings,
): FirstView | undefined {
  const view = popupView(url, product, settings);
  if (view.kind !== 'link') return undefined;
  const { result, estimate } = view;
  return {
    url,
    link: result.url,
    network: networkLabel(result.networkId),
    trackingId: result.trackingId,
    shop: bareHost(new URL(result.canonicalUrl).hostname),
    product: product && {
      title: product.title,
      image: pictureSource(product.image, settings.showPictures),
      price: product.price,
      currency: product.currency,
      availability: product.availability,
    },
    estimate: estimate ? formatEstimate(estimate) : '',
    estimateSource: estimate?.source ?? '',
    notEarning: policyOf(result.networkId).notEarning ?? '',
    warnings: result.warnings,
    headline: product ? undefined : linkHeadline(result),
  };
}
