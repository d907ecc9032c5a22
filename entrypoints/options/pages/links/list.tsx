import { elementScroll, useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { getDatabase, type LinkRecord } from '@/lib/db';

import { LinkRow } from './link-row';

const ROW_HEIGHT = 76;

export function VirtualList({
  ids,
  count,
  selected,
  onToggle,
  rateOverrides,
  preloaded,
  live = true,
}: {
  ids: number[];
  /** Records already read (the first screenful): drawn until the rows' own read answers. */
  preloaded?: readonly LinkRecord[];
  /** Rows in the list (more than ids.length while the full list is still loading). */
  count: number;
  selected: Set<number>;
  onToggle: (id: number) => void;
  /** Null until the settings are in: no estimate is shown rather than one made without them. */
  rateOverrides: Record<string, number> | null;
  /** False until the first rows are painted: the preloaded ones are drawn, nothing is read. */
  live?: boolean;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const scrolled = useRef(false);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parent.current,
    estimateSize: (i) => (ids[i] === editing ? ROW_HEIGHT + 230 : ROW_HEIGHT),
    // Rows beyond the window only once the first screenful is painted.
    overscan: live ? 4 : 0,
    // The first screenful is laid out in the first render, before the list is measured: its
    // height is the window's less the page's header (options.css, .virtual-list), so no more
    // rows than it holds are drawn.
    initialRect: { width: window.innerWidth, height: Math.max(320, window.innerHeight - 260) },
    // The list's own size comes from its resize observer, which reports once the browser has
    // laid it out; the library's default first reads it at once, forcing a layout in the middle
    // of React's commit, before anything is painted.
    observeElementRect: (instance, report) => {
      const element = instance.scrollElement;
      if (!element || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() =>
        report({ width: element.clientWidth, height: element.clientHeight }),
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    // On mounting, the library scrolls the new list to where it already is (the top): a write
    // that forces a layout before the first paint too. Every later scroll is done.
    scrollToFn: (offset, options, instance) => {
      const first = !scrolled.current;
      scrolled.current = true;
      if (first && offset === 0 && !options.adjustments) return;
      elementScroll(offset, options, instance);
    },
    // Rows are measured by the resize observer, after the browser's own layout: never by reading
    // a row's size as it mounts (that forces a layout per commit before anything is painted).
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.blockSize);
      const index = instance.indexFromElement(element);
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ROW_HEIGHT;
    },
  });
  const items = virtualizer.getVirtualItems();
  const visibleIds = items.map((i) => ids[i.index]).filter((id): id is number => id !== undefined);
  const key = visibleIds.join(',');
  // Only the rows on screen are read from the database; they refresh live when they change.
  const rows = useLiveQuery(
    async () => (live ? getDatabase().links.bulkGet(visibleIds) : undefined),
    [key, live],
  );
  // The rows' own read wins; the first screenful read with the ids fills in until it answers.
  const byId = new Map(
    [...(preloaded ?? []), ...(rows ?? [])]
      .filter((r): r is LinkRecord => !!r)
      .map((r) => [r.id as number, r]),
  );
  return (
    <div ref={parent} className="virtual-list">
      <ul aria-label="Your links" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const id = ids[item.index];
          const link = id === undefined ? undefined : byId.get(id);
          return (
            <li
              key={id ?? `row-${item.index}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="virtual-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {link && id !== undefined ? (
                <LinkRow
                  link={link}
                  selected={selected.has(id)}
                  onToggle={() => onToggle(id)}
                  editing={editing === id}
                  onEdit={() => setEditing(editing === id ? null : id)}
                  rateOverrides={rateOverrides}
                />
              ) : (
                <div className="row-skeleton" />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
