import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './popup.css';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { type FirstView, readFirstView } from '@/lib/first-view';
import { Popup } from './shell';

// Two steps, so the link shows as fast as a bare page could show it:
// 1. this chunk (React and the link's layout only) draws the view the background made for the
//    tab, read in one session-storage read (lib/first-view.ts);
// 2. the full popup (./app: the link engine, settings, sharing) loads right after that paint and
//    takes over with the same layout once its state is ready.
const loadFull = () => import('./app').then((m) => m.fullPopup);
const root = createRoot(document.getElementById('root')!);
void readFirstView()
  .catch(() => null)
  .then((first: FirstView | null) =>
    root.render(
      <StrictMode>
        <ErrorBoundary
          fallback={(error, retry) => (
            <div className="state-panel" role="alert">
              <h2>Kinlink could not show this</h2>
              <p className="hint">
                {error.message}. Your links and settings are safe. Try again, or open Settings.
              </p>
              <button type="button" className="btn btn-primary" onClick={retry}>
                Try again
              </button>
            </div>
          )}
        >
          <Popup first={first} full={loadFull} />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
