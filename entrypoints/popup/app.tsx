import { useEffect } from 'react';
import type { FirstView } from '@/lib/first-view';
import { FirstPaint } from './first-paint';
import { PopupFrame } from './header';
import { PopupState } from './states';
import { selectView, usePopupStore } from './store';

/** `first`: what the background made for this tab, shown until the popup's own state is ready. */
export function App({ first = null }: { first?: FirstView | null }) {
  const ready = usePopupStore((s) => s.ready);
  const load = usePopupStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <PopupFrame>
      {ready ? <Body /> : first ? <FirstPaint first={first} /> : <Skeleton />}
    </PopupFrame>
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
