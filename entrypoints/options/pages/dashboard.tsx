import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Card } from '@/components/Card';
import { summarize } from '@/lib/dashboard';
import { getDatabase } from '@/lib/db';
import { formatMoney } from '@/lib/earnings';
import { networkLabel } from '@/lib/networks';
import { policyOf } from '@/lib/share';
import { counted } from '@/lib/text';
import { useOptionsStore } from '../store';

// The design's motion: about 150 ms, and none when the system asks for reduced motion.
export function chartMotion(reducedMotion: boolean) {
  return { animationDuration: 150, isAnimationActive: !reducedMotion } as const;
}
const MOTION = chartMotion(
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
);

const ACCENT = '#0d8a7f';
const ACCENT_2 = '#e8835f';

export function DashboardPage() {
  const rateOverrides = useOptionsStore((s) => s.settings.rateOverrides);
  const data = useLiveQuery(async () => {
    const db = getDatabase();
    const [links, events] = await Promise.all([db.links.toArray(), db.events.toArray()]);
    return summarize(links, events, rateOverrides);
  }, [rateOverrides]);
  if (!data) return <div className="page" aria-busy="true" />;
  const money = (n: number) => formatMoney(n, data.currency);
  // The month and network figures are in the main currency alone (the table above has the rest).
  const inCurrency = data.currency && data.money.length > 1 ? ` (${data.currency} only)` : '';
  if (data.links === 0) {
    return (
      <div className="page">
        <header className="page-header">
          <h1>Dashboard</h1>
        </header>
        <div className="empty">
          <h2>Nothing to chart yet</h2>
          <p>
            Copy or share your first link from the Kinlink popup; your activity and estimates show
            up here.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <header className="page-header">
        <h1>Dashboard</h1>
      </header>
      <div className="figures">
        <Figure label="Links made" value={data.links.toLocaleString()} />
        <Figure label="Copies" value={data.copies.toLocaleString()} />
        <Figure label="Shares" value={data.shares.toLocaleString()} />
      </div>
      <Card
        id="earnings"
        title="Earnings, by currency"
        // Which purchases earn, in the words Amazon's network declares (lib/networks/amazon.ts).
        description={`Estimates use each network's rates, on the price the page showed. A currency is never added to another. ${policyOf('amazon').notEarning ?? ''}`}
      >
        <Table
          head={[
            'Currency',
            'Links',
            'One sale through each link: this month / all time',
            'From recorded sales (estimate): this month / all time',
            'Reported: this month / all time',
          ]}
          rows={data.money.map((m) => {
            const cash = (n: number) => formatMoney(n, m.currency || undefined);
            const span = (s: { month: number; all: number }) => `${cash(s.month)} / ${cash(s.all)}`;
            return [
              m.currency || 'not shown on the page',
              m.links,
              span(m.perSale),
              span(m.estimated),
              span(m.reported),
            ];
          })}
        />
      </Card>
      <ChartCard
        title="Activity by month"
        table={
          <Table
            head={['Month', 'Links made', 'Copies', 'Shares', `Estimated${inCurrency}`]}
            rows={data.byMonth.map((m) => [
              m.month,
              m.links,
              m.copies,
              m.shares,
              money(m.estimated),
            ])}
          />
        }
      >
        <BarChart data={data.byMonth}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar dataKey="copies" name="Copies" fill={ACCENT} radius={[4, 4, 0, 0]} {...MOTION} />
          <Bar dataKey="shares" name="Shares" fill={ACCENT_2} radius={[4, 4, 0, 0]} {...MOTION} />
        </BarChart>
      </ChartCard>
      <div className="grid-2">
        <ChartCard
          title="Estimated earnings by network"
          note="Estimates, from recorded sales and each network's rates; reported earnings beside them."
          table={
            <Table
              head={['Network', 'Links', `Estimated${inCurrency}`, `Reported${inCurrency}`]}
              rows={data.byNetwork.map((n) => [
                networkLabel(n.networkId),
                n.links,
                money(n.estimated),
                money(n.reported),
              ])}
            />
          }
        >
          <BarChart data={data.byNetwork.map((n) => ({ ...n, name: networkLabel(n.networkId) }))}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" fontSize={12} />
            <YAxis fontSize={12} />
            <Tooltip />
            <Legend />
            <Bar
              dataKey="estimated"
              name="Estimated"
              fill={ACCENT}
              radius={[4, 4, 0, 0]}
              {...MOTION}
            />
            <Bar
              dataKey="reported"
              name="Reported"
              fill={ACCENT_2}
              radius={[4, 4, 0, 0]}
              {...MOTION}
            />
          </BarChart>
        </ChartCard>
        <ChartCard
          title="Shares by channel"
          empty={
            data.byChannel.length === 0
              ? 'No shares yet: share a link from the popup to see where your audience is.'
              : undefined
          }
          table={
            <Table
              head={['Channel', 'Shares']}
              rows={data.byChannel.map((c) => [c.channel, c.shares])}
            />
          }
        >
          <BarChart data={data.byChannel} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="channel" width={80} fontSize={12} />
            <Tooltip />
            <Bar dataKey="shares" name="Shares" fill={ACCENT} radius={[0, 4, 4, 0]} {...MOTION} />
          </BarChart>
        </ChartCard>
      </div>
      <section className="card">
        <h2>Top products</h2>
        <ol className="top-list">
          {data.top.map((t) => (
            <li key={t.id}>
              <span>{t.title}</span>
              <span className="hint num">
                {counted(t.uses, 'copy or share', 'copies and shares')}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="figure">
      <span className="figure-label">{label}</span>
      <span className="figure-value num">{value}</span>
      {note && <span className="hint">{note}</span>}
    </div>
  );
}

/** A chart with its numbers one click away, as a table (and always for screen readers). */
function ChartCard({
  title,
  note,
  empty,
  table,
  children,
}: {
  title: string;
  note?: string;
  empty?: string;
  table: ReactNode;
  children: ReactNode;
}) {
  const [show, setShow] = useState(false);
  if (empty) {
    return (
      <section className="card chart-card">
        <h2>{title}</h2>
        <p className="hint">{empty}</p>
      </section>
    );
  }
  return (
    <section className="card chart-card">
      <h2>{title}</h2>
      {note && <p className="hint">{note}</p>}
      <figure className="chart" aria-label={`${title} (chart; the numbers follow as a table)`}>
        <ResponsiveContainer width="100%" height={240}>
          {children as never}
        </ResponsiveContainer>
      </figure>
      <button
        type="button"
        className="btn btn-ghost btn-small"
        aria-expanded={show}
        onClick={() => setShow(!show)}
      >
        {show ? 'Hide the numbers' : 'Show the numbers'}
      </button>
      {/* Screen readers always get the table; sighted users open it on request. */}
      <div className={show ? '' : 'sr-only'}>{table}</div>
    </section>
  );
}

function Table({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="table num">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={String(r[0])}>
            {r.map((c, i) => (
              <td key={`${head[i]}`}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
