import { describe, expect, it } from 'vitest';
import { pictureSource } from '@/lib/pictures';

describe('product pictures load only when the user chose so (issue 11, item 13)', () => {
  it('off (the default): no address at all, so nothing is requested', () => {
    expect(pictureSource('https://m.media-amazon.com/images/I/x.jpg', false)).toBeUndefined();
  });
  it.each([
    ['https://m.media-amazon.com/images/I/x.jpg', 'https://m.media-amazon.com/images/I/x.jpg'],
    ['http://tracker.example/p.png?who=me', undefined],
    ['data:image/png;base64,AAAA', undefined],
    ['javascript:alert(1)', undefined],
    ['//tracker.example/p.png', undefined],
    [undefined, undefined],
  ])('on: %s → %s (https only)', (image, expected) => {
    expect(pictureSource(image, true)).toBe(expected);
  });
});
