import { useLiveQuery } from 'dexie-react-hooks';
import { Download, Search, Trash2 } from 'lucide-react';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { addToCollection, createCollection } from '@/lib/collections';
import { getDatabase, type LinkRecord } from '@/lib/db';
import { deleteLinks, restoreLinks } from '@/lib/history';
import { LIMITS } from '@/lib/limits';
import { filterChoices, type LinkFilters, queryLinkIds, queryWords } from '@/lib/link-query';
import { networkLabel } from '@/lib/networks';
import { hasAnyNetwork } from '@/lib/popup-view';
import { saveFile } from '@/lib/save-file';
import { type LoadedIndex, loadSearchIndex } from '@/lib/search-index';
import { SHARE_CHANNELS } from '@/lib/settings-base';
import { channelLabel } from '@/lib/share';
import { counted } from '@/lib/text';
import { useOptionsStore } from '../../store';
import { dropEarlyRows, earlyRows, markFirstRowsPainted, readFirstRows } from './first-rows';
import { type Removed, UndoContext } from './link-editor';
import { VirtualList } from './list';

export function LinksPage() {
  const db = getDatabase();
  const rateOverrides = useOptionsStore((s) => s.settings.rateOverrides);
  const configured = useOptionsStore((s) => hasAnyNetwork(s.settings));
  // This page is drawn before the settings are in (routes.tsx, `early`): what depends on them
  // (estimates, the set-up hint) shows once they are, a moment later.
  const loaded = useOptionsStore((s) => s.loaded);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<LinkFilters>({ sort: 'newest' });
  const deferredText = useDeferredValue(text);
  const query = useMemo(
    () => ({ ...filters, text: deferredText, rateOverrides }),
    [filters, deferredText, rateOverrides],
  );
  // The first screenful straight from the newest end of the table, before anything else: with
  // 100,000 links the page shows rows at once instead of waiting for every key and count.
  // Whole records, so the rows draw from them at once (no second read).
  // Read as the page loaded, if it was opened on this page (first-rows.ts), else from here.
  const [early] = useState(earlyRows);
  const [earlyRecords, setEarlyRecords] = useState(early?.rows);
  const [earlyFailed, setEarlyFailed] = useState(false);
  // Waits on the read itself, never on whether `early.rows` was filled: the read can answer
  // between this page's first render and this effect, and the rows must show all the same.
  useEffect(() => {
    if (early && !earlyRecords)
      void early.read.then((rows) => (rows ? setEarlyRecords(rows) : setEarlyFailed(true)));
  }, [early, earlyRecords]);
  // The full order, the count and the list's full length wait until the first screenful is
  // painted, so none of them delays the rows (the saved search index loads beside them, below).
  const [painted, setPainted] = useState(false);
  // The page's own live read (Dexie opening the database) waits for the early rows to be painted.
  const ownRead = !early || painted || earlyFailed;
  const liveRecords = useLiveQuery(() => (ownRead ? readFirstRows() : undefined), [ownRead]);
  useEffect(() => {
    if (liveRecords) dropEarlyRows();
  }, [liveRecords]);
  const firstRecords = liveRecords ?? earlyRecords;
  const firstPage = useMemo(() => firstRecords?.map((l) => l.id as number), [firstRecords]);
  useEffect(() => {
    if (firstRecords === undefined || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstRecords, painted]);
  const started = painted;
  useEffect(() => {
    if (painted) markFirstRowsPainted();
  }, [painted]);
  // Deletions and undos made on this page (the fingerprint below does not see a deletion).
  const [deletions, setDeletions] = useState(0);
  // A cheap fingerprint of the table: the last write (the database stamps each) and the last id.
  // Everything below catches up when it moves, writes by the background (the popup saving a
  // link) included. No count here: counting 100,000 links is a scan.
  const stamp = useLiveQuery(async () => {
    if (!started) return undefined;
    const [touched, top] = await Promise.all([
      db.links.orderBy('touchedAt').last(),
      db.links.orderBy(':id').lastKey(),
    ]);
    return `${touched?.touchedAt ?? 0}:${String(top ?? 0)}`;
  }, [started]);
  const stampKey = stamp === undefined ? '' : `${stamp}:${deletions}`;
  // Search, the count and the unfiltered order come from the saved word index
  // (lib/search-index.ts), loaded at once and caught up with every write since. Only while it is
  // first built does IndexedDB answer.
  const [wordIndex, setWordIndex] = useState<(LoadedIndex & { stamp: string }) | null>(null);
  const [building, setBuilding] = useState(false);
  // The true count, read after the index is in memory (off the way of the first rows and the
  // first keystroke); a different size makes the index compare every id once.
  const [count, setCount] = useState<number | undefined>(undefined);
  const haveIndex = wordIndex !== null;
  useEffect(() => {
    if (!started || !stampKey || !(haveIndex || building)) return;
    let cancelled = false;
    void db.links.count().then((n) => {
      if (!cancelled) setCount(n);
    });
    return () => {
      cancelled = true;
    };
  }, [db, started, haveIndex, building, stampKey]);
  // One load at a time, each catching up from the one before (never two full builds at once).
  const loading = useRef<Promise<LoadedIndex | null>>(Promise.resolve(null));
  const wordIndexLoaded = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    // The saved index loads at once, beside the first rows (one record; ready about when they
    // are); building it from every link, when nothing is saved, waits until they are painted.
    // Loads run one after another, so the last one to answer is the newest: each is shown (one
    // started before the rows were painted is not dropped because they since were).
    loading.current = loading.current.then((previous) =>
      loadSearchIndex(db, previous, {
        count,
        onBuilding: () => setBuilding(true),
        build: started,
      }).then(
        (next) => {
          if (!next) return previous;
          // A mark the bench reads (when the index was ready, against the first keystroke).
          if (!wordIndexLoaded.current) performance.mark('kinlink:search-index');
          wordIndexLoaded.current = true;
          if (mounted.current) setWordIndex({ ...next, stamp: stampKey });
          return next;
        },
        () => {
          // The index could not be read: IndexedDB answers, as while it is first built.
          setBuilding(true);
          return previous;
        },
      ),
    );
  }, [db, started, stampKey, count]);
  // The index loaded at opening serves until the table's fingerprint is known.
  const freshIndex =
    wordIndex && (wordIndex.stamp === stampKey || wordIndex.stamp === '') ? wordIndex.index : null;
  // The full length (100,000 rows for the list to lay out) only once the first rows are painted.
  const total =
    (started ? (freshIndex?.size ?? count) : undefined) ??
    (firstPage?.length === 0 ? 0 : undefined);
  // A search typed before the saved index is in memory waits for it (tens of milliseconds)
  // rather than scanning IndexedDB's words index (seconds at 100,000 links).
  const waitForIndex = !freshIndex && !building;
  // Words only (the common search), newest or oldest first: answered from memory in this render,
  // from the text as typed (no deferred pass, no database round trip).
  const sort = filters.sort ?? 'newest';
  const noFilter =
    !filters.networkId &&
    !filters.shop &&
    !filters.channel &&
    filters.collectionId === undefined &&
    filters.from === undefined &&
    filters.to === undefined;
  const wordsOnly = noFilter && (sort === 'newest' || sort === 'oldest');
  const inMemory = useMemo(() => {
    const words = queryWords(text);
    return freshIndex && wordsOnly && words.length > 0
      ? { ids: freshIndex.search(words, sort === 'oldest'), text }
      : undefined;
  }, [freshIndex, wordsOnly, text, sort]);
  const queried = useLiveQuery(
    async () =>
      started && !waitForIndex && !inMemory
        ? { ids: await queryLinkIds(db, query, freshIndex), text: query.text }
        : undefined,
    [started, waitForIndex, inMemory === undefined, query, stampKey, freshIndex],
  );
  const answer = inMemory ?? queried;
  const ids = answer?.ids;
  const unfiltered = noFilter && !deferredText && sort === 'newest';
  const shownIds = ids ?? (unfiltered ? firstPage : undefined);
  // The filter menus' choices are read once the list is on screen (they scan two indexes).
  const listReady = ids !== undefined;
  const choices = useLiveQuery(
    async () => (listReady ? filterChoices(db) : undefined),
    [total, listReady],
  ) ?? {
    networks: [],
    shops: [],
  };
  const collections =
    useLiveQuery(async () => (painted ? db.collections.toArray() : undefined), [painted]) ?? [];
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [undo, setUndo] = useState<Awaited<ReturnType<typeof deleteLinks>> | null>(null);
  // "New collection…" chosen for the selected links: its name is asked in a dialog.
  const [naming, setNaming] = useState(false);
  // What the last "add to collection" did, said where the selection was.
  const [added, setAdded] = useState('');

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(t);
  }, [undo]);

  // The CSV writer (and the parser it brings) loads when asked for, not with the page.
  const exportCsv = async (name: string, linkIds: readonly number[]) => {
    const [{ linksToCsv }, rows] = await Promise.all([
      import('@/lib/data-transfer'),
      db.links.bulkGet([...linkIds]),
    ]);
    const links = rows.filter((l): l is LinkRecord => !!l);
    saveFile(name, linksToCsv(links, rateOverrides), 'text/csv');
  };
  const set = (patch: Partial<LinkFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const selectedIds = [...selected];
  const offerUndo = (removed: Removed) => {
    setUndo(removed);
    setDeletions((n) => n + 1);
  };

  // Shown on the empty page too: deleting the last link can still be undone.
  const toast = undo && (
    <output className="toast">
      Deleted {counted(undo.links.length, 'link', 'links')}.
      <button
        type="button"
        className="btn btn-small"
        onClick={async () => {
          await restoreLinks(db, undo);
          setUndo(null);
          setDeletions((n) => n + 1);
        }}
      >
        Undo
      </button>
    </output>
  );

  if (total === 0) {
    return (
      <div className="page">
        <header className="page-header">
          <h1>Links</h1>
        </header>
        <div className="empty">
          <h2>No links yet</h2>
          <p>
            Open a product page in any shop and click the Kinlink icon: every link you copy or share
            appears here.
          </p>
          {/* Right after setup there is nothing to set up: the next step is a shop page. */}
          {loaded && !configured && (
            <a className="btn btn-primary" href="#/settings">
              Set up your networks
            </a>
          )}
        </div>
        {toast}
      </div>
    );
  }

  return (
    <UndoContext.Provider value={offerUndo}>
      <div className="page page-links">
        <header className="page-header">
          <h1>Links</h1>
          <div className="search">
            <Search size={16} aria-hidden="true" />
            <input
              type="search"
              className="input"
              aria-label="Search links"
              placeholder="Search title, shop, URL, tracking ID, notes…"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <button
            type="button"
            className="btn"
            onClick={() => void exportCsv('kinlink-links.csv', ids ?? [])}
          >
            <Download size={16} aria-hidden="true" /> Export CSV
          </button>
        </header>
        <fieldset className="filters">
          <legend className="sr-only">Filters</legend>
          <select
            className="input"
            aria-label="Network"
            value={filters.networkId ?? ''}
            onChange={(e) => set({ networkId: e.target.value || undefined })}
          >
            <option value="">All networks</option>
            {choices.networks.map((n) => (
              <option key={n} value={n}>
                {networkLabel(n)}
              </option>
            ))}
          </select>
          <select
            className="input"
            aria-label="Shop"
            value={filters.shop ?? ''}
            onChange={(e) => set({ shop: e.target.value || undefined })}
          >
            <option value="">All shops</option>
            {choices.shops.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <select
            className="input"
            aria-label="Collection"
            value={filters.collectionId ?? ''}
            onChange={(e) =>
              set({ collectionId: e.target.value ? Number(e.target.value) : undefined })
            }
          >
            <option value="">All collections</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <select
            className="input"
            aria-label="Channel"
            value={filters.channel ?? ''}
            onChange={(e) => set({ channel: e.target.value || undefined })}
          >
            <option value="">All channels</option>
            {SHARE_CHANNELS.filter((c) => c !== 'copy').map((c) => (
              <option key={c} value={c}>
                Shared to {channelLabel(c)}
              </option>
            ))}
          </select>
          <label className="date-filter">
            <span className="sr-only">From date</span>
            <input
              type="date"
              className="input"
              aria-label="From date"
              onChange={(e) =>
                set({
                  from: e.target.value ? new Date(`${e.target.value}T00:00`).getTime() : undefined,
                })
              }
            />
          </label>
          <label className="date-filter">
            <span className="sr-only">To date</span>
            <input
              type="date"
              className="input"
              aria-label="To date"
              onChange={(e) =>
                set({
                  to: e.target.value
                    ? new Date(`${e.target.value}T23:59:59.999`).getTime()
                    : undefined,
                })
              }
            />
          </label>
          <select
            className="input"
            aria-label="Sort"
            value={filters.sort}
            onChange={(e) => set({ sort: e.target.value as LinkFilters['sort'] })}
          >
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="activity">Recently used</option>
            <option value="copies">Most copied and shared</option>
            <option value="estimate">Highest estimate</option>
          </select>
        </fieldset>

        <div
          className="list-bar"
          data-search={freshIndex ? 'memory' : 'database'}
          data-results-for={answer?.text ?? ''}
        >
          <span className="hint num" aria-live="polite">
            {ids === undefined
              ? 'Searching…'
              : `${ids.length.toLocaleString()} of ${counted(total ?? 0, 'link', 'links')}`}
          </span>
          {selected.size > 0 && (
            <fieldset className="bulk">
              <legend className="sr-only">Selected links</legend>
              <span>{selected.size} selected</span>
              <select
                className="input"
                aria-label="Add selected to collection"
                value=""
                onChange={async (e) => {
                  if (e.target.value === 'new') return setNaming(true);
                  const chosen = collections.find((c) => c.id === Number(e.target.value));
                  if (!chosen?.id) return;
                  await addToCollection(db, chosen.id, selectedIds);
                  setAdded(
                    `${counted(selectedIds.length, 'link', 'links')} added to “${chosen.name}”.`,
                  );
                  setSelected(new Set());
                }}
              >
                <option value="">Add to collection…</option>
                {collections.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
                <option value="new">New collection…</option>
              </select>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => void exportCsv('kinlink-selected-links.csv', selectedIds)}
              >
                <Download size={14} aria-hidden="true" /> Export
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={async () => {
                  offerUndo(await deleteLinks(db, selectedIds));
                  setSelected(new Set());
                }}
              >
                <Trash2 size={14} aria-hidden="true" /> Delete
              </button>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                onClick={() => setSelected(new Set())}
              >
                Clear selection
              </button>
            </fieldset>
          )}
        </div>

        {ids && ids.length === 0 ? (
          <div className="empty">
            <h2>No links match</h2>
            <p>Try fewer words or clear a filter.</p>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setText('');
                setFilters({ sort: filters.sort });
              }}
            >
              Clear search and filters
            </button>
          </div>
        ) : (
          <VirtualList
            ids={shownIds ?? []}
            preloaded={firstRecords}
            count={
              ids === undefined && unfiltered
                ? (total ?? firstPage?.length ?? 0)
                : (shownIds?.length ?? 0)
            }
            selected={selected}
            onToggle={(id) =>
              setSelected((s) => {
                const next = new Set(s);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                return next;
              })
            }
            rateOverrides={loaded ? rateOverrides : null}
            live={started}
          />
        )}
        {toast}
        <output className="hint" aria-live="polite">
          {selected.size === 0 && added}
        </output>
        {naming && (
          <Dialog
            label="New collection"
            className="confirm-dialog"
            onClose={() => setNaming(false)}
          >
            <form
              className="stack-form"
              onSubmit={async (e) => {
                e.preventDefault();
                const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
                if (!name) return;
                await createCollection(db, name, selectedIds);
                setAdded(`${counted(selectedIds.length, 'link', 'links')} added to “${name}”.`);
                setSelected(new Set());
                setNaming(false);
              }}
            >
              <h2>New collection</h2>
              <div className="field">
                <label htmlFor="new-collection-name">Name</label>
                <input
                  id="new-collection-name"
                  name="name"
                  className="input"
                  placeholder="Summer picks"
                  maxLength={LIMITS.collectionName}
                  required
                  // Spaces alone are no name: the browser says so instead of nothing happening.
                  pattern=".*\S.*"
                  title="A name with at least one letter or digit"
                  autoFocus
                />
              </div>
              <div className="row-actions">
                <button type="submit" className="btn btn-primary">
                  Create and add {counted(selectedIds.length, 'link', 'links')}
                </button>
                <button type="button" className="btn" onClick={() => setNaming(false)}>
                  Cancel
                </button>
              </div>
            </form>
          </Dialog>
        )}
      </div>
    </UndoContext.Provider>
  );
}
