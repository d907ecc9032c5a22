import type { LinkEvent, LinkRecord } from './db';
import { estimateCommission } from './earnings';
import { totalShares } from './history';
import { channelLabel } from './share';

export type DashboardData = {
  links: number;
  copies: number;
  shares: number;
  /** Recorded sales × each link's estimated commission. */
  estimatedEarnings: number;
  /** What the user recorded or imported from network reports. */
  reportedEarnings: number;
  currency?: string;
  byMonth: { month: string; links: number; copies: number; shares: number; estimated: number }[];
  byChannel: { channel: string; shares: number }[];
  byNetwork: { networkId: string; links: number; estimated: number; reported: number }[];
  top: { id: number; title: string; uses: number }[];
};

const monthKey = (t: number) => new Date(t).toISOString().slice(0, 7);

/** Everything the dashboard shows, from the links and events tables. Pure. */
export function summarize(
  links: LinkRecord[],
  events: LinkEvent[],
  rateOverrides: Record<string, number> = {},
  now = Date.now(),
): DashboardData {
  const months: string[] = [];
  const d = new Date(now);
  for (let i = 11; i >= 0; i--)
    months.push(
      new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1)).toISOString().slice(0, 7),
    );
  const byMonth = new Map(
    months.map((m) => [m, { month: m, links: 0, copies: 0, shares: 0, estimated: 0 }]),
  );
  const byChannel = new Map<string, number>();
  const byNetwork = new Map<
    string,
    { networkId: string; links: number; estimated: number; reported: number }
  >();
  const currencies = new Map<string, number>();
  let estimatedEarnings = 0;
  let reportedEarnings = 0;
  let copies = 0;
  let shares = 0;
  for (const link of links) {
    copies += link.copyCount;
    shares += totalShares(link);
    const perSale = estimateCommission(link.product, link.networkId, rateOverrides)?.amount ?? 0;
    const estimated = (link.actual?.sales ?? 0) * perSale;
    estimatedEarnings += estimated;
    reportedEarnings += link.actual?.earnings ?? 0;
    const month = byMonth.get(monthKey(link.createdAt));
    if (month) {
      month.links++;
      month.estimated += estimated;
    }
    const n = byNetwork.get(link.networkId) ?? {
      networkId: link.networkId,
      links: 0,
      estimated: 0,
      reported: 0,
    };
    n.links++;
    n.estimated += estimated;
    n.reported += link.actual?.earnings ?? 0;
    byNetwork.set(link.networkId, n);
    if (link.product.currency)
      currencies.set(link.product.currency, (currencies.get(link.product.currency) ?? 0) + 1);
  }
  for (const e of events) {
    const month = byMonth.get(monthKey(e.at));
    if (month) month[e.kind === 'copy' ? 'copies' : 'shares']++;
    if (e.kind === 'share') byChannel.set(e.channel, (byChannel.get(e.channel) ?? 0) + 1);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    links: links.length,
    copies,
    shares,
    estimatedEarnings: round(estimatedEarnings),
    reportedEarnings: round(reportedEarnings),
    currency: [...currencies.entries()].sort((a, b) => b[1] - a[1])[0]?.[0],
    byMonth: [...byMonth.values()].map((m) => ({ ...m, estimated: round(m.estimated) })),
    byChannel: [...byChannel.entries()]
      .map(([channel, n]) => ({ channel: channelLabel(channel), shares: n }))
      .sort((a, b) => b.shares - a.shares),
    byNetwork: [...byNetwork.values()].map((n) => ({
      ...n,
      estimated: round(n.estimated),
      reported: round(n.reported),
    })),
    top: links
      .map((l) => ({
        id: l.id as number,
        title: l.product.title ?? l.shop,
        uses: l.copyCount + totalShares(l),
      }))
      .sort((a, b) => b.uses - a.uses)
      .slice(0, 5),
  };
}
