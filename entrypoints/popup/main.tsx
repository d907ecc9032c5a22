import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './popup.css';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App } from './app';

createRoot(document.getElementById('root')!).render(
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
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
