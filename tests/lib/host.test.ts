import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareHost, detectionAllowed } from '@/lib/host';

describe('bareHost: one definition', () => {
  it.each([
    ['www.Amazon.com', 'amazon.com'],
    ['amazon.co.uk', 'amazon.co.uk'],
    ['wwwshop.example', 'wwwshop.example'],
    ['m.ebay.de', 'm.ebay.de'],
  ])('%s → %s', (host, expected) => {
    expect(bareHost(host)).toBe(expected);
  });
});

describe('detectionAllowed: where Kinlink may read pages', () => {
  const on = (disabledSites: string[]) => ({ enabled: true, disabledSites });
  const label = fc.stringMatching(/^[a-z0-9]{1,8}$/);
  const domain = fc.array(label, { minLength: 2, maxLength: 3 }).map((l) => l.join('.'));

  it('a site turned off covers itself, www. and every subdomain; no other host', () => {
    fc.assert(
      fc.property(domain, label, label, (site, sub, other) => {
        const settings = on([site]);
        expect(detectionAllowed(settings, site)).toBe(false);
        expect(detectionAllowed(settings, `www.${site}`)).toBe(false);
        expect(detectionAllowed(settings, `${sub}.${site}`.toUpperCase())).toBe(false);
        // A host that only ends with the same letters is another site.
        expect(detectionAllowed(settings, `${other}${site}`)).toBe(true);
        expect(detectionAllowed(settings, `${site}.${other}x`)).toBe(true);
      }),
    );
  });

  it('off everywhere is off everywhere; on with no sites turned off reads every host', () => {
    fc.assert(
      fc.property(domain, (host) => {
        expect(detectionAllowed({ enabled: false, disabledSites: [] }, host)).toBe(false);
        expect(detectionAllowed(on([]), host)).toBe(true);
      }),
    );
  });

  it('a site saved as "www.shop.example" covers shop.example too', () => {
    expect(detectionAllowed(on(['www.shop.example']), 'shop.example')).toBe(false);
    expect(detectionAllowed(on(['shop.example']), 'notshop.example')).toBe(true);
  });
});
