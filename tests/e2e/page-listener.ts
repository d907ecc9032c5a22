/**
 * Installed in a shop page before its scripts (both end-to-end suites): listens as a page that
 * knows Kinlink's id would — for the events WXT's content-script wrapper used to dispatch (on
 * start and on every in-page navigation) and for any message — and keeps what it heard in
 * `globalThis.__seen`. Kinlink must give it nothing. Self-contained: handed to the page as it is.
 */
export function listenAsAPage(id: string): void {
  const seen: string[] = [];
  (globalThis as { __seen?: string[] }).__seen = seen;
  const names = ['content-script-started', 'locationchange'].flatMap((n) => [
    `${id}:product:wxt:${n}`,
    `wxt:${n}`,
  ]);
  for (const target of [window, document])
    for (const type of names) target.addEventListener(type, () => seen.push(type), true);
  window.addEventListener('message', (e) => seen.push(`message ${JSON.stringify(e.data)}`));
}

/** What the page heard (read in the page). */
export const heard = () => (globalThis as { __seen?: string[] }).__seen;
