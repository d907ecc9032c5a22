import { type ComponentType, useEffect, useState, useSyncExternalStore } from 'react';
import type { FirstView } from '@/lib/first-view';
import { FirstPaint } from './first-paint';
import { PopupFrame } from './header';

/** What the full popup (its own chunk) hands the shell: its body and when its state is ready. */
export interface FullPopup {
  Body: ComponentType;
  /** Starts loading the tab's state (settings, the link engine). */
  start(): void;
  subscribe(onChange: () => void): () => void;
  isReady(): boolean;
}

const notYet = () => () => {};
const no = () => false;

/**
 * The popup in both its steps, one tree: the background's first view (`first`) is drawn at once
 * and stays — the same nodes, the focus where it was — until the full popup's own state is ready,
 * which then replaces it in one step. A click on the first paint is never lost in between.
 */
export function Popup({
  first,
  full: loaded,
}: {
  first: FirstView | null;
  /** The full part, or how to load it (its own chunk). */
  full: FullPopup | (() => Promise<FullPopup>);
}) {
  const [full, setFull] = useState<FullPopup | null>(typeof loaded === 'function' ? null : loaded);
  useEffect(() => {
    if (typeof loaded !== 'function') return loaded.start();
    const loadFull = loaded;
    let gone = false;
    const go = () =>
      void loadFull().then(
        (parts) => {
          if (gone) return;
          parts.start();
          setFull(parts);
        },
        // A chunk that does not load: shown by the error boundary around, not a popup that waits.
        (error: unknown) =>
          gone ||
          setFull(() => {
            throw error;
          }),
      );
    // Only once the link is painted: compiling the full popup would hold the first paint back.
    if (first) requestAnimationFrame(() => setTimeout(go, 0));
    else go();
    return () => {
      gone = true;
    };
  }, [first, loaded]);
  const ready = useSyncExternalStore(full?.subscribe ?? notYet, full?.isReady ?? no);
  return (
    <PopupFrame busy={!(full && ready)}>
      {full && ready ? <full.Body /> : first ? <FirstPaint first={first} /> : <Skeleton />}
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
