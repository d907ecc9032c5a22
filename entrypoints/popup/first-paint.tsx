import { Copy } from 'lucide-react';
import { useLayoutEffect, useRef } from 'react';
import { ProductCard } from '@/components/ProductCard';
import type { FirstView } from '@/lib/first-view';
import { fitLinkField } from './first-paint-dom';
import { pending } from './pending';

/**
 * The link state as the background made it (lib/first-view.ts), drawn while the full popup
 * loads: the same layout as LinkState's top, so the hand-over moves nothing.
 */
export function FirstPaint({ first }: { first: FirstView }) {
  const { product } = first;
  return (
    <>
      {product ? (
        <ProductCard
          title={product.title}
          image={product.image}
          price={product.price}
          currency={product.currency}
          availability={product.availability}
          shop={first.shop}
        />
      ) : (
        first.headline && (
          <section className="page-headline">
            <h2>{first.headline.title}</h2>
            <p className="hint">{first.headline.hint}</p>
          </section>
        )
      )}
      <section className="link-panel" aria-label="Your link">
        <div className="link-meta">
          <span>{first.network}</span>
          {first.trackingId && <span aria-hidden="true">·</span>}
          {first.trackingId && <span className="tracking-id">{first.trackingId}</span>}
        </div>
        <LinkField link={first.link} warnings={first.warnings} />
        <div className="copy-row">
          <button
            type="button"
            className="btn btn-primary copy-main"
            onClick={() => {
              pending.copy = 'link';
            }}
            // biome-ignore lint/a11y/noAutofocus: the popup exists to copy this link; Enter copies it
            autoFocus
          >
            <Copy size={16} aria-hidden="true" />
            Copy link
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              pending.copy = 'caption';
            }}
          >
            Copy with caption
          </button>
        </div>
        <p className="sr-only" aria-live="polite" />
        {first.estimate && (
          <Estimate
            text={first.estimate}
            source={first.estimateSource}
            notEarning={first.notEarning}
          />
        )}
      </section>
    </>
  );
}

/** The link itself (selected whole on focus) and its warnings: the first paint's and the link state's. */
export function LinkField({ link, warnings }: { link: string; warnings: readonly string[] }) {
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (field.current) fitLinkField(field.current, link);
  }, [link]);
  return (
    <>
      <label className="sr-only" htmlFor="kinlink-link">
        Your link
      </label>
      <textarea
        ref={field}
        id="kinlink-link"
        className="link-field"
        readOnly
        rows={2}
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      {warnings.map((w) => (
        <p key={w} className="field-warning">
          {w}
        </p>
      ))}
    </>
  );
}

/** "Estimated $0.37 per sale (3% Home)", with where the rate comes from on hover. */
export function Estimate({
  text,
  source,
  notEarning,
}: {
  text: string;
  source: string;
  /** Which purchases do not earn, said in words under the figure (Amazon's rule). */
  notEarning?: string;
}) {
  return (
    <>
      <p
        className="estimate num"
        title={`Estimate from ${source}. Networks pay on the final sale price.`}
      >
        Estimated {text}
      </p>
      {notEarning && <p className="hint estimate-note">{notEarning}</p>}
    </>
  );
}
