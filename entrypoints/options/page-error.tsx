import { useEffect, useState } from 'react';
import { getDatabase } from '@/lib/db';
import { findBrokenLinks, removeBrokenLinks } from '@/lib/history-repair';

/**
 * What a page that failed to render shows instead of nothing: what happened, that the data is
 * still there, and the ways forward (export everything readable, remove the broken records).
 */
export function PageError({ error, retry }: { error: Error; retry: () => void }) {
  const [broken, setBroken] = useState<number | null>(null);
  const [removed, setRemoved] = useState<number | null>(null);
  useEffect(() => {
    findBrokenLinks(getDatabase()).then(
      (links) => setBroken(links.length),
      () => setBroken(0),
    );
  }, []);
  return (
    <div className="page" role="alert">
      <h1>This page could not be shown</h1>
      <p>
        Kinlink hit a problem while showing it ({error.message}). Your links are still saved in this
        browser.
      </p>
      {broken !== null && broken > 0 && removed === null && (
        <p>
          {broken === 1 ? 'One saved link is' : `${broken} saved links are`} damaged (a date or a
          field no page can show). Export everything first if you want to keep them as they are,
          then remove them.
        </p>
      )}
      {removed !== null && <p>Removed {removed} damaged links.</p>}
      <div className="row-actions">
        <a className="btn" href="#/data">
          Export everything (Data page)
        </a>
        {broken !== null && broken > 0 && removed === null && (
          <button
            type="button"
            className="btn btn-danger"
            onClick={async () => {
              setRemoved(await removeBrokenLinks(getDatabase()));
              retry();
            }}
          >
            Remove {broken === 1 ? 'the damaged link' : `${broken} damaged links`}
          </button>
        )}
        <button type="button" className="btn btn-primary" onClick={retry}>
          Try again
        </button>
      </div>
    </div>
  );
}
