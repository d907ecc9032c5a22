import { describe, expect, it } from 'vitest';
import { cleanText, decodeEntities, safeUrl } from '@/lib/detect/dom';

describe('dom helpers', () => {
  it('cleanText: plain, single-spaced, bounded; nothing for nothing', () => {
    expect(cleanText('  Brass\n\t lamp  ')).toBe('Brass lamp');
    expect(cleanText('a'.repeat(400))?.length).toBeLessThanOrEqual(300);
    expect(cleanText(undefined)).toBeUndefined();
    expect(cleanText('   ')).toBeUndefined();
  });
  it('decodeEntities: named and numeric', () => {
    expect(decodeEntities('Tom &amp; Jerry &#8211; &#x263A; &quot;x&quot;')).toBe(
      'Tom & Jerry – ☺ "x"',
    );
  });
  it('safeUrl: absolute http(s) only', () => {
    expect(safeUrl('/img/a.jpg', 'https://shop.example/p')).toBe('https://shop.example/img/a.jpg');
    expect(safeUrl('javascript:alert(1)', 'https://shop.example/')).toBeUndefined();
    expect(safeUrl('data:image/png;base64,AA', 'https://shop.example/')).toBeUndefined();
  });
});
