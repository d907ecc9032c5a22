import { useId, useState } from 'react';
import { createLink } from '@/lib/networks';
import type { Settings } from '@/lib/settings';

/** "Paste a product URL → this is your link", or why not: computed live, locally. */
export function LinkPreview({
  settings,
  example = '',
  placeholder = 'https://www.amazon.com/dp/…',
  onSetUp,
}: {
  settings: Settings;
  example?: string;
  /** An address of the card's own kind (an eBay item on the eBay card). */
  placeholder?: string;
  /** Offered when the link needs an id not set yet (an Amazon store): where to add it. */
  onSetUp?: (marketplace: string | undefined) => void;
}) {
  const id = useId();
  const [url, setUrl] = useState(example);
  const result = url.trim() ? createLink(url, settings) : null;
  return (
    <div className="preview">
      <label htmlFor={id} className="label">
        Try it: paste a product URL
      </label>
      <input
        id={id}
        className="input"
        value={url}
        placeholder={placeholder}
        onChange={(e) => setUrl(e.target.value)}
      />
      {result && (
        <output
          htmlFor={id}
          className={`preview-result ${result.ok ? 'ok' : 'no'}`}
          aria-live="polite"
        >
          {result.ok ? (
            <>
              <span className="label">Your link</span>
              <code>{result.url}</code>
              {result.warnings.map((w) => (
                <span key={w} className="field-warning">
                  {w}
                </span>
              ))}
            </>
          ) : (
            <>
              <span>{result.message}</span>
              {result.reason === 'needs-setup' && onSetUp && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => onSetUp(result.marketplace)}
                >
                  {result.marketplace ? `Add your ${result.marketplace} ID` : 'Set it up'}
                </button>
              )}
            </>
          )}
        </output>
      )}
    </div>
  );
}
