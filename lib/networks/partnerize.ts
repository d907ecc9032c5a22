import { deepLinkNetwork } from './deep-link';

// Partnerize (format seen in public code): the camref names both publisher and advertiser.
export const partnerize = deepLinkNetwork({
  id: 'partnerize',
  label: 'Partnerize',
  template: 'https://prf.hn/click/camref:{advertiserId}[/pubref:{subId}]/destination:{url}',
  coverage: 'advertisers',
  form: {
    advertiserId: 'Camref',
    about: 'Each advertiser’s camref and its shop domains.',
  },
  requires: [],
  clickHosts: ['prf.hn'],
  destination: (url) => {
    const m = /\/destination:([^/]+)/.exec(url.pathname);
    if (!m?.[1]) return null;
    try {
      return decodeURIComponent(m[1]);
    } catch {
      return null;
    }
  },
  publisherParam: (url) => /\/camref:([^/]+)/.exec(url.pathname)?.[1] ?? null,
  ownerField: 'advertiserId',
  rates: { base: 0.05, approximate: true, source: 'Partnerize: set per advertiser' },
  examples: [
    {
      input: 'https://www.example-fashion.co.uk/women/dresses/linen-midi-123.html?utm_campaign=x',
      settings: {
        networks: {
          partnerize: { advertisers: [{ id: '1011l3kXa', domains: ['example-fashion.co.uk'] }] },
        },
      },
      expect:
        'https://prf.hn/click/camref:1011l3kXa/destination:https%3A%2F%2Fwww.example-fashion.co.uk%2Fwomen%2Fdresses%2Flinen-midi-123.html',
    },
  ],
});
