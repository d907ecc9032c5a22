import { History, Settings as SettingsIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Logo } from '@/components/Logo';
import { openOptions } from './open-options';

export function Header() {
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

/** The popup's frame: its header and the state below. */
export function PopupFrame({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  return (
    <div className="popup">
      <Header />
      {/* Busy while the first paint stands in for the full popup (assistive tech waits). */}
      <main className="popup-main" aria-busy={busy}>
        {children}
      </main>
    </div>
  );
}
