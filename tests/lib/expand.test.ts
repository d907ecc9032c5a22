import { describe, expect, it } from 'vitest';
import { expandShortLink } from '@/lib/expand';

const fakeFetch = (finalUrl: string | Error) =>
  (async () => {
    if (finalUrl instanceof Error) throw finalUrl;
    return { url: finalUrl } as Response;
  }) as typeof fetch;

describe('expandShortLink', () => {
  it('returns where the short link goes', async () => {
    expect(
      await expandShortLink(
        'https://amzn.to/35N2X0D',
        fakeFetch('https://www.amazon.com/dp/B0783SG446?tag=someone-20'),
      ),
    ).toEqual({
      ok: true,
      url: 'https://www.amazon.com/dp/B0783SG446?tag=someone-20',
    });
  });
  it('refuses anything that is not a known short link, without fetching', async () => {
    let fetched = false;
    const spy = (async () => {
      fetched = true;
      return { url: '' } as Response;
    }) as typeof fetch;
    expect(await expandShortLink('https://evil.example/r', spy)).toMatchObject({ ok: false });
    expect(fetched).toBe(false);
  });
  it('explains a network failure', async () => {
    expect(
      await expandShortLink('https://a.co/d/04EDxRA1', fakeFetch(new Error('Failed to fetch'))),
    ).toMatchObject({ ok: false, message: /could not be opened/ });
  });
});
