import { describe, expect, it } from 'vitest';
import { asinInPath, isAsin } from '@/lib/asin';

describe('ASIN: one definition', () => {
  it.each([
    ['B0783SG446', true],
    ['1849759375', true],
    ['b0783sg446', false],
    ['B0783SG44', false],
    ['B0783SG4467', false],
  ])('isAsin(%s) = %s', (text, expected) => {
    expect(isAsin(text)).toBe(expected);
  });

  it.each([
    ['/Gorilla-Tape/dp/B0783SG446/ref=sr_1_1', 'B0783SG446'],
    ['https://www.amazon.com/dp/B0783SG446?tag=me-20', 'B0783SG446'],
    ['/gp/product/1849759375', '1849759375'],
    ['/gp/aw/d/B0783SG446', 'B0783SG446'],
    ['/dp/B0783SG4467', undefined],
    ['/s?k=tape', undefined],
  ])('asinInPath(%s) = %s', (path, expected) => {
    expect(asinInPath(path)).toBe(expected);
  });
});
