import { AMAZON_MARKETPLACES } from '@/lib/networks/amazon-data';

/** The Amazon store a tracking ID belongs to. */
export function MarketplaceSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (host: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Store</label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        {Object.entries(AMAZON_MARKETPLACES).map(([host, m]) => (
          <option key={host} value={host}>
            {host} — {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
