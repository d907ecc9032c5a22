import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './popup.css';
import { type FirstView, readFirstView } from '@/lib/first-view';
import { FirstPaint } from './first-paint';
import { PopupFrame } from './header';

// Two steps, so the link shows as fast as a bare page could show it:
// 1. this chunk (React and the link's layout only) draws the view the background made for the
//    tab, read in one session-storage read (lib/first-view.ts);
// 2. the full popup loads right after and takes over with the same layout.
const root = createRoot(document.getElementById('root')!);
void readFirstView()
  .catch(() => null)
  .then((view: FirstView | null) => {
    if (!view) return loadFull(null);
    root.render(
      <PopupFrame>
        <FirstPaint first={view} />
      </PopupFrame>,
    );
    // Only once the link is painted: compiling the full popup would hold the first paint back.
    requestAnimationFrame(() => setTimeout(() => void loadFull(view), 0));
  });

async function loadFull(view: FirstView | null): Promise<void> {
  const { renderFull } = await import('./full');
  renderFull(root, view);
}
