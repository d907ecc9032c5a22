import { LIMITS } from '../limits';
import type { Settings } from '../settings';
import { cleanUrl, hostMatches, toHttps } from '../url';
import type { LinkContext, LinkResult, NetworkAdapter } from './types';

/** A shop's own referral programme: on these domains, set (and remove) these parameters. */
export type QueryTagRule = {
  domains: string[];
  set: Record<string, string>;
  remove?: string[];
};

/** Generic tag rules: a shop's own referral programme ("set ref=me on example.com"). */
export function findRule(host: string, settings: Settings): QueryTagRule | undefined {
  return settings.networks.queryTag.rules.find((r) => r.domains.some((d) => hostMatches(host, d)));
}

function createQueryTagLink(url: URL, context: LinkContext): LinkResult {
  const rule = findRule(url.hostname, context.settings);
  const canonicalUrl = toHttps(cleanUrl(url)).href;
  if (!rule) {
    return {
      ok: false,
      reason: 'not-supported',
      cleanUrl: canonicalUrl,
      message: 'No rule for this shop.',
    };
  }
  // A parameter we would set that already holds another value is someone else's referral.
  for (const [name, value] of Object.entries(rule.set)) {
    const existing = url.searchParams.get(name);
    if (
      existing !== null &&
      existing !== '' &&
      existing !== value &&
      !context.options.replaceForeignTag
    ) {
      return {
        ok: false,
        reason: 'foreign-affiliate',
        networkId: 'queryTag',
        marker: `${name}=${existing}`,
        owner: existing,
        cleanUrl: canonicalUrl,
        message: `This link already carries someone else's referral (${name}=${existing}). Replace it with yours?`,
      };
    }
  }
  const link = toHttps(cleanUrl(url));
  for (const name of rule.remove ?? []) link.searchParams.delete(name);
  for (const [name, value] of Object.entries(rule.set)) link.searchParams.set(name, value);
  const first = Object.entries(rule.set)[0];
  return {
    ok: true,
    url: link.href,
    networkId: 'queryTag',
    canonicalUrl,
    trackingId: first ? `${first[0]}=${first[1]}` : undefined,
    warnings: [],
  };
}

export const queryTag: NetworkAdapter<'queryTag', { rules: QueryTagRule[] }> = {
  id: 'queryTag',
  label: 'Shop referral rule',
  settings: {
    title: 'Shop rules',
    schema: ({ object, array, string, record, list, text, domain }) => {
      const rule = object({
        domains: array(domain).min(1).max(LIMITS.domains),
        set: record(text(LIMITS.ruleKey).min(1), string().max(LIMITS.ruleValue)),
        remove: array(text(LIMITS.ruleKey).min(1)).max(LIMITS.domains).optional(),
      });
      return object({ rules: list(rule, LIMITS.rules, 'Shop rules') });
    },
    defaults: () => ({ rules: [] }),
  },
  claims: (url, settings) => findRule(url.hostname, settings) !== undefined,
  createLink: createQueryTagLink,
  canonicalize: (url) => toHttps(cleanUrl(url)).href,
  rates: { base: 0.05, approximate: true, source: 'Set your own rate for this shop in Settings' },
  sharePolicy: {
    blocked: {},
    disclosure: 'I may earn a reward from purchases made through this link.',
  },
  examples: [
    {
      input: 'https://shop.example-coffee.com/products/sidamo?variant=1&utm_source=ig',
      settings: {
        networks: {
          queryTag: {
            rules: [{ domains: ['example-coffee.com'], set: { ref: 'anna' }, remove: ['variant'] }],
          },
        },
      },
      expect: 'https://shop.example-coffee.com/products/sidamo?ref=anna',
    },
    {
      input: 'https://shop.example-coffee.com/products/sidamo?ref=bob',
      settings: {
        networks: {
          queryTag: { rules: [{ domains: ['example-coffee.com'], set: { ref: 'anna' } }] },
        },
      },
      expect: { reason: 'foreign-affiliate' },
    },
  ],
};
