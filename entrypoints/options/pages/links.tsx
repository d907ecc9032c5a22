import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { Check, Copy, Download, ExternalLink, Pencil, Search, Trash2 } from 'lucide-react';
import {
  createContext,
  memo,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { browser } from 'wxt/browser';
import { Thumb } from '@/components/Thumb';
import { addToCollection } from '@/lib/collections';
import { linksToCsv } from '@/lib/data-transfer';
import { getDatabase, type LinkRecord } from '@/lib/db';
import { estimateCommission, formatEstimate, formatMoney } from '@/lib/earnings';
import { deleteLinks, restoreLinks, totalShares, updateLinkDetails } from '@/lib/history';
import { LIMITS } from '@/lib/limits';
import {
  buildWordIndex,
  filterChoices,
  type LinkFilters,
  queryLinkIds,
  type WordIndex,
} from '@/lib/link-query';
import { sendMessage } from '@/lib/messages';
import { networkLabel } from '@/lib/networks';
import { pictureSource } from '@/lib/pictures';
import { saveFile } from '@/lib/save-file';
import { SHARE_CHANNELS } from '@/lib/settings';
import { blockedReason, buildCaption, draftFrom, SHARE_TARGETS } from '@/lib/share';
import { checkTags } from '@/lib/validate';
import { useOptionsStore } from '../store';

const ROW_HEIGHT = 76;

export function LinksPage() {
  const db = getDatabase();
  const rateOverrides = useOptionsStore((s) => s.settings.rateOverrides);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<LinkFilters>({ sort: 'newest' });
  const deferredText = useDeferredValue(text);
  const query = useMemo(
    () => ({ ...filters, text: deferredText, rateOverrides }),
    [filters, deferredText, rateOverrides],
  );
  // The first screenful straight from the newest end of the table, before anything else: with
  // 100,000 links the page shows rows at once instead of waiting for every key and count.
  const firstPage = useLiveQuery(
    () => db.links.orderBy(':id').reverse().limit(40).primaryKeys(),
    [],
  ) as number[] | undefined;
  const started = firstPage !== undefined;
  // A cheap fingerprint of the table (count, last change): the id query re-runs whenever it moves,
  // including writes made by the background (the popup saving a link) while this page is open.
  const stamp = useLiveQuery(async () => {
    if (!started) return undefined;
    const [count, last] = await Promise.all([
      db.links.count(),
      db.links.orderBy('updatedAt').last(),
    ]);
    return { count, last: last?.updatedAt ?? 0 };
  }, [started]);
  const total = stamp?.count ?? (firstPage?.length === 0 ? 0 : undefined);
  // Search runs in memory once the word index is built (in the background, after the first
  // rows); it is rebuilt whenever the table changes, and IndexedDB answers meanwhile.
  const stampKey = stamp ? `${stamp.count}:${stamp.last}` : '';
  const [wordIndex, setWordIndex] = useState<{ index: WordIndex; stamp: string } | null>(null);
  useEffect(() => {
    if (!stampKey) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      buildWordIndex(db).then(
        (index) => {
          if (!cancelled) setWordIndex({ index, stamp: stampKey });
        },
        () => {},
      );
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [db, stampKey]);
  const freshIndex = wordIndex?.stamp === stampKey ? wordIndex.index : null;
  const ids = useLiveQuery(
    async () => (started ? queryLinkIds(db, query, freshIndex) : undefined),
    [started, query, stamp?.count, stamp?.last, freshIndex],
  );
  const unfiltered =
    !deferredText &&
    !filters.networkId &&
    !filters.shop &&
    !filters.channel &&
    filters.collectionId === undefined &&
    filters.from === undefined &&
    filters.to === undefined &&
    (filters.sort ?? 'newest') === 'newest';
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
  const collections = useLiveQuery(() => db.collections.toArray(), []) ?? [];
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [undo, setUndo] = useState<Awaited<ReturnType<typeof deleteLinks>> | null>(null);

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(t);
  }, [undo]);

  const set = (patch: Partial<LinkFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const selectedIds = [...selected];
  const offerUndo = (removed: Removed) => setUndo(removed);

  // Shown on the empty page too: deleting the last link can still be undone.
  const toast = undo && (
    <output className="toast">
      Deleted {undo.links.length} {undo.links.length === 1 ? 'link' : 'links'}.
      <button
        type="button"
        className="btn btn-small"
        onClick={async () => {
          await restoreLinks(db, undo);
          setUndo(null);
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
          <a className="btn btn-primary" href="#/settings">
            Set up your networks
          </a>
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
            onClick={async () => {
              const rows = (await db.links.bulkGet(ids ?? [])).filter((l): l is LinkRecord => !!l);
              saveFile('kinlink-links.csv', linksToCsv(rows, rateOverrides), 'text/csv');
            }}
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
                Shared to {c}
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

        <div className="list-bar" data-search={freshIndex ? 'memory' : 'database'}>
          <span className="hint num" aria-live="polite">
            {ids === undefined
              ? 'Searching…'
              : `${ids.length.toLocaleString()} of ${(total ?? 0).toLocaleString()} links`}
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
                  const cid = Number(e.target.value);
                  if (!cid) return;
                  await addToCollection(db, cid, selectedIds);
                  setSelected(new Set());
                }}
              >
                <option value="">Add to collection…</option>
                {collections.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="btn btn-small"
                onClick={async () => {
                  const rows = (await db.links.bulkGet(selectedIds)).filter(
                    (l): l is LinkRecord => !!l,
                  );
                  saveFile(
                    'kinlink-selected-links.csv',
                    linksToCsv(rows, rateOverrides),
                    'text/csv',
                  );
                }}
              >
                <Download size={14} aria-hidden="true" /> Export
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={async () => {
                  const removed = await deleteLinks(db, selectedIds);
                  setUndo(removed);
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
            rateOverrides={rateOverrides}
          />
        )}
        {toast}
      </div>
    </UndoContext.Provider>
  );
}

function VirtualList({
  ids,
  count,
  selected,
  onToggle,
  rateOverrides,
}: {
  ids: number[];
  /** Rows in the list (more than ids.length while the full list is still loading). */
  count: number;
  selected: Set<number>;
  onToggle: (id: number) => void;
  rateOverrides: Record<string, number>;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parent.current,
    estimateSize: (i) => (ids[i] === editing ? ROW_HEIGHT + 150 : ROW_HEIGHT),
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const visibleIds = items.map((i) => ids[i.index]).filter((id): id is number => id !== undefined);
  const key = visibleIds.join(',');
  // Only the rows on screen are read from the database; they refresh live when they change.
  const rows = useLiveQuery(() => getDatabase().links.bulkGet(visibleIds), [key]);
  const byId = new Map(
    (rows ?? []).filter((r): r is LinkRecord => !!r).map((r) => [r.id as number, r]),
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

const LinkRow = memo(function LinkRow({
  link,
  selected,
  onToggle,
  editing,
  onEdit,
  rateOverrides,
}: {
  link: LinkRecord;
  selected: boolean;
  onToggle: () => void;
  editing: boolean;
  onEdit: () => void;
  rateOverrides: Record<string, number>;
}) {
  const showPictures = useOptionsStore((s) => s.settings.showPictures);
  const [copied, setCopied] = useState(false);
  const estimate = estimateCommission(link.product, link.networkId, rateOverrides);
  const title = link.product.title ?? link.canonicalUrl;
  return (
    <article className={`link-row ${selected ? 'selected' : ''}`} aria-label={title}>
      <input
        type="checkbox"
        checked={selected}
        onChange={onToggle}
        aria-label={`Select ${title}`}
      />
      <Thumb className="thumb" src={pictureSource(link.product.image, showPictures)} size={16} />
      <div className="row-main">
        <div className="row-title" title={title}>
          {title}
        </div>
        <div className="row-meta hint num">
          {link.shop} · {networkLabel(link.networkId)}
          {link.trackingId && ` · ${link.trackingId}`} · copied {link.copyCount} · shared{' '}
          {totalShares(link)}
          {estimate?.amount !== undefined && ` · est. ${formatEstimate(estimate)}`}
          {link.actual &&
            ` · recorded ${link.actual.sales} sales, ${formatMoney(link.actual.earnings, link.actual.currency)}`}
        </div>
      </div>
      <div className="row-side num">
        {link.product.price !== undefined && (
          <strong>{formatMoney(link.product.price, link.product.currency)}</strong>
        )}
        <time className="hint" dateTime={new Date(link.createdAt).toISOString()}>
          {new Date(link.createdAt).toLocaleDateString()}
        </time>
      </div>
      <div className="row-actions">
        <button
          type="button"
          className="icon-btn"
          aria-label={copied ? 'Copied' : `Copy link for ${title}`}
          title="Copy link"
          onClick={async () => {
            await navigator.clipboard.writeText(link.affiliateUrl);
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
            await sendMessage('recordAction', {
              link: draftFrom(link),
              kind: 'copy',
              channel: 'copy',
            }).catch(() => {});
          }}
        >
          {copied ? <Check size={16} aria-hidden="true" /> : <Copy size={16} aria-hidden="true" />}
        </button>
        <a
          className="icon-btn"
          href={link.affiliateUrl}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`Open ${title}`}
          title="Open the product"
        >
          <ExternalLink size={16} aria-hidden="true" />
        </a>
        <button
          type="button"
          className="icon-btn"
          aria-label={`Edit notes and sales for ${title}`}
          aria-expanded={editing}
          title="Notes, tags, sales"
          onClick={onEdit}
        >
          <Pencil size={16} aria-hidden="true" />
        </button>
        <ShareAgain link={link} title={title} />
      </div>
      {editing && <LinkEditor link={link} onDone={onEdit} />}
    </article>
  );
});

/** Share a saved link again: the channels its network allows, with the caption from Settings. */
function ShareAgain({ link, title }: { link: LinkRecord; title: string }) {
  const settings = useOptionsStore((s) => s.settings);
  const targets = SHARE_TARGETS.filter((t) => t.intent && !blockedReason(link.networkId, t.id));
  return (
    <select
      className="input share-again"
      aria-label={`Share ${title} again`}
      value=""
      onChange={async (e) => {
        const target = targets.find((t) => t.id === e.target.value);
        if (!target?.intent) return;
        const caption = buildCaption(settings.caption.template, {
          title: link.product.title,
          price: link.product.price,
          currency: link.product.currency,
          link: link.affiliateUrl,
          disclosure: settings.caption.disclosure,
        });
        await browser.tabs.create({
          url: target.intent({ url: link.affiliateUrl, caption, title, image: link.product.image }),
        });
        await sendMessage('recordAction', {
          link: draftFrom(link),
          kind: 'share',
          channel: target.id,
        }).catch(() => {});
      }}
    >
      <option value="">Share…</option>
      {targets.map((t) => (
        <option key={t.id} value={t.id}>
          {t.label}
        </option>
      ))}
    </select>
  );
}

type Removed = Awaited<ReturnType<typeof deleteLinks>>;
/** Where a deletion made anywhere on the page offers its undo (the page's toast). */
const UndoContext = createContext<(removed: Removed) => void>(() => {});

function LinkEditor({ link, onDone }: { link: LinkRecord; onDone: () => void }) {
  const offerUndo = useContext(UndoContext);
  const [notes, setNotes] = useState(link.notes);
  const [tags, setTags] = useState(link.tags.join(', '));
  const [sales, setSales] = useState(String(link.actual?.sales ?? ''));
  const [earnings, setEarnings] = useState(String(link.actual?.earnings ?? ''));
  const tagCheck = checkTags(tags);
  // Earnings can be below zero (refunds in a report); sales cannot.
  const validNumbers =
    (sales === '' || (Number.isInteger(Number(sales)) && Number(sales) >= 0)) &&
    (earnings === '' || Number.isFinite(Number(earnings)));
  const valid = validNumbers && !tagCheck.error;
  return (
    <form
      className="link-editor"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid) return;
        await updateLinkDetails(getDatabase(), link.id as number, {
          notes,
          tags: tagCheck.tags,
          actual:
            sales === '' && earnings === ''
              ? undefined
              : {
                  sales: Number(sales || 0),
                  earnings: Number(earnings || 0),
                  currency: link.product.currency,
                },
        });
        onDone();
      }}
    >
      <label>
        <span className="label">Notes</span>
        <input
          className="input"
          value={notes}
          maxLength={LIMITS.notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </label>
      <label>
        <span className="label">Tags (comma separated)</span>
        <input
          className="input"
          value={tags}
          aria-invalid={tagCheck.error ? true : undefined}
          onChange={(e) => setTags(e.target.value)}
        />
      </label>
      {tagCheck.error && <span className="field-error">{tagCheck.error}</span>}
      <label>
        <span className="label">Sales recorded</span>
        <input
          className="input num"
          inputMode="numeric"
          value={sales}
          onChange={(e) => setSales(e.target.value)}
        />
      </label>
      <label>
        <span className="label">Earnings reported</span>
        <input
          className="input num"
          inputMode="decimal"
          value={earnings}
          onChange={(e) => setEarnings(e.target.value)}
        />
      </label>
      {!validNumbers && (
        <span className="field-error">
          Sales are whole numbers of 0 or more; earnings a number (below 0 after refunds).
        </span>
      )}
      <div className="row-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={!valid}>
          Save
        </button>
        <button
          type="button"
          className="btn btn-small btn-danger"
          onClick={async () => {
            // Offered back at once (Undo in the page's toast), like a bulk delete.
            offerUndo(await deleteLinks(getDatabase(), [link.id as number]));
          }}
        >
          <Trash2 size={14} aria-hidden="true" /> Delete
        </button>
      </div>
    </form>
  );
}
