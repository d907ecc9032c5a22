import { ImageOff } from 'lucide-react';
import { useState } from 'react';
import { formatMoney } from '@/lib/earnings';

export type ProductCardProps = {
  title: string;
  image?: string;
  price?: number;
  currency?: string;
  shop: string;
};

/** The product the link is for: image, title (two lines, then ellipsis), price and shop. */
export function ProductCard({ title, image, price, currency, shop }: ProductCardProps) {
  const [broken, setBroken] = useState(false);
  return (
    <section className="product" aria-label="Product">
      <div className="product-image">
        {image && !broken ? (
          <img
            src={image}
            alt=""
            width={64}
            height={64}
            referrerPolicy="no-referrer"
            onError={() => setBroken(true)}
          />
        ) : (
          <ImageOff size={20} aria-hidden="true" />
        )}
      </div>
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
