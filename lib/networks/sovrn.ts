import { deepLinkNetwork } from './deep-link';

// Sovrn Commerce (ex-VigLink; format seen in public code): one site key covers the listed shops.
export const sovrn = deepLinkNetwork({
  id: 'sovrn',
  label: 'Sovrn Commerce',
  template: 'https://redirect.viglink.com/?key={publisherId}&u={url}[&cuid={subId}]',
  coverage: 'domains',
  form: {
    publisher: 'Site key',
    about: 'One key covers every shop you list.',
  },
  requires: ['publisherId'],
  clickHosts: ['redirect.viglink.com'],
  destination: 'u',
  publisherParam: 'key',
  rates: { base: 0.04, approximate: true, source: 'Sovrn Commerce: set per merchant' },
  examples: [
    {
      input: 'https://www.overstock.com/Home-Garden/Canape-Plates/29099468/product.html',
      settings: { networks: { sovrn: { publisherId: 'abc123key', domains: ['overstock.com'] } } },
      expect:
        'https://redirect.viglink.com/?key=abc123key&u=https%3A%2F%2Fwww.overstock.com%2FHome-Garden%2FCanape-Plates%2F29099468%2Fproduct.html',
    },
  ],
});
