import { metaContent } from './dom';
import { parseAmount } from './price';
import type { ProductFields } from './types';

export type MetaFindings = ProductFields & {
  type?: string;
  productType: boolean;
  article: boolean;
};

/** OpenGraph and product meta tags (og:type product, product:price:amount, og:price:amount). */
export function readMeta(doc: Document): MetaFindings {
  const type = metaContent(doc, ['og:type'])?.toLowerCase();
  const amount = metaContent(doc, [
    'product:price:amount',
    'og:price:amount',
    'product:sale_price:amount',
    'product:price',
  ]);
  return {
    type,
    // og:type "product", "product.item", "wayfairus:product", "ebay-objects:item"…
    productType: !!type && /(^|[.:])(product|item)(\.item|\.group)?$/.test(type),
    article: !!type && /(^|[.:])article$/.test(type),
    title: metaContent(doc, ['og:title', 'twitter:title']),
    image: metaContent(doc, ['og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image']),
    price: amount ? parseAmount(amount) : undefined,
    currency: metaContent(doc, [
      'product:price:currency',
      'og:price:currency',
      'product:sale_price:currency',
    ]),
    brand: metaContent(doc, ['product:brand', 'og:brand']),
    availability: metaContent(doc, ['product:availability', 'og:availability']),
    ids: {
      itemId: metaContent(doc, ['product:retailer_item_id']),
      gtin: metaContent(doc, ['product:upc', 'product:ean'])?.replace(/\D/g, ''),
    },
    canonicalUrl: metaContent(doc, ['og:url']),
  };
}
