import { describe, expect, it } from 'vitest';
import { canonicalize, createLink, NETWORKS } from '@/lib/networks';
import { parseSettings } from '@/lib/settings';

const cases = NETWORKS.flatMap((network) =>
  network.examples.map((example, i) => ({
    network,
    example,
    name: `${network.id} example ${i + 1}: ${example.input.slice(0, 70)}`,
  })),
);

describe('network registry', () => {
  it('has unique ids and at least one example per network', () => {
    const ids = NETWORKS.map((n) => n.id);
    expect(new Set(ids).size, 'two networks share an id').toBe(ids.length);
    for (const n of NETWORKS)
      expect(n.examples.length, `${n.id} has no examples`).toBeGreaterThan(0);
  });

  it('every network other than the special cards declares its Settings card, with settings of its own (issue 15, item 3, in part)', () => {
    const special = new Set(['amazon', 'ebay', 'queryTag']);
    const defaults = parseSettings({}).networks as Record<string, unknown>;
    for (const n of NETWORKS) {
      if (special.has(n.id)) continue;
      expect(n.card?.id, `${n.id}: its card in Settings comes from its own file`).toBe(n.id);
      expect(n.card?.about, `${n.id}: its card says what to add`).toBeTruthy();
      expect(defaults[n.id], `${n.id}: the settings keep its fields`).toMatchObject({
        publisherId: '',
        advertisers: [],
        domains: [],
      });
    }
  });

  it.each(cases)('$name', ({ network, example }) => {
    const settings = parseSettings(example.settings);
    const result = createLink(example.input, settings, example.options);
    if (typeof example.expect === 'string') {
      expect(result, `${network.id}: expected a link, got ${JSON.stringify(result)}`).toMatchObject(
        {
          ok: true,
          url: example.expect,
          networkId: network.id,
        },
      );
    } else {
      expect(result, `${network.id}: expected failure ${example.expect.reason}`).toMatchObject({
        ok: false,
        reason: example.expect.reason,
      });
    }
  });

  it.each(cases)('no other network claims $name', ({ network, example }) => {
    const settings = parseSettings(example.settings);
    const url = new URL(example.input);
    const others = NETWORKS.filter((n) => n.id !== network.id && n.claims(url, settings)).map(
      (n) => n.id,
    );
    expect(
      others,
      `${example.input} is also claimed by ${others.join(', ')}: narrow their claims()`,
    ).toEqual([]);
  });
});

describe('canonicalize: the URL history de-duplicates on', () => {
  it.each([
    [
      'https://smile.amazon.com/Gorilla-Tape/dp/B0783SG446/ref=sr_1_1?tag=someone-20&th=1',
      'https://www.amazon.com/dp/B0783SG446',
    ],
    [
      'https://www.amazon.com/dp/B0783SG446?psc=1&tag=me-20',
      'https://www.amazon.com/dp/B0783SG446?psc=1',
    ],
    [
      'http://m.ebay.com/itm/Some-Chair/390985762669?_trksid=p1&campid=5338000000',
      'https://www.ebay.com/itm/390985762669',
    ],
    [
      'http://shop.example.com/p/1?utm_source=ig&color=red#reviews',
      'https://shop.example.com/p/1?color=red',
    ],
  ])('%s → %s', (input, expected) => {
    expect(canonicalize(input)).toBe(expected);
  });
  it('is null for non-web input', () => {
    expect(canonicalize('javascript:alert(1)')).toBeNull();
  });
});
