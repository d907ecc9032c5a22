import { Trash2 } from 'lucide-react';
import { createContext, useContext, useState } from 'react';
import { getDatabase, type LinkRecord } from '@/lib/db';
import { checkTags } from '@/lib/field-checks';
import { deleteLinks, updateLinkDetails } from '@/lib/history';
import { LIMITS } from '@/lib/limits';

export type Removed = Awaited<ReturnType<typeof deleteLinks>>;
/** Where a deletion made anywhere on the page offers its undo (the page's toast). */
export const UndoContext = createContext<(removed: Removed) => void>(() => {});

export function LinkEditor({ link, onDone }: { link: LinkRecord; onDone: () => void }) {
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
      {/* The details start with the link itself: what was shared, and the page it leads to. */}
      <label className="link-editor-wide">
        <span className="label">Your link</span>
        <input
          className="input link-mono"
          readOnly
          value={link.affiliateUrl}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <p className="hint link-editor-wide">
        For{' '}
        <a href={link.canonicalUrl} target="_blank" rel="noreferrer noopener">
          {link.canonicalUrl}
        </a>
        {link.trackingId ? ` · ${link.trackingId}` : ''}
      </p>
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
