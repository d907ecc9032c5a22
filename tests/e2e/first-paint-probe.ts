/**
 * Runs in an extension page (both end-to-end suites): opens the popup in a frame of the popup's
 * size and watches its document from before its scripts run, noting where the link's controls
 * are on the first paint (drawn without React) and again the moment React's tree has taken its
 * place, with the focused control each time. A user would see any difference as a jump.
 * Self-contained: it is handed to the page as it is.
 */
export type PaintSnapshot = { rects: Record<string, number[]>; focused: string };

export async function probeFirstPaint(
  src: string,
): Promise<{ plain?: PaintSnapshot; react?: PaintSnapshot; error?: string }> {
  const SELECTORS = [
    '.popup-header',
    '.product',
    '.product-title',
    '.link-meta',
    '#kinlink-link',
    '.copy-main',
    '.estimate',
  ];
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;top:0;left:0;width:380px;height:560px;border:0';
  document.body.append(frame);
  const blank = frame.contentDocument;
  frame.src = src;
  const until = performance.now() + 10_000;
  const later = () => new Promise((r) => setTimeout(r, 0));
  // The popup's own document, as soon as it exists (its module scripts run once it is parsed).
  let doc: Document | null = null;
  while (!doc && performance.now() < until) {
    const d = frame.contentDocument;
    if (d && d !== blank && d.URL !== 'about:blank') doc = d;
    else await later();
  }
  if (!doc) return { error: 'the popup’s document never came' };
  const page = doc;
  const seen: { plain?: PaintSnapshot; react?: PaintSnapshot; error?: string } = {};
  const snapshot = (within: Element): PaintSnapshot => {
    const rects: Record<string, number[]> = {};
    for (const s of SELECTORS) {
      const r = within.querySelector(s)?.getBoundingClientRect();
      if (r) rects[s] = [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 2) / 2);
    }
    const f = page.activeElement as HTMLElement | null;
    return { rects, focused: f ? (f.textContent ?? '').trim() || f.tagName : '' };
  };
  const observer = new MutationObserver(() => {
    const root = page.getElementById('root');
    const plain = page.querySelector('body > .popup');
    if (plain && !seen.plain) seen.plain = snapshot(plain);
    const react = root?.querySelector('.popup');
    if (seen.plain && !plain && react && !root?.hasAttribute('style')) {
      seen.react = snapshot(react);
      observer.disconnect();
    }
  });
  observer.observe(page, { childList: true, subtree: true, attributes: true });
  while (!seen.react && performance.now() < until) await later();
  observer.disconnect();
  frame.remove();
  return seen;
}
