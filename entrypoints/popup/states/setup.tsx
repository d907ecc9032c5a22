import { Link2 } from 'lucide-react';
import { SetupInline } from '@/components/SetupInline';
import { StatePanel } from '@/components/StatePanel';
import { bareHost } from '@/lib/host';
import { networkLabel } from '@/lib/networks';
import type { PopupViewOf } from '@/lib/popup-view';
import { StateNotice } from '../state-notice';
import { usePopupStore } from '../store';
import { TabProduct } from '../tab-product';

export function SetupState({ view }: { view: PopupViewOf<'needs-setup'> }) {
  const saveSetup = usePopupStore((s) => s.saveSetup);
  const openOptions = usePopupStore((s) => s.openOptions);
  const copyText = usePopupStore((s) => s.copyText);
  const copied = usePopupStore((s) => s.copied);
  const product = usePopupStore((s) => s.product);
  const { result, firstRun } = view;
  const label = networkLabel(result.networkId);
  const inline =
    result.networkId === 'amazon' && result.marketplace
      ? ({ networkId: 'amazon', marketplace: result.marketplace } as const)
      : result.networkId === 'ebay'
        ? ({ networkId: 'ebay' } as const)
        : null;
  // A known store without the user's id yet: say which store, in the words of the task.
  const headline = firstRun
    ? `Make your first link: set up ${label}`
    : result.networkId === 'amazon' && result.marketplace
      ? `Add your ${result.marketplace} tracking ID`
      : `Set up ${label} for this shop`;
  return (
    <>
      {product && (
        <TabProduct product={product} shop={bareHost(new URL(product.canonicalUrl).hostname)} />
      )}
      <StatePanel
        icon={<Link2 size={28} aria-hidden="true" />}
        headline={headline}
        actions={
          <>
            <button
              type="button"
              className="btn"
              onClick={() => void copyText(result.cleanUrl, 'clean')}
              // biome-ignore lint/a11y/noAutofocus: without a field to fill, copying is what is left
              autoFocus={!inline}
            >
              {copied === 'clean' ? 'Copied' : 'Copy plain link'}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void openOptions(firstRun ? 'welcome' : 'settings')}
            >
              Open settings
            </button>
          </>
        }
      >
        <p>{result.message}</p>
        {inline && (
          <SetupInline
            key={result.networkId + (result.marketplace ?? '')}
            request={inline}
            onSave={(value) => saveSetup(inline.networkId, value, result.marketplace)}
          />
        )}
        <StateNotice />
      </StatePanel>
    </>
  );
}
