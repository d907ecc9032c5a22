import { describe, expect, it } from 'vitest';
import { canonicalize, createLink, NETWORKS } from '@/lib/networks';
import { defaultSettings, parseSettings } from '@/lib/settings';

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

  it('every network declares its own settings block, and a new install has exactly its defaults (issue 15, item 3)', () => {
    const parsed = parseSettings({}).networks as Record<string, unknown>;
    const fresh = defaultSettings().networks as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(NETWORKS.map((n) => n.id));
    for (const n of NETWORKS) {
      expect(parsed[n.id], `${n.id}: parsing nothing gives its defaults`).toEqual(
        n.settings.defaults(),
      );
      expect(fresh[n.id], `${n.id}: a new install has its defaults`).toEqual(n.settings.defaults());
    }
  });

  it('every network other than the special cards declares its Settings card', () => {
    const special = new Set(['amazon', 'ebay', 'queryTag']);
    for (const n of NETWORKS) {
      if (special.has(n.id)) continue;
      expect(n.card?.id, `${n.id}: its card in Settings comes from its own file`).toBe(n.id);
      expect(n.card?.about, `${n.id}: its card says what to add`).toBeTruthy();
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
