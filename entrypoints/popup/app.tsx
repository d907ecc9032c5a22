import { History, Settings as SettingsIcon } from 'lucide-react';
import { useEffect } from 'react';
import { Logo } from '@/components/Logo';
import { PopupState } from './states';
import { selectView, usePopupStore } from './store';

export function App() {
  const ready = usePopupStore((s) => s.ready);
  const load = usePopupStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="popup">
      <Header />
      <main className="popup-main">{ready ? <Body /> : <Skeleton />}</main>
    </div>
  );
}

function Header() {
  const openOptions = usePopupStore((s) => s.openOptions);
  return (
    <header className="popup-header">
      <div className="brand">
        <Logo size={20} />
        <span>Kinlink</span>
      </div>
      <nav className="header-actions" aria-label="Kinlink">
        <button
          type="button"
          className="icon-btn"
          aria-label="Your links (history)"
          title="Your links"
          onClick={() => void openOptions('links')}
        >
          <History size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-btn"
          aria-label="Settings"
          title="Settings"
          onClick={() => void openOptions('settings')}
        >
          <SettingsIcon size={18} aria-hidden="true" />
        </button>
      </nav>
    </header>
  );
}

/** Holds the frame's size while the tab's state arrives, so nothing jumps. */
function Skeleton() {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label="Loading">
      <div className="skeleton-card" />
      <div className="skeleton-line" />
      <div className="skeleton-line short" />
    </div>
  );
}

function Body() {
  const view = usePopupStore(selectView);
  return <PopupState view={view} />;
}
