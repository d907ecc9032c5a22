import type { LinkEvent, LinkRecord } from './db';
import { estimateCommission } from './earnings';
import { totalShares } from './history';
import { channelLabel } from './share';

/** Money in one currency, for the links made this month and for all of them. */
type Span = { month: number; all: number };

/** The money figures of one currency: never added to another currency's. */
export type CurrencyFigures = {
  /** ISO code; '' for links whose page gave no currency. */
  currency: string;
  links: number;
  /** One sale through each link: the sum of each link's estimated commission per sale. */
  perSale: Span;
  /** Recorded sales × each link's estimated commission. */
  estimated: Span;
  /** What the user recorded or imported from network reports. */
  reported: Span;
};

export type DashboardData = {
  links: number;
  copies: number;
  shares: number;
  /** Recorded sales × estimated commission, in `currency` only. */
  estimatedEarnings: number;
  /** Recorded or imported earnings, in `currency` only. */
  reportedEarnings: number;
  /** The currency most links are in: the month and network figures are in it alone. */
  currency?: string;
  /** Every currency's own figures, most links first. */
  money: CurrencyFigures[];
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
  // Which currency most links are in (the charts' currency), then each link's money.
  const counts = new Map<string, number>();
  for (const link of links) {
    const c = link.product.currency ?? '';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const main = [...counts.entries()].filter(([c]) => c !== '').sort((a, b) => b[1] - a[1])[0]?.[0];
  const money = new Map<string, CurrencyFigures>();
  const figures = (currency: string) => {
    let f = money.get(currency);
    if (!f) {
      const span = () => ({ month: 0, all: 0 });
      f = { currency, links: 0, perSale: span(), estimated: span(), reported: span() };
      money.set(currency, f);
    }
    return f;
  };
  const thisMonth = monthKey(now);
  let copies = 0;
  let shares = 0;
  for (const link of links) {
    copies += link.copyCount;
    shares += totalShares(link);
    const currency = link.product.currency ?? '';
    const perSale = estimateCommission(link.product, link.networkId, rateOverrides)?.amount ?? 0;
    const estimated = (link.actual?.sales ?? 0) * perSale;
    const reported = link.actual?.earnings ?? 0;
    const recent = monthKey(link.createdAt) === thisMonth;
    const add = (span: Span, n: number) => {
      span.all += n;
      if (recent) span.month += n;
    };
    const f = figures(currency);
    f.links++;
    add(f.perSale, perSale);
    add(f.estimated, estimated);
    // Reported earnings carry their own currency when the report said it.
    add(link.actual?.currency ? figures(link.actual.currency).reported : f.reported, reported);
    const inMain = currency === (main ?? '');
    const month = byMonth.get(monthKey(link.createdAt));
    if (month) {
      month.links++;
      if (inMain) month.estimated += estimated;
    }
    const n = byNetwork.get(link.networkId) ?? {
      networkId: link.networkId,
      links: 0,
      estimated: 0,
      reported: 0,
    };
    n.links++;
    if (inMain) n.estimated += estimated;
    if ((link.actual?.currency ?? currency) === (main ?? '')) n.reported += reported;
    byNetwork.set(link.networkId, n);
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
    estimatedEarnings: round(money.get(main ?? '')?.estimated.all ?? 0),
    reportedEarnings: round(money.get(main ?? '')?.reported.all ?? 0),
    currency: main,
    money: [...money.values()]
      .sort((a, b) => b.links - a.links)
      .map((f) => {
        const r = (s: Span) => ({ month: round(s.month), all: round(s.all) });
        return { ...f, perSale: r(f.perSale), estimated: r(f.estimated), reported: r(f.reported) };
      }),
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
