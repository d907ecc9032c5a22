import { useLiveQuery } from 'dexie-react-hooks';
import { Download, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Card } from '@/components/Card';
import { FilePicker } from '@/components/FilePicker';
import { Notice } from '@/components/Notice';
import {
  applyImport,
  checkImport,
  exportAll,
  type ImportPreview,
  linksToCsv,
} from '@/lib/data-transfer';
import { getDatabase, type LinkRecord } from '@/lib/db';
import { clearHistory } from '@/lib/history';
import { LIMITS } from '@/lib/limits';
import { applyReport, matchReport, parseReport, type ReportMatch } from '@/lib/reports';
import { saveFile } from '@/lib/save-file';
import { loadSearchIndex } from '@/lib/search-index';
import { counted } from '@/lib/text';
import { useOptionsStore } from '../store';

export function DataPage() {
  const db = getDatabase();
  const counts = useLiveQuery(
    async () => ({
      links: await db.links.count(),
      events: await db.events.count(),
      collections: await db.collections.count(),
    }),
    [],
  );
  return (
    <div className="page">
      <header className="page-header">
        <h1>Your data</h1>
      </header>
      <p className="hint num">
        {counts
          ? `${counted(counts.links, 'link', 'links')}, ${counted(counts.events, 'copy or share', 'copies and shares')}, ${counted(counts.collections, 'collection', 'collections')}`
          : '…'}{' '}
        — kept in this browser only.
      </p>
      <ExportCard />
      <ImportCard />
      <ReportCard />
      <ClearCard />
    </div>
  );
}

function ExportCard() {
  const rateOverrides = useOptionsStore((s) => s.settings.rateOverrides);
  const [progress, setProgress] = useState<number | null>(null);
  const stamp = () => new Date().toISOString().slice(0, 10);
  return (
    <Card
      id="export"
      title="Export"
      description="Everything as JSON (to import again anywhere), or your links as CSV for a spreadsheet."
    >
      <div className="row-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={progress !== null}
          onClick={async () => {
            setProgress(0);
            const json = await exportAll(getDatabase(), (done, total) =>
              setProgress(total ? done / total : 1),
            );
            saveFile(`kinlink-export-${stamp()}.json`, json, 'application/json');
            setProgress(null);
          }}
        >
          <Download size={16} aria-hidden="true" /> Export everything (JSON)
        </button>
        <button
          type="button"
          className="btn"
          onClick={async () => {
            const links: LinkRecord[] = await getDatabase().links.toArray();
            saveFile(`kinlink-links-${stamp()}.csv`, linksToCsv(links, rateOverrides), 'text/csv');
          }}
        >
          <Download size={16} aria-hidden="true" /> Links as CSV
        </button>
      </div>
      {progress !== null && (
        <progress className="progress" max={1} value={progress} aria-label="Export progress">
          {Math.round(progress * 100)}%
        </progress>
      )}
    </Card>
  );
}

