import { describe, expect, it } from 'vitest';
import { productInfoSchema } from '@/lib/messages';
import { cleanPageText, stripControls } from '@/lib/text';

describe('text from pages and files (issue 11, item 17)', () => {
  it('removes bidirectional controls, which can make a caption read as something else', () => {
    // "Trojan Source": RLO makes "gpj.exe" display reversed.
    const title = 'Lamp \u202eexe.gpj\u202c \u2066hidden\u2069 \u200fend\u200e';
    expect(cleanPageText(title, 500)).toBe('Lamp exe.gpj hidden end');
    expect(stripControls(title)).toBe('Lamp exe.gpj hidden end');
  });

  it('the product a page reports loses them too, before anything shows it', () => {
    const parsed = productInfoSchema.parse({
      url: 'https://shop.example/p',
      canonicalUrl: 'https://shop.example/p',
      title: '\u202eBest\u202c lamp',
      ids: {},
      sources: {},
    });
    expect(parsed.title).toBe('Best lamp');
  });

  it('keeps ordinary text, emoji and other scripts as they are', () => {
    for (const text of [
      'Kaffeebohnen 1 kg – Röstung',
      '抹茶ラテ 200g',
      'Cup 👩‍👩‍👧 set',
      'שולחן עץ',
    ])
      expect(cleanPageText(text, 500)).toBe(text);
  });
});
