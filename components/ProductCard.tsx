import { isSoldOut } from '@/lib/availability';
import { formatMoney } from '@/lib/money';
import { Thumb } from './Thumb';

export type ProductCardProps = {
  title: string;
  image?: string;
  price?: number;
  currency?: string;
  shop: string;
  /** schema.org availability as detected ("InStock", "OutOfStock"…). */
  availability?: string;
};

/**
 * The product the link is for: image, title (two lines, then ellipsis), price and shop, and
 * "Out of stock" when the page says so (it changes what a friend should expect).
 */
export function ProductCard({
  title,
  image,
  price,
  currency,
  shop,
  availability,
}: ProductCardProps) {
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
          {isSoldOut(availability) && <span className="stock-out">Out of stock</span>}
        </p>
      </div>
    </section>
  );
}
