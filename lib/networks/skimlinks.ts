import { deepLinkNetwork } from './deep-link';

// Skimlinks (format seen in public code): one publisher id covers every shop the user lists.
export const skimlinks = deepLinkNetwork({
  id: 'skimlinks',
  label: 'Skimlinks',
  template: 'https://go.skimresources.com/?id={publisherId}&xs=1&url={url}[&xcust={subId}]',
  coverage: 'domains',
  form: {
    publisher: 'Publisher ID',
    about: 'One ID covers every shop you list.',
  },
  requires: ['publisherId'],
  clickHosts: ['go.skimresources.com', 'go.redirectingat.com'],
  destination: 'url',
  publisherParam: 'id',
  rates: { base: 0.04, approximate: true, source: 'Skimlinks: set per merchant' },
  examples: [
    {
      input: 'https://www.wayfair.com/furniture/pdp/wade-logan-penhook-armchair-w005759888.html',
      settings: { networks: { skimlinks: { publisherId: '12345X678', domains: ['wayfair.com'] } } },
      expect:
        'https://go.skimresources.com/?id=12345X678&xs=1&url=https%3A%2F%2Fwww.wayfair.com%2Ffurniture%2Fpdp%2Fwade-logan-penhook-armchair-w005759888.html',
    },
  ],
});
