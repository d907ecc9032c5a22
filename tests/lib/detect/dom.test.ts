import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, decodeEntities, safeUrl } from '@/lib/detect/dom';

describe('dom helpers', () => {
  it('cleanText: plain, single-spaced, bounded; nothing for nothing', () => {
    expect(cleanText('  Brass\n\t lamp  ')).toBe('Brass lamp');
    expect(cleanText('a'.repeat(400))?.length).toBeLessThanOrEqual(300);
    expect(cleanText(undefined)).toBeUndefined();
    expect(cleanText('   ')).toBeUndefined();
  });
  it('cleanText: markup, control characters and every kind of space come out as single spaces', () => {
    // The definition, in three plain passes; cleanText does it in fewer (it runs in every page).
    const reference = (v: string) =>
      v
        .replace(/<[^>]*>/g, ' ')
        .replace(/[\u0000-\u001f\u007f-\u009f<>]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<',
        '>',
        '<b>',
        '</i>',
        ' ',
        '\n',
        '\t',
        '\u00a0',
        '\u2028',
        '\u0001',
        '\u009f',
        '\ufeff',
        '\u3000',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const v = pieces.join('');
        const want = reference(v);
        expect(cleanText(v, 1000)).toBe(want === '' ? undefined : want);
      }),
      { numRuns: 2000 },
    );
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
