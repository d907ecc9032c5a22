import { AlertTriangle } from 'lucide-react';
import { useState } from 'react';
import { StatePanel } from '@/components/StatePanel';
import type { PopupViewOf } from '@/lib/popup-view';
import { usePopupStore } from '../store';

export function ForeignState({ view }: { view: PopupViewOf<'foreign'> }) {
  // Asking before replacing someone's tag is this state's own business.
  const [confirming, setConfirming] = useState(false);
  const { setOptions, copyText } = usePopupStore.getState();
  const copied = usePopupStore((s) => s.copied);
  const url = usePopupStore((s) => s.url);
  const { result } = view;
  return (
    <StatePanel
      tone="warning"
      icon={<AlertTriangle size={28} aria-hidden="true" />}
      headline="This link already earns for someone else"
      actions={
        confirming ? (
          <>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => setOptions({ replaceForeignTag: true })}
            >
              Yes, use my link instead
            </button>
            {/* biome-ignore lint/a11y/noAutofocus: a confirmation puts the focus on its safe choice */}
            <button type="button" className="btn" autoFocus onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn btn-primary" onClick={() => setConfirming(true)}>
              Replace their tag with mine
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => url && void copyText(url, 'clean')}
              // biome-ignore lint/a11y/noAutofocus: the safe choice (their link, as it is) is where Enter goes
              autoFocus
            >
              {copied === 'clean' ? 'Copied' : 'Keep their link'}
            </button>
          </>
        )
      }
    >
      <p>
        It carries <code>{result.marker}</code>
        {result.owner ? (
          <>
            {' '}
            — it belongs to <strong>{result.owner}</strong>
          </>
        ) : null}
        . Whoever shared it earns if someone buys through it.
      </p>
      {confirming && (
        <p className="notice notice-warning" role="alert">
          Replacing it takes their credit for this share. Do it only if the recommendation is yours.
        </p>
      )}
    </StatePanel>
  );
}