function ImportCard() {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'danger' | 'info'; text: string } | null>(null);
  return (
    <Card
      id="import"
      title="Import"
      description="A Kinlink JSON export. It is checked whole first; a damaged file changes nothing."
    >
      <FilePicker
        label="Import a Kinlink export"
        accept="application/json,.json"
        maxBytes={LIMITS.backupFileBytes}
        disabled={busy}
        onError={(text) => {
          setPreview(null);
          setMessage({ tone: 'danger', text });
        }}
        onFile={async (text, name) => {
          const result = await checkImport(getDatabase(), text);
          if (result.ok) {
            setPreview(result.preview);
            setMessage(null);
          } else {
            setPreview(null);
            setMessage({ tone: 'danger', text: `${name}: ${result.message}` });
          }
        }}
      >
        Choose a file…
      </FilePicker>
      <Notice message={message} />
      {preview && (
        <section className="import-preview" aria-label="Import preview">
          <p>This import will:</p>
          <ul className="num">
            <li>add {counted(preview.newLinks, 'new link', 'new links')}</li>
            <li>
              merge {counted(preview.updatedLinks, 'link', 'links')} you already have (their counts
              are added)
            </li>
            <li>
              add {counted(preview.events, 'copy or share', 'copies and shares')} and{' '}
              {counted(preview.collections, 'collection', 'collections')}
            </li>
          </ul>
          <div className="row-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={async () => {
                // One click, one import: a second click finds no preview and a busy button.
                setPreview(null);
                setBusy(true);
                try {
                  await applyImport(getDatabase(), preview.file);
                  setMessage({ tone: 'info', text: 'Imported.' });
                  // Fold the imported links into the saved search index now, not on next search.
                  void loadSearchIndex(getDatabase()).catch(() => {});
                } catch (error) {
                  setMessage({
                    tone: 'danger',
                    text: `The import failed and nothing was changed (${String(error)}).`,
                  });
                } finally {
                  setBusy(false);
                }
              }}
            >
              {busy ? 'Importing…' : 'Import'}
            </button>
            <button type="button" className="btn" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </Card>
  );
}

function ReportCard() {
  const [match, setMatch] = useState<ReportMatch | null>(null);
  const [message, setMessage] = useState<{ tone: 'danger' | 'info'; text: string } | null>(null);
  return (
    <Card
      id="report"
      title="Import an earnings report"
      description="An Amazon Associates earnings report (CSV): its sales and earnings are matched to your links by ASIN and tracking ID."
    >
      <FilePicker
        label="Import an earnings report"
        accept="text/csv,.csv"
        maxBytes={LIMITS.reportFileBytes}
        onError={(text) => {
          setMatch(null);
          setMessage({ tone: 'danger', text });
        }}
        onFile={async (text) => {
          const parsed = parseReport(text);
          if (!parsed.ok) {
            setMatch(null);
            setMessage({ tone: 'danger', text: parsed.message });
            return;
          }
          setMessage(null);
          setMatch(await matchReport(getDatabase(), parsed.rows));
        }}
      >
        Choose a report…
      </FilePicker>
      <Notice message={message} />
      {match && (
        <section className="import-preview" aria-label="Report preview">
          <p className="num">
            {match.matched.length} rows match your links; {match.unmatched.length} do not.
          </p>
          {match.unmatched.length > 0 && (
            <details>
              <summary>Rows with no matching link</summary>
              <ul className="num">
                {match.unmatched.slice(0, 200).map((r) => (
                  <li key={r.line}>
                    Line {r.line}: {r.asin} {r.trackingId ? `(${r.trackingId})` : ''} {r.name ?? ''}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="row-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={match.matched.length === 0}
              onClick={async () => {
                setMatch(null); // one click, one recording
                try {
                  const n = await applyReport(getDatabase(), match);
                  setMessage({
                    tone: 'info',
                    text:
                      n > 0
                        ? `Added sales and earnings to ${n} links.`
                        : 'Every row of this report was already recorded: nothing changed.',
                  });
                } catch (error) {
                  setMessage({
                    tone: 'danger',
                    text: `The report could not be recorded and nothing was changed (${String(error)}).`,
                  });
                }
              }}
            >
              Record on my links
            </button>
            <button type="button" className="btn" onClick={() => setMatch(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </Card>
  );
}

function ClearCard() {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <Card
      id="clear"
      title="Clear all data"
      description="Deletes every link, copy, share and collection in this browser. Settings stay. Export first if you may want them back."
    >
      {confirming ? (
        <div className="row-actions">
          <button
            type="button"
            className="btn btn-danger"
            onClick={async () => {
              await clearHistory(getDatabase());
              setConfirming(false);
              setDone(true);
            }}
          >
            <Trash2 size={16} aria-hidden="true" /> Yes, delete everything
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
          Clear all data…
        </button>
      )}
      {done && (
        <p className="notice notice-info">All links, activity and collections were deleted.</p>
      )}
    </Card>
  );
}
