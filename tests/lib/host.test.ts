import { describe, expect, it } from 'vitest';
import { bareHost } from '@/lib/host';

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
