import { first } from '../dom';
import type { ShopDetector } from './common';

/**
 * Shopify stores live on any domain: recognised by their /products/ path and Shopify's assets.
 * Shopify's own analytics object lists the variants: the one in the URL, else the cheapest.
 */
export const shopify: ShopDetector = {
  read(doc, url) {
    // A plain string test first: on nearly every page this is all that runs.
    if (!url.pathname.includes('/products/') || !/\/products\/[^/]+/.test(url.pathname)) return {};
    const isShopify = first(
      doc,
      'link[href*="cdn.shopify.com"],script[src*="cdn.shopify.com"],meta[name="shopify-digital-wallet"]',
    );
    if (!isShopify) return {};
    for (const script of doc.querySelectorAll('script:not([src])')) {
      const text = script.textContent ?? '';
      if (text.length > 500_000 || !text.includes('ShopifyAnalytics')) continue;
      const json = /var meta = (\{"product":.*?\});\s*\n/.exec(text)?.[1];
      if (!json) continue;
      try {
        const product = (JSON.parse(json) as { product?: ShopifyProduct }).product;
        if (!product) continue;
        const wanted = url.searchParams.get('variant');
        const variants = (product.variants ?? []).filter(
          (v) => typeof v.price === 'number' && v.price > 0,
        );
        const variant =
          variants.find((v) => String(v.id) === wanted) ??
          variants.reduce<ShopifyVariant | undefined>(
            (a, b) => (!a || (b.price ?? 0) < (a.price ?? 0) ? b : a),
            undefined,
          );
        const currency = /ShopifyAnalytics\.meta\.currency\s*=\s*'([A-Z]{3})'/.exec(text)?.[1];
        return {
          price: variant?.price !== undefined ? variant.price / 100 : undefined,
          currency,
          ids: {
            itemId: product.id !== undefined ? String(product.id) : undefined,
            sku: variant?.sku || undefined,
          },
        };
      } catch {
        // Not the object we know: the generic sources still apply.
      }
    }
    return {};
  },
};

/** The parts of Shopify's product JSON read here. */
type ShopifyVariant = { id?: number; price?: number; sku?: string };
type ShopifyProduct = { id?: number; variants?: ShopifyVariant[] };
