import { isShortLink } from './networks';
import { parseHttpUrl } from './url';

/**
 * Follow a short link (amzn.to, a.co …) to where it really goes. Only on the user's request:
 * the popup asks for the host permission at that moment, then the background fetches.
 */
export async function expandShortLink(
  input: string,
  fetcher: typeof fetch = fetch,
): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  if (!isShortLink(input))
    return { ok: false, message: 'This is not a short link Kinlink knows how to expand.' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 8000);
  try {
    const response = await fetcher(input, {
      redirect: 'follow',
      credentials: 'omit',
      signal: controller.signal,
    });
    const target = parseHttpUrl(response.url);
    if (!target.ok || isShortLink(target.url.href)) {
      return { ok: false, message: 'The short link did not lead to a shop page.' };
    }
    return { ok: true, url: target.url.href };
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return {
      ok: false,
      message: timedOut
        ? 'The short link took too long to answer. Check your connection and try again.'
        : `The short link could not be opened (${error instanceof Error ? error.message : 'network error'}).`,
    };
  } finally {
    clearTimeout(timer);
  }
}
