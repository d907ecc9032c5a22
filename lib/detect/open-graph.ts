import { metaContent, metaTags } from './dom';
import { parseAmount } from './price';
import type { ProductFields } from './types';

export type MetaFindings = ProductFields & {
  type?: string;
  productType: boolean;
  article: boolean;
};

/** OpenGraph and product meta tags (og:type product, product:price:amount, og:price:amount). */
export function readMeta(doc: Document): MetaFindings {
  const tags = metaTags(doc);
  const type = metaContent(tags, ['og:type'])?.toLowerCase();
  const amount = metaContent(tags, [
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
    title: metaContent(tags, ['og:title', 'twitter:title']),
    image: metaContent(tags, ['og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image']),
    price: amount ? parseAmount(amount) : undefined,
    currency: metaContent(tags, [
      'product:price:currency',
      'og:price:currency',
      'product:sale_price:currency',
    ]),
    brand: metaContent(tags, ['product:brand', 'og:brand']),
    availability: metaContent(tags, ['product:availability', 'og:availability']),
    ids: {
      itemId: metaContent(tags, ['product:retailer_item_id']),
      gtin: metaContent(tags, ['product:upc', 'product:ean'])?.replace(/\D/g, ''),
    },
    canonicalUrl: metaContent(tags, ['og:url']),
  };
}
