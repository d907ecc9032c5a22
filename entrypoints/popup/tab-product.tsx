import { ProductCard } from '@/components/ProductCard';
import type { ValidProduct } from '@/lib/messages';
import { pictureSource } from '@/lib/pictures';
import { usePopupStore } from './store';

/**
 * The tab's product as every popup state shows it: its picture only when the user turned
 * pictures on (lib/pictures.ts), its price, its stock.
 */
export function TabProduct({ product, shop }: { product: ValidProduct; shop: string }) {
  const showPictures = usePopupStore((s) => s.settings.showPictures);
  return (
    <ProductCard
      title={product.title}
      image={pictureSource(product.image, showPictures)}
      price={product.price}
      currency={product.currency}
      availability={product.availability}
      shop={shop}
    />
  );
}
