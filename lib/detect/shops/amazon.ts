import { asinInPath, isAsin } from '../../asin';
import { first, textOf } from '../dom';
import { crumbs, priceFrom, type ShopDetector } from './common';

export const amazon: ShopDetector = {
  hint: 'amazon.',
  hosts:
    /(^|\.)amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ie|ae|sa|eg|in|co\.jp|sg|com\.au|co\.za)$/,
  read(doc, url) {
    const title = textOf(first(doc, '#productTitle') ?? first(doc, '#ebooksProductTitle'));
    const asinInput = first(doc, 'input#ASIN,input[name="ASIN"],input[name="idx.asin"]');
    const asin = asinInput?.getAttribute('value') ?? asinInPath(url.pathname);
    // The buy box only: carousels and comparison tables hold other products' prices.
    const price = priceFrom(doc, [
      '#corePrice_feature_div .a-offscreen',
      '#corePriceDisplay_desktop_feature_div .a-price .a-offscreen',
      '#corePrice_desktop .a-price .a-offscreen',
      '#priceblock_dealprice',
      '#priceblock_saleprice',
      '#priceblock_ourprice',
      '#price_inside_buybox',
      '#newBuyBoxPrice',
      '#kindle-price',
      '#buybox .offer-price',
      '#buyNewSection .a-color-price',
    ]);
    const img = first(doc, '#landingImage,#imgBlkFront,#ebooksImgBlkFront,#main-image');
    return {
      isProduct: !!title && !!asin && !/\/product-reviews\//.test(url.pathname),
      title,
      ...price,
      // Each Amazon store prices in its country's currency: amazon.com in dollars, the others
      // in their domain's (merge.ts reads it from the host when no source names one).
      currency: /\.com$/.test(url.hostname) ? 'USD' : undefined,
      image: img?.getAttribute('data-old-hires') || img?.getAttribute('src') || undefined,
      brand: textOf(first(doc, '#bylineInfo'))?.replace(
        /^(Visit the |Brand: |Marca: |Marke: )|( Store| Shop)$/g,
        '',
      ),
      category: crumbs(doc, '#wayfinding-breadcrumbs_feature_div li a'),
      ids: { asin: asin && isAsin(asin) ? asin : undefined },
    };
  },
};
