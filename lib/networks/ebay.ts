import { LIMITS } from '../limits';
import { cleanUrl, queryString } from '../url';
import type { LinkContext, LinkResult, NetworkAdapter } from './types';

/** eBay Partner Network's block of the settings. */
export type EbaySettings = { campaignId: string; customId: string };

/** eBay site → rotation id (developer.ebay.com, "ref-epn-link"; NETWORKS.md). */
export const EBAY_SITES: Record<string, string> = {
  'ebay.com': '711-53200-19255-0',
  'ebay.co.uk': '710-53481-19255-0',
  'ebay.com.au': '705-53470-19255-0',
  'ebay.ca': '706-53473-19255-0',
  'ebay.de': '707-53477-19255-0',
  'ebay.fr': '709-53476-19255-0',
  'ebay.it': '724-53478-19255-0',
  'ebay.es': '1185-53479-19255-0',
  'ebay.nl': '1346-53482-19255-0',
  'ebay.be': '1553-53471-19255-0',
  'ebay.at': '5221-53469-19255-0',
  'ebay.ch': '5222-53480-19255-0',
  'ebay.ie': '5282-53468-19255-0',
  'ebay.pl': '4908-226936-19255-0',
};

/** Parameters EPN adds; removed before adding the user's own so a link never carries two. */
const EPN_PARAMS = [
  'mkevt',
  'mkcid',
  'mkrid',
  'campid',
  'toolid',
  'customid',
  'mkgroupid',
  'mktype',
];
const SEARCH_PARAMS = new Set(['_nkw', '_sacat', '_sop', '_udlo', '_udhi', 'LH_BIN', 'LH_Auction']);

export function ebaySite(hostname: string): string | null {
  if (!hostname.includes('ebay.')) return null;
  const m = /^(?:(?:www|m|befr|benl|cgi|pages)\.)?(ebay\.[a-z.]+)$/.exec(hostname);
  const site = m?.[1];
  return site && site in EBAY_SITES ? site : null;
}

/** The item (canonical /itm/<id>) or the page with only its meaningful parameters. */
function ebayTarget(url: URL, _site: string): { path: string; params: [string, string][] } {
  const item = /^\/itm\/(?:[^/]+\/)?(\d{9,15})(?=\/|$)/.exec(url.pathname);
  if (item?.[1]) return { path: `/itm/${item[1]}`, params: [] };
  const params: [string, string][] = [];
  if (url.search !== '') {
    for (const [k, v] of url.searchParams) if (SEARCH_PARAMS.has(k)) params.push([k, v]);
  }
  return { path: url.pathname, params };
}

const ebayUrl = (site: string, path: string, params: [string, string][]) =>
  `https://www.${site}${path}${queryString(params)}`;

function createEbayLink(url: URL, context: LinkContext): LinkResult {
  const site = ebaySite(url.hostname);
  if (!site) {
    return {
      ok: false,
      reason: 'not-supported',
      networkId: 'ebay',
      message: 'This is not an eBay shop page.',
    };
  }
  const target = ebayTarget(url, site);
  const canonicalUrl = ebayUrl(site, target.path, target.params);
  const { campaignId, customId } = context.settings.networks.ebay;
  const theirs = url.searchParams.get('campid');
  if (theirs && theirs !== campaignId && !context.options.replaceForeignTag) {
    return {
      ok: false,
      reason: 'foreign-affiliate',
      networkId: 'ebay',
      marker: `campid=${theirs}`,
      owner: theirs,
      cleanUrl: canonicalUrl,
      message: `This link already earns for someone else (eBay campaign ${theirs}). Replace it with yours?`,
    };
  }
  if (!campaignId) {
    return {
      ok: false,
      reason: 'needs-setup',
      networkId: 'ebay',
      fields: ['networks.ebay.campaignId'],
      cleanUrl: canonicalUrl,
      marketplace: site,
      message: 'Add your eBay Partner Network campaign ID to make your link.',
    };
  }
  const warnings: string[] = [];
  if (theirs && theirs !== campaignId) {
    warnings.push(`Replaced someone else's attribution (campid=${theirs}) at your request.`);
  }
  if (!/^\d{10}$/.test(campaignId)) {
    warnings.push(`eBay campaign IDs are 10 digits; "${campaignId}" may not track.`);
  }
  const sub = (context.subId || customId).slice(0, 256);
  const epn: [string, string][] = [
    ['mkevt', '1'],
    ['mkcid', '1'],
    ['mkrid', EBAY_SITES[site] ?? ''],
    ['campid', campaignId],
    ['toolid', '10001'],
  ];
  if (sub) epn.push(['customid', sub]);
  const link = ebayUrl(site, target.path, [
    ...target.params.filter(([k]) => !EPN_PARAMS.includes(k)),
    ...epn,
  ]);
  return {
    ok: true,
    url: link,
    networkId: 'ebay',
    canonicalUrl,
    trackingId: campaignId,
    marketplace: site,
    warnings,
  };
}

