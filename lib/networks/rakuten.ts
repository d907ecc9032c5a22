import { deepLinkNetwork } from './deep-link';

// Rakuten Advertising deep link: id (11 chars, case-sensitive), mid and murl are all required.
export const rakuten = deepLinkNetwork({
  id: 'rakuten',
  label: 'Rakuten Advertising',
  template:
    'https://click.linksynergy.com/deeplink?id={publisherId}&mid={advertiserId}&murl={url}[&u1={subId}]',
  coverage: 'advertisers',
  form: {
    publisher: 'Publisher ID (11 characters)',
    publisherLength: 11,
    about: 'Add each advertiser (its MID) and the shop domains it covers.',
  },
  requires: ['publisherId'],
  // The click host, and Rakuten's regional ones (Taiwan's affiliate API host).
  clickHosts: ['linksynergy.com', 'affiliate.api.rakuten.com.tw'],
  destination: 'murl',
  publisherParam: 'id',
  rates: { base: 0.05, approximate: true, source: 'Rakuten Advertising: set per advertiser' },
  examples: [
    {
      input: 'https://www.example-shop.com/p/123?utm_source=x&color=red',
      settings: {
        networks: {
          rakuten: {
            publisherId: 'AbCdEfGhIjK',
            advertisers: [{ id: '2149', domains: ['example-shop.com'] }],
          },
        },
        channels: { instagram: { subId: 'ig' } },
      },
      options: { channel: 'instagram' },
      expect:
        'https://click.linksynergy.com/deeplink?id=AbCdEfGhIjK&mid=2149&murl=https%3A%2F%2Fwww.example-shop.com%2Fp%2F123%3Fcolor%3Dred&u1=ig',
    },
  ],
});
