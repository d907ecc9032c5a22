import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './options.css';
import { App } from './app';
import { readFirstRowsEarly } from './pages/links/first-rows';
import { DEFAULT_ROUTE } from './routes';
import { readHash, useOptionsStore } from './store';

// The first rows of the links page are read before React has drawn anything, straight from
// IndexedDB; the settings load beside them (the links page does not wait for them).
// (The read starts first: the settings wait for the rows it brings.)
if (readHash().route === DEFAULT_ROUTE) readFirstRowsEarly();
void useOptionsStore.getState().init();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
