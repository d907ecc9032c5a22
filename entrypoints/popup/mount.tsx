import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import type { FirstView } from '@/lib/first-view';
import type { PlainFirstPaint } from './first-paint-dom';
import { Popup } from './shell';

const loadFull = () => import('./app').then((m) => m.fullPopup);

/**
 * The React popup in `root`: the shell (first paint, then the full popup). Drawn at once
 * (flushSync) when a plain first paint stands in for it, which hands over in the same task.
 */
export function mount(root: HTMLElement, first: FirstView | null, plain: PlainFirstPaint | null) {
  const react = createRoot(root);
  const tree = (
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
    </StrictMode>
  );
  if (!plain) return react.render(tree);
  plain.handOver(() => flushSync(() => react.render(tree)));
}
