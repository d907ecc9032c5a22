import { amazonSuffixWarning } from './networks/amazon';

/** Field checks shared by the popup's inline setup and the settings page. */
export type FieldCheck = { error?: string; warning?: string };

export function checkAmazonTrackingId(id: string, marketplace: string): FieldCheck {
  const value = id.trim();
  if (value === '') return { error: 'Enter your tracking ID (for example yourname-20).' };
  if (!/^[a-z0-9][a-z0-9._-]{0,62}$/i.test(value)) {
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
  const bad = domains.find((d) => !/^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(d));
  return bad ? { error: `"${bad}" is not a domain (write it like example.com).` } : {};
}

export function splitList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((d) =>
      d
        .trim()
        .toLowerCase()
        .replace(/^[a-z]+:\/\//, '')
        .replace(/\/.*$/, '')
        .replace(/^www\./, ''),
    )
    .filter(Boolean);
}
