import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import type { FirstView } from '@/lib/first-view';
import { App } from './app';

/** The whole popup (its own chunk: the link engine, settings, sharing), taking over the root. */
export function renderFull(root: Root, first: FirstView | null): void {
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
        <App first={first} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
