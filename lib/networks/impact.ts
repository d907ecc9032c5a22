import { deepLinkNetwork } from './deep-link';

// Impact (Walmart, Target, Best Buy, many brands): path and sub ids documented; `u=` seen in public code.
export const impact = deepLinkNetwork({
  id: 'impact',
  label: 'Impact',
  template:
    'https://{trackingDomain}/c/{publisherId}/{advertiserId}/{campaignId}?u={url}[&subId1={subId}]',
  coverage: 'advertisers',
  form: {
    publisher: 'Partner ID',
    about:
      'Walmart, Target, Best Buy and many brands: each advertiser’s ad ID, campaign ID and tracking domain (goto.walmart.com, brand.pxf.io…).',
  },
  requires: ['publisherId', 'advertiser.trackingDomain', 'advertiser.campaignId'],
  clickHosts: ['pxf.io', 'sjv.io', '7eer.net', 'evyy.net', 'goto.walmart.com', 'goto.target.com'],
  destination: 'u',
  publisherParam: (url) => /^\/c\/(\d+)\//.exec(url.pathname)?.[1] ?? null,
  rates: {
    base: 0.03,
    approximate: true,
    source: 'Walmart on Impact: 1–4%',
  },
  examples: [
    {
      input:
        'https://www.walmart.com/ip/Evenflo-Big-Kid-High-Back-Booster-Car-Seat-Denver/42338107?athbdg=L1600',
      settings: {
        networks: {
          impact: {
            publisherId: '1234567',
            advertisers: [
              {
                id: '565706',
                campaignId: '9383',
                trackingDomain: 'goto.walmart.com',
                domains: ['walmart.com'],
              },
            ],
          },
        },
      },
      expect:
        'https://goto.walmart.com/c/1234567/565706/9383?u=https%3A%2F%2Fwww.walmart.com%2Fip%2FEvenflo-Big-Kid-High-Back-Booster-Car-Seat-Denver%2F42338107%3Fathbdg%3DL1600',
    },
  ],
});
