import { bareHost } from './host';
import { LIMITS } from './limits';
import { amazonSuffixWarning } from './networks/amazon';

/** What a field says as the user types (an error or a warning), shared by the popup's inline setup and the settings page. */
export type FieldCheck = { error?: string; warning?: string };

export function checkAmazonTrackingId(id: string, marketplace: string): FieldCheck {
  const value = id.trim();
  if (value === '') return { error: 'Enter your tracking ID (for example yourname-20).' };
  if (value.length > LIMITS.amazonTrackingId)
    return { error: `A tracking ID has at most ${LIMITS.amazonTrackingId} characters.` };
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(value)) {
    return {
      error: 'A tracking ID has only letters, digits and dashes (for example yourname-20).',
    };
  }
  const warning = amazonSuffixWarning(marketplace, value);
  return warning ? { warning } : {};
}

export function checkEbayCampaignId(id: string): FieldCheck {
  const value = id.trim();
  if (value === '')
    return { error: 'Enter your campaign ID (10 digits, from the eBay Partner Network).' };
  if (!/^\d{10}$/.test(value)) return { error: 'eBay campaign IDs are 10 digits.' };
  return {};
}

export function checkRequired(value: string, what: string): FieldCheck {
  return value.trim() === '' ? { error: `Enter ${what}.` } : {};
}

export function checkDomains(text: string): FieldCheck {
  const domains = splitList(text);
  if (domains.length === 0)
    return { error: 'Enter at least one shop domain (for example example.com).' };
  if (domains.length > LIMITS.domains)
    return { error: `At most ${LIMITS.domains} domains in one list (this has ${domains.length}).` };
  const bad = domains.find(
    (d) => d.length > LIMITS.domain || !/^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(d),
  );
  return bad ? { error: `"${bad.slice(0, 60)}" is not a domain (write it like example.com).` } : {};
}

export function splitList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((d) =>
      bareHost(
        d
          .trim()
          .replace(/^[a-z]+:\/\//i, '')
          .replace(/\/.*$/, ''),
      ),
    )
    .filter(Boolean);
}

/** "ref=anna&aff=2" → pairs, with each name and value checked against what storage keeps. */
export function checkRuleParameters(text: string): FieldCheck & { pairs: [string, string][] } {
  const parts = text
    .split(/[\n,&]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const pairs = parts
    .filter((p) => p.includes('='))
    .map((p) => {
      const at = p.indexOf('=');
      return [p.slice(0, at).trim(), p.slice(at + 1).trim()] as [string, string];
    });
  if (parts.length === 0)
    return { pairs, error: 'Enter at least one parameter, like ref=yourname.' };
  if (pairs.length < parts.length || pairs.some(([k]) => !k))
    return { pairs, error: 'Write each parameter as name=value.' };
  const longKey = pairs.find(([k]) => k.length > LIMITS.ruleKey);
  if (longKey)
    return { pairs, error: `A parameter name has at most ${LIMITS.ruleKey} characters.` };
  const longValue = pairs.find(([, v]) => v.length > LIMITS.ruleValue);
  if (longValue)
    return { pairs, error: `A parameter value has at most ${LIMITS.ruleValue} characters.` };
  return { pairs };
}

/** Tags as typed ("gift, summer"): each at most LIMITS.tag characters, at most LIMITS.tags. */
export function checkTags(text: string): FieldCheck & { tags: string[] } {
  const tags = [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  if (tags.length > LIMITS.tags) return { tags, error: `At most ${LIMITS.tags} tags.` };
  const long = tags.find((t) => t.length > LIMITS.tag);
  if (long)
    return { tags, error: `"${long.slice(0, 20)}…" is longer than ${LIMITS.tag} characters.` };
  return { tags };
}
