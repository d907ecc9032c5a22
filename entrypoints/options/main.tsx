import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './options.css';
import { App } from './app';
import { readFirstRowsEarly } from './pages/links/first-rows';
import { DEFAULT_ROUTE } from './routes';
import { readHash, useOptionsStore } from './store';

// The links page's first rows, whose read the page's first script started (options-early.ts), are
// picked up before React draws anything; the settings load once those rows are painted (the
// links page does not wait for them).
if (readHash().route === DEFAULT_ROUTE) readFirstRowsEarly();
void useOptionsStore.getState().init();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
