import { FileText, Link2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { StatePanel } from '@/components/StatePanel';
import { bareHost } from '@/lib/host';
import type { PopupViewOf } from '@/lib/popup-view';
import { shopDomain } from '@/lib/url';
import { usePopupStore } from '../store';
import { TabProduct } from '../tab-product';

/**
 * No network covers this address. On a product page the product stays in view, with its clean
 * link and, for a shop's own referral programme, a rule; any other page is said to be no product.
 */
export function CleanState({ view }: { view: PopupViewOf<'clean'> }) {
  const copied = usePopupStore((s) => s.copied);
  const copyText = usePopupStore((s) => s.copyText);
  const openOptions = usePopupStore((s) => s.openOptions);
  const url = usePopupStore((s) => s.url);
  const product = usePopupStore((s) => s.product);
  const { host } = view;
  const [shop, setShop] = useState(bareHost(host));
  useEffect(() => {
    if (host) void shopDomain(host).then(setShop, () => {});
  }, [host]);
  const copyButton = view.cleanUrl && (
    <button
      type="button"
      className={`btn ${copied === 'clean' ? 'btn-success' : 'btn-primary'}`}
      onClick={() => void copyText(view.cleanUrl ?? '', 'clean')}
      // biome-ignore lint/a11y/noAutofocus: the state's one main action; Enter copies
      autoFocus
    >
      {copied === 'clean' ? 'Copied' : 'Copy clean link'}
    </button>
  );
  const cleanField = view.cleanUrl && (
    <>
      <label className="label" htmlFor="clean-link">
        Clean link <span className="chip">earns nothing</span>
      </label>
      <textarea id="clean-link" className="link-field" readOnly rows={2} value={view.cleanUrl} />
    </>
  );

  if (!product) {
    return (
      <StatePanel
        icon={<FileText size={28} aria-hidden="true" />}
        headline="This page is not a product"
        actions={copyButton}
      >
        <p>
          Kinlink makes your links to product pages. Here you can copy this page’s address without
          its tracking parameters.
        </p>
        {cleanField}
      </StatePanel>
    );
  }
  return (
    <>
      <TabProduct product={product} shop={shop} />
      <StatePanel
        icon={<Link2 size={28} aria-hidden="true" />}
        headline="No network for this shop yet"
        actions={
          <>
            {copyButton}
            {shop && (
              <button
                type="button"
                className="btn"
                onClick={() =>
                  void openOptions(
                    `settings?rule=${encodeURIComponent(shop)}&try=${encodeURIComponent(url ?? '')}`,
                  )
                }
              >
                Add a rule for {shop}
              </button>
            )}
          </>
        }
      >
        <p>{view.message}</p>
        <p className="hint">
          A rule helps only if {shop || 'the shop'} gave you a referral code. Many shops pay through
          a network instead (Awin, Impact, Rakuten, CJ): join the shop there, then add it in
          Settings.
        </p>
        {cleanField}
      </StatePanel>
    </>
  );
}
