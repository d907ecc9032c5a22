import { Card } from '@/components/Card';
import { LIMITS } from '@/lib/limits';
import { type Settings, SHARE_CHANNELS } from '@/lib/settings';
import { channelLabel } from '@/lib/share';
import { useOptionsStore } from '../../store';

export function ChannelsCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const markets = Object.entries(settings.networks.amazon.trackingIds).filter(
    ([, ids]) => ids.length > 1,
  );
  const channels = SHARE_CHANNELS.filter((c) => c !== 'copy' && c !== 'system');
  return (
    <Card
      id="channels"
      title="Channels"
      description="A tracking ID or sub ID per place you share, so your reports show which channel earns."
    >
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Sub ID (eBay, Awin, Impact…)</th>
            {markets.map(([host]) => (
              <th key={host} scope="col">
                Amazon {host}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c}>
              <th scope="row">{channelLabel(c)}</th>
              <td>
                <input
                  className="input"
                  aria-label={`Sub ID for ${channelLabel(c)}`}
                  maxLength={LIMITS.subId}
                  value={settings.channels[c]?.subId ?? ''}
                  onChange={(e) =>
                    void update((d) => {
                      d.channels[c] = {
                        amazon: d.channels[c]?.amazon ?? {},
                        subId: e.target.value.trim(),
                      };
                    })
                  }
                />
              </td>
              {markets.map(([host, ids]) => (
                <td key={host}>
                  <select
                    className="input"
                    aria-label={`Amazon ${host} tracking ID for ${channelLabel(c)}`}
                    value={settings.channels[c]?.amazon[host] ?? ''}
                    onChange={(e) =>
                      void update((d) => {
                        const ch = d.channels[c] ?? { amazon: {}, subId: '' };
                        if (e.target.value) ch.amazon[host] = e.target.value;
                        else delete ch.amazon[host];
                        d.channels[c] = ch;
                      })
                    }
                  >
                    <option value="">Default ({ids[0]})</option>
                    {ids.map((id) => (
                      <option key={id} value={id}>
                        {id}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {markets.length === 0 && (
        <p className="hint">Add a second Amazon tracking ID for a store to pick one per channel.</p>
      )}
    </Card>
  );
}
