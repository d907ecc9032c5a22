import { Card } from '@/components/Card';
import { NETWORKS, networkLabel } from '@/lib/networks';
import type { Settings } from '@/lib/settings';
import { useOptionsStore } from '../../store';

export function RatesCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  // Every registered network, in the registry's order: a new network's rate field comes with it.
  const ids = NETWORKS.map((n) => n.id);
  return (
    <Card
      id="rates"
      title="Commission rates"
      description="Estimates use each network's published rates. Enter your own rate to use it instead (leave empty for the default)."
    >
      <div className="grid-3">
        {ids.map((id) => (
          <div className="field" key={id}>
            <label htmlFor={`rate-${id}`}>{networkLabel(id)} (%)</label>
            <input
              id={`rate-${id}`}
              className="input num"
              type="number"
              min={0}
              max={100}
              step={0.1}
              value={
                settings.rateOverrides[id] !== undefined
                  ? Number(((settings.rateOverrides[id] ?? 0) * 100).toFixed(2))
                  : ''
              }
              onChange={(e) =>
                void update((d) => {
                  const v = e.target.value === '' ? Number.NaN : Number(e.target.value);
                  if (Number.isFinite(v) && v >= 0 && v <= 100) d.rateOverrides[id] = v / 100;
                  else delete d.rateOverrides[id];
                })
              }
            />
          </div>
        ))}
      </div>
    </Card>
  );
}
