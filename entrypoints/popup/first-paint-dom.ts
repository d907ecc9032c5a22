import { isSoldOut } from '@/lib/availability';
import type { FirstView } from '@/lib/first-view';
import { formatMoney } from '@/lib/money';
import { openOptions } from './open-options';
import { pending } from './pending';

/**
 * The popup's very first paint, without React: the view the background made for the tab
 * (lib/first-view.ts), drawn with plain DOM calls by the popup's first chunk, which is a few
 * kilobytes instead of React's sixty-odd. React loads right after that paint, draws the same
 * tree (shell.tsx with first-paint.tsx) unseen beside it, and `handOver` swaps the two in one
 * step, the focus moved to the same control. The elements are React's own, attribute for
 * attribute (tests/entrypoints/popup-first-paint.test.tsx compares them for any view), so the
 * swap moves nothing on screen. A click meanwhile is kept (`pending`) and done by the full popup.
 */
export type PlainFirstPaint = {
  /** The popup's frame as React would draw it, already in the document. */
  node: HTMLElement;
  /**
   * `draw` draws React's tree in the root (at once); then it is shown instead of this one, the
   * focus on the same control, in the same task: nothing is painted in between.
   */
  handOver(draw?: () => void): void;
};

type Child = Node | string | false | undefined | null;
type Attributes = Record<string, string | undefined>;

const SVG = 'http://www.w3.org/2000/svg';

function el(tag: string, attributes: Attributes, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  fill(node, attributes, children);
  return node;
}

function svg(tag: string, attributes: Attributes, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  fill(node, attributes, children);
  return node;
}

function fill(node: Element, attributes: Attributes, children: Child[]): void {
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) {
    // As React: nothing for false, null, undefined and the empty string.
    if (child === false || child === null || child === undefined || child === '') continue;
    node.append(child);
  }
}

/** The lucide icons the first paint shows (their drawings as lucide-react renders them). */
const ICONS: Record<string, { cls: string; parts: [string, Attributes][] }> = {
  history: {
    cls: 'lucide lucide-rotate-ccw-clock lucide-history',
    parts: [
      ['path', { d: 'M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8' }],
      ['path', { d: 'M3 3v5h5' }],
      ['path', { d: 'M12 7v5l4 2' }],
    ],
  },
  settings: {
    cls: 'lucide lucide-settings',
    parts: [
      [
        'path',
        {
          d: 'M9.671 4.136a2.34 2.34 0 0 1 4.659 0 2.34 2.34 0 0 0 3.319 1.915 2.34 2.34 0 0 1 2.33 4.033 2.34 2.34 0 0 0 0 3.831 2.34 2.34 0 0 1-2.33 4.033 2.34 2.34 0 0 0-3.319 1.915 2.34 2.34 0 0 1-4.659 0 2.34 2.34 0 0 0-3.32-1.915 2.34 2.34 0 0 1-2.33-4.033 2.34 2.34 0 0 0 0-3.831A2.34 2.34 0 0 1 6.35 6.051a2.34 2.34 0 0 0 3.319-1.915',
        },
      ],
      ['circle', { cx: '12', cy: '12', r: '3' }],
    ],
  },
  'image-off': {
    cls: 'lucide lucide-image-off',
    parts: [
      ['line', { x1: '2', x2: '22', y1: '2', y2: '22' }],
      ['path', { d: 'M10.41 10.41a2 2 0 1 1-2.83-2.83' }],
      ['line', { x1: '13.5', x2: '6', y1: '13.5', y2: '21' }],
      ['line', { x1: '18', x2: '21', y1: '12', y2: '15' }],
      [
        'path',
        { d: 'M3.59 3.59A1.99 1.99 0 0 0 3 5v14a2 2 0 0 0 2 2h14c.55 0 1.052-.22 1.41-.59' },
      ],
      ['path', { d: 'M21 15V5a2 2 0 0 0-2-2H9' }],
    ],
  },
  copy: {
    cls: 'lucide lucide-copy',
    parts: [
      ['rect', { width: '14', height: '14', x: '8', y: '8', rx: '2', ry: '2' }],
      ['path', { d: 'M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2' }],
    ],
  },
};

function icon(name: keyof typeof ICONS, size: number): SVGElement {
  const { cls, parts } = ICONS[name] as (typeof ICONS)[string];
  const s = String(size);
  return svg(
    'svg',
    {
      xmlns: SVG,
      width: s,
      height: s,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      class: cls,
      'aria-hidden': 'true',
    },
    ...parts.map(([tag, a]) => svg(tag, a)),
  );
}

