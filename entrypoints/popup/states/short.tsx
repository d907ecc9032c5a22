import { Link2 } from 'lucide-react';
import { StatePanel } from '@/components/StatePanel';
import type { PopupViewOf } from '@/lib/popup-view';
import { StateNotice } from '../state-notice';
import { usePopupStore } from '../store';

export function ShortState({ view }: { view: PopupViewOf<'short'> }) {
  const busy = usePopupStore((s) => s.busy);
  const expand = usePopupStore((s) => s.expand);
  return (
    <StatePanel
      icon={<Link2 size={28} aria-hidden="true" />}
      headline="This is a short link"
      actions={
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void expand()}
          // biome-ignore lint/a11y/noAutofocus: the one thing to do here; Enter does it
          autoFocus
        >
          {busy ? 'Expanding…' : 'Expand short link'}
        </button>
      }
    >
      <p>
        <code>{view.shortUrl}</code> hides where it goes, and it may already carry someone’s tag.
        Kinlink will open it once (your browser asks you first) and make your link from the shop
        page.
      </p>
      <StateNotice />
    </StatePanel>
  );
}
