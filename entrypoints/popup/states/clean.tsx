import { Link2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { StatePanel } from '@/components/StatePanel';
import { bareHost } from '@/lib/host';
import type { PopupViewOf } from '@/lib/popup-view';
import { shopDomain } from '@/lib/url';
import { usePopupStore } from '../store';

export function CleanState({ view }: { view: PopupViewOf<'clean'> }) {
  const copied = usePopupStore((s) => s.copied);
  const copyText = usePopupStore((s) => s.copyText);
  const openOptions = usePopupStore((s) => s.openOptions);
  const { host } = view;
  const [shop, setShop] = useState(bareHost(host));
  useEffect(() => {
    if (host) void shopDomain(host).then(setShop, () => {});
  }, [host]);
  return (
    <StatePanel
      icon={<Link2 size={28} aria-hidden="true" />}
      headline="No network for this shop yet"
      actions={
        <>
          {view.cleanUrl && (
            <button
              type="button"
              className={`btn ${copied === 'clean' ? 'btn-success' : 'btn-primary'}`}
              onClick={() => void copyText(view.cleanUrl ?? '', 'clean')}
            >
              {copied === 'clean' ? 'Copied' : 'Copy clean link'}
            </button>
          )}
          {shop && (
            <button
              type="button"
              className="btn"
              onClick={() => void openOptions(`settings?rule=${encodeURIComponent(shop)}`)}
            >
              Add a rule for {shop}
            </button>
          )}
        </>
      }
    >
      <p>{view.message}</p>
      {view.cleanUrl && (
        <>
          <label className="label" htmlFor="clean-link">
            Clean link <span className="chip">earns nothing</span>
          </label>
          <textarea
            id="clean-link"
            className="link-field"
            readOnly
            rows={2}
            value={view.cleanUrl}
          />
        </>
      )}
    </StatePanel>
  );
}
