import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHOPS, URL_SHOPS } from '@/lib/detect/shops';

const DIR = join(__dirname, '..', '..', '..', 'lib', 'detect', 'shops');

describe('shop detectors: one file each, every one registered', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'common.ts'].includes(f))
    .map((f) => f.replace(/\.ts$/, ''));

  it.each(files)(
    'lib/detect/shops/%s.ts is in SHOPS or URL_SHOPS (add its line to shops/index.ts)',
    async (name) => {
      const module = (await import(`@/lib/detect/shops/${name}.ts`)) as Record<string, unknown>;
      const detector = module[name];
      expect(detector, `${name}.ts exports a detector named ${name}`).toBeDefined();
      expect([...SHOPS, ...URL_SHOPS], `SHOPS or URL_SHOPS list ${name}`).toContain(detector);
    },
  );

  it('SHOPS and URL_SHOPS have nothing that is not a file here', () => {
    expect(SHOPS.length + URL_SHOPS.length).toBe(files.length);
  });
});

describe('shop detectors: the host hint', () => {
  it('is in every host the detector answers for (it is tested before the pattern)', () => {
    const shopHost = fc
      .tuple(
        fc.constantFrom('', 'www.', 'm.', 'smile.', 'sfbay.'),
        fc.constantFrom('amazon', 'ebay', 'etsy', 'craigslist', 'AMAZON'),
        fc.constantFrom('.com', '.co.uk', '.de', '.co.jp', '.org', '.com.au', '.evil.example'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(shopHost, fc.domain()), (host) => {
        for (const shop of SHOPS)
          if (shop.hosts?.test(host)) expect(!shop.hint || host.includes(shop.hint)).toBe(true);
      }),
    );
  });
});
