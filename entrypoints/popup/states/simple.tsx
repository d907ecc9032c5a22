import { AlertTriangle, Globe } from 'lucide-react';
import { StatePanel } from '@/components/StatePanel';
import type { PopupViewOf } from '@/lib/popup-view';

/** A browser page (chrome://, the new tab, a PDF): nothing to link, said plainly. */
export function BrowserPageState({ view }: { view: PopupViewOf<'browser-page'> }) {
  return (
    <StatePanel icon={<Globe size={28} aria-hidden="true" />} headline={view.headline}>
      <p>{view.detail}</p>
    </StatePanel>
  );
}

/** An address Kinlink cannot read. */
export function ErrorState({ view }: { view: PopupViewOf<'error'> }) {
  return (
    <StatePanel
      tone="danger"
      icon={<AlertTriangle size={28} aria-hidden="true" />}
      headline={view.headline}
    >
      <p>{view.detail}</p>
      <p className="hint">Check the address, or reload the page and try again.</p>
    </StatePanel>
  );
}
