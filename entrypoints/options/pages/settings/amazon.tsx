import { Plus, Star, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { LinkPreview } from '@/components/LinkPreview';
import { MarketplaceSelect } from '@/components/MarketplaceSelect';
import { checkAmazonTrackingId } from '@/lib/field-checks';
import { LIMITS } from '@/lib/limits';
import { AMAZON_MARKETPLACES } from '@/lib/networks/amazon-data';
import type { Settings } from '@/lib/settings';
import { useOptionsStore } from '../../store';

export function AmazonCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const [marketplace, setMarketplace] = useState('amazon.com');
  const [id, setId] = useState('');
  const [label, setLabel] = useState('');
  const full =
    (settings.networks.amazon.trackingIds[marketplace]?.length ?? 0) >= LIMITS.idsPerStore;
  const check = full
    ? {
        error: `${marketplace} has ${LIMITS.idsPerStore} tracking IDs, the most Kinlink keeps: remove one first.`,
      }
    : checkAmazonTrackingId(id, marketplace);
  const entries = Object.entries(settings.networks.amazon.trackingIds).filter(
    ([, ids]) => ids.length > 0,
  );
  const add = () => {
    if (check.error) return;
    const value = id.trim();
    void update((d) => {
      const list = d.networks.amazon.trackingIds[marketplace] ?? [];
      if (!list.includes(value)) d.networks.amazon.trackingIds[marketplace] = [...list, value];
      if (label.trim()) d.networks.amazon.labels[value] = label.trim();
    });
    setId('');
    setLabel('');
  };
  return (
    <Card
      id="amazon"
      title="Amazon Associates"
      description="One tracking ID per Amazon store you joined; add more (one per channel, say) to see which earns. The first is the default."
    >
      {entries.length === 0 ? (
        <p className="empty-inline">
          No tracking IDs yet. Add the one from your Associates account below.
        </p>
      ) : (
        <ul className="id-list">
          {entries.map(([host, ids]) => (
            <li key={host}>
              <span className="id-market">
                {host} <span className="hint">{AMAZON_MARKETPLACES[host]?.name}</span>
              </span>
              <span className="id-chips">
                {ids.map((tid, i) => (
                  <span key={tid} className={`id-chip ${i === 0 ? 'default' : ''}`}>
                    {i === 0 && <Star size={12} aria-label="default" />}
                    {tid}
                    {settings.networks.amazon.labels[tid] && (
                      <span className="hint"> ({settings.networks.amazon.labels[tid]})</span>
                    )}
                    {i > 0 && (
                      <button
                        type="button"
                        className="chip-btn"
                        aria-label={`Make ${tid} the default for ${host}`}
                        title="Make default"
                        onClick={() =>
                          void update((d) => {
                            d.networks.amazon.trackingIds[host] = [
                              tid,
                              ...ids.filter((x) => x !== tid),
                            ];
                          })
                        }
                      >
                        <Star size={12} aria-hidden="true" />
                      </button>
                    )}
                    <button
                      type="button"
                      className="chip-btn"
                      aria-label={`Remove ${tid} from ${host}`}
                      title="Remove"
                      onClick={() =>
                        void update((d) => {
                          d.networks.amazon.trackingIds[host] = ids.filter((x) => x !== tid);
                        })
                      }
                    >
                      <Trash2 size={12} aria-hidden="true" />
                    </button>
                    {amazonWarning(host, tid)}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="row-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <MarketplaceSelect id="amazon-market" value={marketplace} onChange={setMarketplace} />
        <Field
          label="Tracking ID"
          value={id}
          onChange={setId}
          check={check}
          max={LIMITS.amazonTrackingId}
          placeholder={`yourname-${AMAZON_MARKETPLACES[marketplace]?.suffix ?? '20'}`}
        />
        <Field
          label="Name (optional)"
          value={label}
          onChange={setLabel}
          max={LIMITS.idLabel}
          placeholder="Instagram"
        />
        <button type="submit" className="btn btn-primary" disabled={!!check.error}>
          <Plus size={16} aria-hidden="true" /> Add
        </button>
      </form>
      <LinkPreview settings={settings} example="" />
    </Card>
  );
}

export function amazonWarning(host: string, id: string) {
  const w = checkAmazonTrackingId(id, host).warning;
  return w ? (
    <span className="field-warning" title={w} role="img" aria-label={w}>
      ⚠
    </span>
  ) : null;
}
