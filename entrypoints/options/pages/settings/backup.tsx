import { Download } from 'lucide-react';
import { useState } from 'react';
import { Card } from '@/components/Card';
import { FilePicker } from '@/components/FilePicker';
import { Notice } from '@/components/Notice';
import { LIMITS } from '@/lib/limits';
import { saveFile } from '@/lib/save-file';
import { type Settings, validateSettingsImport } from '@/lib/settings';
import { useOptionsStore } from '../../store';

export function BackupCard({ settings }: { settings: Settings }) {
  const replace = useOptionsStore((s) => s.replaceSettings);
  const [pending, setPending] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ tone: 'danger' | 'info'; text: string } | null>(null);
  return (
    <Card
      id="backup"
      title="Back up your settings"
      description="Your tracking IDs and rules as a file, to keep or to move to another browser."
    >
      <div className="row-actions">
        <button
          type="button"
          className="btn"
          onClick={() =>
            saveFile(
              `kinlink-settings-${new Date().toISOString().slice(0, 10)}.json`,
              JSON.stringify(settings, null, 2),
              'application/json',
            )
          }
        >
          <Download size={16} aria-hidden="true" /> Export settings
        </button>
        <FilePicker
          label="Import settings"
          accept="application/json,.json"
          maxBytes={LIMITS.settingsFileBytes}
          onError={(text) => {
            setPending(null);
            setMessage({ tone: 'danger', text });
          }}
          onFile={(text, name) => {
            let raw: unknown;
            try {
              raw = JSON.parse(text);
            } catch {
              setPending(null);
              setMessage({
                tone: 'danger',
                text: `${name} is not a JSON file. Nothing was changed.`,
              });
              return;
            }
            const result = validateSettingsImport(raw);
            if (!result.ok) {
              setPending(null);
              setMessage({ tone: 'danger', text: `${result.message} Nothing was changed.` });
            } else {
              setMessage(null);
              setPending(result.settings);
            }
          }}
        >
          Import settings…
        </FilePicker>
      </div>
      <Notice message={message} />
      {pending && (
        <section className="import-preview" aria-label="Settings import preview">
          <p>This file will replace your settings with:</p>
          <ul>
            <li>
              Amazon: {Object.values(pending.networks.amazon.trackingIds).flat().length} tracking
              IDs in{' '}
              {Object.values(pending.networks.amazon.trackingIds).filter((l) => l.length).length}{' '}
              stores
            </li>
            <li>eBay campaign: {pending.networks.ebay.campaignId || 'none'}</li>
            <li>Shop rules: {pending.networks.queryTag.rules.length}</li>
            <li>Caption: “{pending.caption.template}”</li>
          </ul>
          <div className="row-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={async () => {
                await replace(pending);
                setPending(null);
                setMessage({ tone: 'info', text: 'Settings imported.' });
              }}
            >
              Replace my settings
            </button>
            <button type="button" className="btn" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </Card>
  );
}
