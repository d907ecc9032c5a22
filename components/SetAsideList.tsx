import { Copy, X } from 'lucide-react';
import type { SetAsideEntry } from '@/lib/settings-store';

/** How a set-aside value reads back: text as it was, anything else as JSON. */
export function setAsideText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
}

/**
 * Saved values Kinlink could not use, each with where it was, why, and a way to get it back:
 * copy it (to fix and enter again) or dismiss it.
 */
export function SetAsideList({
  entries,
  onCopy,
  onDismiss,
}: {
  entries: SetAsideEntry[];
  onCopy: (entry: SetAsideEntry) => void;
  onDismiss: (entry: SetAsideEntry) => void;
}) {
  if (entries.length === 0) return null;
  return (
    <section className="notice notice-warning set-aside" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title" className="set-aside-title">
        {entries.length === 1
          ? 'One saved value could not be used'
          : `${entries.length} saved values could not be used`}
      </h2>
      <p>
        Kinlink kept them here instead of deleting them. Copy one, fix it (usually: shorten it), and
        enter it again in its card below.
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.at}|${entry.where}|${setAsideText(entry.value).slice(0, 40)}`}>
            <span>
              <strong>{entry.where}</strong>: {entry.reason}.{' '}
              <code className="set-aside-value">{setAsideText(entry.value).slice(0, 80)}</code>
            </span>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => onCopy(entry)}
              aria-label={`Copy the value set aside from ${entry.where}`}
            >
              <Copy size={14} aria-hidden="true" /> Copy
            </button>
            <button
              type="button"
              className="icon-btn"
              onClick={() => onDismiss(entry)}
              aria-label={`Dismiss the value set aside from ${entry.where}`}
            >
              <X size={16} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
