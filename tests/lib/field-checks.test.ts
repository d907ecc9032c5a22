import { describe, expect, it } from 'vitest';
import {
  checkAmazonTrackingId,
  checkDomains,
  checkEbayCampaignId,
  checkRequired,
  checkRuleParameters,
  checkTags,
  splitList,
} from '@/lib/field-checks';
import { LIMITS } from '@/lib/limits';

describe('field checks (the settings page and the popup’s inline setup)', () => {
  it('Amazon tracking id: required, letters/digits/dashes, within the limit; a suffix warning only', () => {
    expect(checkAmazonTrackingId('', 'amazon.com').error).toMatch(/Enter your tracking ID/);
    expect(checkAmazonTrackingId('bad id!', 'amazon.com').error).toMatch(/only letters/);
    expect(
      checkAmazonTrackingId('a'.repeat(LIMITS.amazonTrackingId + 1), 'amazon.com').error,
    ).toMatch(/at most 64/);
    expect(checkAmazonTrackingId('me-20', 'amazon.com')).toEqual({});
    expect(checkAmazonTrackingId('me-20', 'amazon.co.uk').warning).toBeDefined();
  });
  it('eBay campaign id: exactly 10 digits', () => {
    expect(checkEbayCampaignId('5338123456')).toEqual({});
    expect(checkEbayCampaignId('12345').error).toMatch(/10 digits/);
  });
  it('domains: each a domain, within the count limit; addresses reduced to their host', () => {
    expect(splitList('https://www.Shop.example/p, other.example  third.example')).toEqual([
      'shop.example',
      'other.example',
      'third.example',
    ]);
    expect(checkDomains('').error).toMatch(/at least one/);
    expect(checkDomains('not a domain').error).toMatch(/is not a domain/);
    expect(
      checkDomains(Array.from({ length: LIMITS.domains + 1 }, (_, i) => `s${i}.example`).join(','))
        .error,
    ).toMatch(/At most 500/);
  });
  it('shop-rule parameters: name=value, each within its limit', () => {
    expect(checkRuleParameters('ref=anna&aff=2')).toEqual({
      pairs: [
        ['ref', 'anna'],
        ['aff', '2'],
      ],
    });
    expect(checkRuleParameters('ref').error).toMatch(/name=value/);
    expect(checkRuleParameters(`${'k'.repeat(65)}=v`).error).toMatch(/name has at most 64/);
  });
  it('tags: trimmed, each once, within the limits', () => {
    expect(checkTags(' gift, summer ,gift,')).toEqual({ tags: ['gift', 'summer'] });
    expect(checkTags('t'.repeat(LIMITS.tag + 1)).error).toMatch(/longer than 60/);
  });
  it('required', () => {
    expect(checkRequired(' ', 'the advertiser ID').error).toBe('Enter the advertiser ID.');
  });
});
