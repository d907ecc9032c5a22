import { formatMoney } from '@/lib/earnings';
import { Thumb } from './Thumb';

export type ProductCardProps = {
  title: string;
  image?: string;
  price?: number;
  currency?: string;
  shop: string;
};

/** The product the link is for: image, title (two lines, then ellipsis), price and shop. */
export function ProductCard({ title, image, price, currency, shop }: ProductCardProps) {
  return (
    <section className="product" aria-label="Product">
      <Thumb className="product-image" src={image} size={20} />
      <div className="product-text">
        <h2 className="product-title" title={title}>
          {title}
        </h2>
        <p className="product-meta num">
          {price !== undefined && <strong>{formatMoney(price, currency)}</strong>}
          {price !== undefined && ' · '}
          {shop}
        </p>
      </div>
    </section>
  );
}
