import { deepLinkNetwork } from './deep-link';

// CJ: format seen in public code (NETWORKS.md); kept as data so it can be corrected without code.
export const cj = deepLinkNetwork({
  id: 'cj',
  label: 'CJ Affiliate',
  template: 'https://www.anrdoezrs.net/click-{publisherId}-{advertiserId}?url={url}[&sid={subId}]',
  coverage: 'advertisers',
  form: {
    publisher: 'Publisher ID (PID)',
    about: 'Add each advertiser (its ad ID) and its shop domains.',
  },
  requires: ['publisherId'],
  clickHosts: [
    'anrdoezrs.net',
    'dpbolvw.net',
    'jdoqocy.com',
    'kqzyfj.com',
    'tkqlhce.com',
    'qksrv.net',
    'emjcd.com',
    'apmebf.com',
    // CJ's other click domains, and its Deep Link Generator's (cj.dotomi.com, …).
    'awltovhc.com',
    'ftjcfx.com',
    'lduhtrp.net',
    'tqlkg.com',
    'yceml.net',
    'afcyhf.com',
    'dotomi.com',
  ],
  destination: 'url',
  publisherParam: (url) => /^\/(?:click-|links\/)(\d+)/.exec(url.pathname)?.[1] ?? null,
  rates: { base: 0.05, approximate: true, source: 'CJ: set per advertiser' },
  examples: [
    {
      input: 'https://www.bookshop-example.com/books/dune/9780441013593',
      settings: {
        networks: {
          cj: {
            publisherId: '1234567',
            advertisers: [{ id: '12345678', domains: ['bookshop-example.com'] }],
          },
        },
      },
      expect:
        'https://www.anrdoezrs.net/click-1234567-12345678?url=https%3A%2F%2Fwww.bookshop-example.com%2Fbooks%2Fdune%2F9780441013593',
    },
    {
      // Another publisher's link from CJ's Deep Link Generator: theirs, never offered as clean.
      input:
        'https://cj.dotomi.com/links-t/7654321/type/dlg/sid/abc/https://www.bookshop-example.com/books/dune',
      settings: { networks: { cj: { publisherId: '1234567' } } },
      expect: { reason: 'foreign-affiliate' },
    },
  ],
});
