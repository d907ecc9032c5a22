import { deepLinkNetwork } from './deep-link';

// Awin (also Etsy per country and former ShareASale advertisers). Format: Awin Link Builder.
export const awin = deepLinkNetwork({
  id: 'awin',
  label: 'Awin',
  template:
    'https://www.awin1.com/cread.php?awinmid={advertiserId}&awinaffid={publisherId}[&clickref={subId}]&ued={url}',
  coverage: 'advertisers',
  form: {
    publisher: 'Publisher ID (awinaffid)',
    about:
      'Also Etsy and former ShareASale advertisers. Add each advertiser you joined, with its ID and shop domains.',
  },
  requires: ['publisherId'],
  clickHosts: ['awin1.com', 'awin.com'],
  destination: 'ued',
  publisherParam: 'awinaffid',
  strictDestination: true,
  rates: { base: 0.045, approximate: true, source: 'Etsy on Awin: 4–5%' },
  examples: [
    {
      input:
        'https://www.etsy.com/listing/252423036/happy-soba-tee?utm_source=OpenGraph&utm_medium=PageTools#reviews',
      settings: {
        networks: {
          awin: {
            publisherId: '123456',
            advertisers: [{ id: '6220', name: 'Etsy', domains: ['etsy.com'] }],
          },
        },
      },
      expect:
        'https://www.awin1.com/cread.php?awinmid=6220&awinaffid=123456&ued=https%3A%2F%2Fwww.etsy.com%2Flisting%2F252423036%2Fhappy-soba-tee',
    },
    {
      input:
        'https://www.awin1.com/cread.php?awinmid=6220&awinaffid=999&ued=https%3A%2F%2Fwww.etsy.com%2F',
      settings: {
        networks: {
          awin: { publisherId: '123456', advertisers: [{ id: '6220', domains: ['etsy.com'] }] },
        },
      },
      expect: { reason: 'foreign-affiliate' },
    },
  ],
});
