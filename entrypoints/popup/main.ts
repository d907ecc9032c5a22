import '@/components/theme.css';
import './popup.css';
import { type FirstView, readFirstView } from '@/lib/first-view';
import { type PlainFirstPaint, paintFirstView } from './first-paint-dom';

// Three steps, so the link shows as fast as a bare page could show it:
// 1. this chunk (a few kilobytes, no React) draws the view the background made for the tab,
//    read in one session-storage read (lib/first-view.ts), with plain DOM calls;
// 2. React (./mount) loads right after that paint, draws the same tree unseen and takes the
//    plain one's place in one step (first-paint-dom.ts, `handOver`);
// 3. the full popup (./app: the link engine, settings, sharing) loads after that and takes over
//    with the same layout once its state is ready (shell.tsx).
const root = document.getElementById('root') as HTMLElement;
const mount = (first: FirstView | null, plain: PlainFirstPaint | null) =>
  import('./mount').then(
    (m) => m.mount(root, first, plain),
    (error: unknown) => {
      // React's chunk did not load: say so where the popup is, never a popup that waits.
      plain?.handOver();
      root.textContent = `Kinlink could not show this (${String(error)}). Close the popup and open it again.`;
      root.setAttribute('role', 'alert');
    },
  );
void readFirstView()
  .catch(() => null)
  .then((first) => {
    if (!first) return void mount(null, null);
    const plain = paintFirstView(first, root);
    // After the browser has painted it: compiling React would hold the paint back.
    requestAnimationFrame(() => setTimeout(() => void mount(first, plain), 0));
  });
