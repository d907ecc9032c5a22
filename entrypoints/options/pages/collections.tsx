import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowDown, ArrowUp, FileCode, FileText, Plus, Sheet, Trash2, X } from 'lucide-react';
import { useState } from 'react';
import { Dialog } from '@/components/Dialog';
import {
  createCollection,
  deleteCollection,
  moveInCollection,
  removeFromCollection,
  renameCollection,
} from '@/lib/collections';
import { collectionToHtml, collectionToMarkdown, linksToCsv } from '@/lib/data-transfer';
import { type Collection, getDatabase, type LinkRecord } from '@/lib/db';
import { formatMoney } from '@/lib/earnings';
import { LIMITS } from '@/lib/limits';
import { networkLabel } from '@/lib/networks';
import { saveFile } from '@/lib/save-file';
import { policyOf } from '@/lib/share';
import { useOptionsStore } from '../store';

export function CollectionsPage() {
  const db = getDatabase();
  const collections = useLiveQuery(() => db.collections.orderBy('createdAt').toArray(), []);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const current = collections?.find((c) => c.id === selectedId) ?? collections?.[0];
  return (
    <div className="page">
      <header className="page-header">
        <h1>Collections</h1>
      </header>
      <p className="hint">
        Group links into picks you can share as a page, a Markdown list or a spreadsheet.
      </p>
      <form
        className="row-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return;
          setSelectedId(await createCollection(getDatabase(), name));
          setName('');
        }}
      >
        <div className="field">
          <label htmlFor="new-collection">New collection</label>
          <input
            id="new-collection"
            className="input"
            value={name}
            placeholder="Summer picks"
            maxLength={LIMITS.collectionName}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
          <Plus size={16} aria-hidden="true" /> Create
        </button>
      </form>
      {collections && collections.length === 0 && (
        <div className="empty">
          <h2>No collections yet</h2>
          <p>
            Create one above, then add links to it from the Links page (select links → Add to
            collection).
          </p>
        </div>
      )}
      {collections && collections.length > 0 && (
        <div className="collections">
          <ul className="collection-tabs" aria-label="Collections">
            {collections.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  aria-current={c.id === current?.id ? 'true' : undefined}
                  onClick={() => setSelectedId(c.id as number)}
                >
                  {c.name} <span className="hint num">{c.linkIds.length}</span>
                </button>
              </li>
            ))}
          </ul>
          {current && <CollectionView key={current.id} collection={current} />}
        </div>
      )}
    </div>
  );
}

function CollectionView({ collection }: { collection: Collection }) {
  const disclosure = useOptionsStore((s) => s.settings.caption.disclosure);
  const rateOverrides = useOptionsStore((s) => s.settings.rateOverrides);
  const [name, setName] = useState(collection.name);
  const [confirming, setConfirming] = useState(false);
  const links = useLiveQuery(
    async () =>
      (await getDatabase().links.bulkGet(collection.linkIds)).filter((l): l is LinkRecord => !!l),
    [collection.linkIds.join(',')],
  );
  // Networks whose shops' pictures go in an exported page only when asked (Amazon).
  const [pictures, setPictures] = useState(false);
  const pictureNetworks = [
    ...new Set(
      (links ?? [])
        .filter((l) => l.product.image && policyOf(l.networkId).pictures === 'opt-in')
        .map((l) => networkLabel(l.networkId)),
    ),
  ];
  const move = (index: number, by: number) =>
    moveInCollection(getDatabase(), collection.id as number, index, by);
  const fileName =
    collection.name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'collection';
  return (
    <section className="card collection-view" aria-label={collection.name}>
      <div className="row-form">
        <div className="field">
          <label htmlFor="collection-name">Name</label>
          <input
            id="collection-name"
            className="input"
            value={name}
            maxLength={LIMITS.collectionName}
            onChange={(e) => setName(e.target.value)}
            onBlur={() =>
              name.trim() && void renameCollection(getDatabase(), collection.id as number, name)
            }
          />
        </div>
        {/* The quietest control here: deleting asks first, and says what stays. */}
        <button type="button" className="btn btn-ghost" onClick={() => setConfirming(true)}>
          <Trash2 size={16} aria-hidden="true" /> Delete collection
        </button>
      </div>
      {confirming && (
        <Dialog
          label={`Delete “${collection.name}”?`}
          className="confirm-dialog"
          onClose={() => setConfirming(false)}
        >
          <h2>Delete “{collection.name}”?</h2>
          <p>
            Its{' '}
            {collection.linkIds.length === 1
              ? '1 link stays'
              : `${collection.linkIds.length} links stay`}{' '}
            in your history; only the collection and its order go.
          </p>
          <div className="row-actions">
            {/* biome-ignore lint/a11y/noAutofocus: a dialog puts focus on its safe choice */}
            <button type="button" className="btn" autoFocus onClick={() => setConfirming(false)}>
              Keep it
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => void deleteCollection(getDatabase(), collection.id as number)}
            >
              Delete collection
            </button>
          </div>
        </Dialog>
      )}
      <div className="row-actions">
        <span className="label">Export</span>
        <button
          type="button"
          className="btn btn-small"
          disabled={!links?.length}
          onClick={() =>
            saveFile(
              `${fileName}.html`,
              collectionToHtml(collection.name, links ?? [], disclosure, { pictures }),
              'text/html',
            )
          }
        >
          <FileCode size={14} aria-hidden="true" /> Web page
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!links?.length}
          onClick={() =>
            saveFile(
              `${fileName}.md`,
              collectionToMarkdown(collection.name, links ?? [], disclosure),
              'text/markdown',
            )
          }
        >
          <FileText size={14} aria-hidden="true" /> Markdown
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!links?.length}
          onClick={() =>
            saveFile(`${fileName}.csv`, linksToCsv(links ?? [], rateOverrides), 'text/csv')
          }
        >
          <Sheet size={14} aria-hidden="true" /> CSV
        </button>
      </div>
      {pictureNetworks.length > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={pictures}
            onChange={(e) => setPictures(e.target.checked)}
          />
          Include product pictures of {pictureNetworks.join(' and ')} links in the web page (they
          load from the shop’s servers; off unless you ask, as the network’s rules prefer)
        </label>
      )}
      {links && links.length === 0 && (
        <p className="hint">
          This collection is empty. On the Links page, select links and choose “Add to collection…”.
        </p>
      )}
      <ol className="collection-items">
        {links?.map((l, i) => (
          <li key={l.id}>
            <span className="num hint">{i + 1}</span>
            <span className="collection-title">{l.product.title ?? l.canonicalUrl}</span>
            <span className="hint num">
              {l.product.price !== undefined
                ? formatMoney(l.product.price, l.product.currency)
                : l.shop}
            </span>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Move ${l.product.title ?? 'link'} up`}
              disabled={i === 0}
              onClick={() => void move(i, -1)}
            >
              <ArrowUp size={16} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Move ${l.product.title ?? 'link'} down`}
              disabled={i === links.length - 1}
              onClick={() => void move(i, 1)}
            >
              <ArrowDown size={16} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Remove ${l.product.title ?? 'link'} from ${collection.name}`}
              onClick={() =>
                void removeFromCollection(getDatabase(), collection.id as number, l.id as number)
              }
            >
              <X size={16} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