/** components/Logo.tsx at 20 px. */
function logo(): SVGElement {
  return svg(
    'svg',
    {
      width: '20',
      height: '20',
      viewBox: '0 0 128 128',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    svg('rect', { x: '4', y: '4', width: '120', height: '120', rx: '28', fill: '#0d8a7f' }),
    svg(
      'g',
      { fill: 'none', 'stroke-width': '14', 'stroke-linecap': 'round' },
      svg('circle', { cx: '48', cy: '64', r: '24', stroke: '#ffffff' }),
      svg('circle', { cx: '80', cy: '64', r: '24', stroke: '#ffd9c7' }),
      svg('path', {
        d: 'M 64.5 46.3 A 24 24 0 0 1 71.4 87.0',
        stroke: '#ffffff',
        'stroke-linecap': 'butt',
      }),
    ),
  );
}

/** components/Thumb.tsx: the picture, or the plain icon when there is none or it fails. */
function thumb(src: string | undefined, on: AbortSignal): HTMLElement {
  const box = el('div', { class: 'product-image' });
  if (!src) {
    box.append(icon('image-off', 20));
    return box;
  }
  const img = el('img', { src, alt: '', loading: 'lazy', referrerpolicy: 'no-referrer' });
  img.addEventListener('error', () => img.replaceWith(icon('image-off', 20)), { signal: on });
  box.append(img);
  return box;
}

const SIZED_BY_CSS = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content');

/**
 * The link field as tall as the link (a long eBay link is three lines, not two with the end cut
 * off), up to the most the popup's height allows (then it scrolls). CSS does it where the browser
 * has `field-sizing` (Chromium); elsewhere it is measured here, one layout before the paint.
 * Both first paints use it (here, and LinkField in first-paint.tsx).
 */
export function fitLinkField(field: HTMLTextAreaElement, link: string): void {
  if (!link || SIZED_BY_CSS) return;
  field.style.height = '0';
  field.style.height = `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`;
}

/**
 * Draws `first` into the document (before `root`, which stays unseen until `handOver`) and
 * focuses its Copy button, as React's `autoFocus` would.
 */
export function paintFirstView(first: FirstView, root: HTMLElement): PlainFirstPaint {
  const stop = new AbortController();
  const on = stop.signal;
  const { product } = first;
  const button = (label: string, title: string, name: keyof typeof ICONS, route: string) => {
    const b = el(
      'button',
      { type: 'button', class: 'icon-btn', 'aria-label': label, title },
      icon(name, 18),
    );
    b.addEventListener('click', () => void openOptions(route), { signal: on });
    return b;
  };
  const field = el('textarea', {
    id: 'kinlink-link',
    class: 'link-field',
    readonly: '',
    rows: '2',
  }) as HTMLTextAreaElement;
  field.value = first.link;
  field.addEventListener('focus', () => field.select(), { signal: on });
  const copy = (what: 'link' | 'caption', attributes: Attributes, ...children: Child[]) => {
    const b = el('button', { type: 'button', ...attributes }, ...children);
    b.addEventListener('click', () => (pending.copy = what), { signal: on });
    return b;
  };
  const copyLink = copy(
    'link',
    { class: 'btn btn-primary copy-main' },
    icon('copy', 16),
    'Copy link',
  );
  const soldOut = isSoldOut(product?.availability);
  const node = el(
    'div',
    { class: 'popup' },
    el(
      'header',
      { class: 'popup-header' },
      el('div', { class: 'brand' }, logo(), el('span', {}, 'Kinlink')),
      el(
        'nav',
        { class: 'header-actions', 'aria-label': 'Kinlink' },
        button('Your links (history)', 'Your links', 'history', 'links'),
        button('Settings', 'Settings', 'settings', 'settings'),
      ),
    ),
    el(
      'main',
      { class: 'popup-main', 'aria-busy': 'true' },
      product
        ? el(
            'section',
            { class: 'product', 'aria-label': 'Product' },
            thumb(product.image, on),
            el(
              'div',
              { class: 'product-text' },
              el('h2', { class: 'product-title', title: product.title }, product.title),
              el(
                'p',
                { class: 'product-meta num' },
                product.price !== undefined &&
                  el('strong', {}, formatMoney(product.price, product.currency)),
                product.price !== undefined && ' · ',
                first.shop,
                soldOut && el('span', { class: 'stock-out' }, 'Out of stock'),
              ),
            ),
          )
        : first.headline &&
            el(
              'section',
              { class: 'page-headline' },
              el('h2', {}, first.headline.title),
              el('p', { class: 'hint' }, first.headline.hint),
            ),
      el(
        'section',
        { class: 'link-panel', 'aria-label': 'Your link' },
        el(
          'div',
          { class: 'link-meta' },
          el('span', {}, first.network),
          first.trackingId && el('span', { 'aria-hidden': 'true' }, '·'),
          first.trackingId && el('span', { class: 'tracking-id' }, first.trackingId),
        ),
        el('label', { class: 'sr-only', for: 'kinlink-link' }, 'Your link'),
        field,
        ...first.warnings.map((w) => el('p', { class: 'field-warning' }, w)),
        el(
          'div',
          { class: 'copy-row' },
          copyLink,
          copy('caption', { class: 'btn' }, 'Copy with caption'),
        ),
        el('p', { class: 'sr-only', 'aria-live': 'polite' }),
        first.estimate &&
          el(
            'p',
            {
              class: 'estimate num',
              title: `Estimate from ${first.estimateSource}. Networks pay on the final sale price.`,
            },
            'Estimated ',
            first.estimate,
          ),
        first.estimate &&
          first.notEarning &&
          el('p', { class: 'hint estimate-note' }, first.notEarning),
      ),
    ),
  );
  root.before(node);
  // React's tree is drawn in `root` unseen but laid out at the popup's own width (its own
  // measurements stay true), taking no height from the page meanwhile.
  root.setAttribute('style', 'height:0;overflow:hidden;visibility:hidden');
  root.setAttribute('aria-hidden', 'true');
  fitLinkField(field, first.link);
  copyLink.focus();
  return {
    node,
    handOver(draw = () => {}) {
      const controls = (within: Element) => [
        ...within.querySelectorAll<HTMLElement>('button, textarea, a[href], input, select'),
      ];
      // Where the focus is before React draws (its autoFocus must not decide it).
      const at = controls(node).indexOf(document.activeElement as HTMLElement);
      draw();
      stop.abort();
      node.remove();
      root.removeAttribute('style');
      root.removeAttribute('aria-hidden');
      if (at >= 0) controls(root)[at]?.focus();
    },
  };
}