export const ebay: NetworkAdapter<'ebay', EbaySettings> = {
  id: 'ebay',
  label: 'eBay Partner Network',
  settings: {
    schema: ({ object, field, text }) =>
      object({
        campaignId: field(text(LIMITS.ebayCampaignId), '', 'eBay campaign ID'),
        customId: field(text(LIMITS.ebayCustomId), '', 'eBay custom ID'),
      }),
    defaults: () => ({ campaignId: '', customId: '' }),
  },
  claims: (url) => ebaySite(url.hostname) !== null,
  idParam: 'campid',
  createLink: createEbayLink,
  canonicalize(url) {
    const site = ebaySite(url.hostname);
    if (!site) return cleanUrl(url).href;
    const target = ebayTarget(url, site);
    return ebayUrl(site, target.path, target.params);
  },
  // Legacy rover links: rover.ebay.com/rover/1/<mkrid>/1?…&campid=…&mpre=<destination>.
  clickHosts: Object.keys(EBAY_SITES).map((site) => `rover.${site}`),
  ownLink(url, settings) {
    if (!/^rover\.ebay\.[a-z.]+$/.test(url.hostname)) return null;
    const campid = url.searchParams.get('campid') ?? '';
    if (campid && campid === settings.networks.ebay.campaignId) return 'mine';
    return {
      marker: campid ? `eBay rover link, campid=${campid}` : 'eBay rover link',
      owner: campid || undefined,
    };
  },
  destinationOf: (url) => url.searchParams.get('mpre'),
  rates: {
    base: 0.03,
    approximate: true,
    source: 'eBay Partner Network: 1–6% by category',
    categories: [
      { name: 'Fashion', rate: 0.04, words: ['clothing', 'fashion', 'shoes', 'jewelry'] },
      { name: 'Electronics', rate: 0.02, words: ['electronics', 'computers', 'phones', 'cameras'] },
      { name: 'Collectibles', rate: 0.04, words: ['collectibles', 'art', 'antiques'] },
      { name: 'Motors', rate: 0.01, words: ['motors', 'parts & accessories', 'vehicles'] },
    ],
  },
  sharePolicy: {
    blocked: {},
    disclosure: 'I may earn a commission from eBay purchases made through this link.',
  },
  examples: [
    {
      input:
        'http://www.ebay.com/itm/Electric-Full-Body-Shiatsu-Massage-Chair/390985762669?_trksid=p2047675.c100009',
      settings: { networks: { ebay: { campaignId: '5338000000' } } },
      expect:
        'https://www.ebay.com/itm/390985762669?mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=5338000000&toolid=10001',
    },
    {
      input: 'https://www.ebay.co.uk/itm/353837129498?hash=item5262561f1a:g:UysAAOSwoxJhvllr',
      settings: {
        networks: { ebay: { campaignId: '5338000000' } },
        channels: { x: { subId: 'tw' } },
      },
      options: { channel: 'x' },
      expect:
        'https://www.ebay.co.uk/itm/353837129498?mkevt=1&mkcid=1&mkrid=710-53481-19255-0&campid=5338000000&toolid=10001&customid=tw',
    },
    {
      input: 'https://www.ebay.de/itm/315089224848?mkevt=1&campid=5330000001',
      settings: { networks: { ebay: { campaignId: '5338000000' } } },
      expect: { reason: 'foreign-affiliate' },
    },
    {
      input: 'https://www.ebay.com/sch/i.html?_from=R40&_trksid=p4432023&_nkw=lego',
      settings: {},
      expect: { reason: 'needs-setup' },
    },
  ],
};
