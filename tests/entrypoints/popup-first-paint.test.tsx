import { act, cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { Copy, History, ImageOff, Settings } from 'lucide-react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { paintFirstView } from '@/entrypoints/popup/first-paint-dom';
import { mount } from '@/entrypoints/popup/mount';
import { pending } from '@/entrypoints/popup/pending';
import { Popup } from '@/entrypoints/popup/shell';
import type { FirstView } from '@/lib/first-view';

/**
 * The popup's first paint is drawn twice: by plain DOM calls (first-paint-dom.ts, so the link
 * shows before React has loaded) and by React (shell.tsx and first-paint.tsx), which takes its
 * place. The swap must move nothing: for any view the background can make, both trees are the
 * same elements, attributes and text.
 */

/** An element as a list of what a user agent sees: tag, attributes, text (adjacent text merged). */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue;
  const el = node as Element;
  const attributes = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
  if (el instanceof HTMLTextAreaElement) return [el.tagName, attributes, `value=${el.value}`];
  const children: unknown[] = [];
  let text = '';
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
    else {
      if (text) children.push(text);
      text = '';
      children.push(shape(child));
    }
  }
  if (text) children.push(text);
  return [el.namespaceURI, el.tagName.toLowerCase(), attributes, children];
}

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '<b>x</b>', '"quoted" & more', 'Ünïcødé 🎉', 'a\nb'),
);
const view: fc.Arbitrary<FirstView> = fc.record(
  {
    url: fc.constant('https://www.amazon.com/dp/B0783SG446'),
    link: fc.oneof(fc.webUrl(), text),
    network: text,
    trackingId: fc.option(text, { nil: undefined }),
    shop: text,
    product: fc.option(
      fc.record(
        {
          title: text,
          image: fc.option(fc.webUrl(), { nil: undefined }),
          price: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: undefined }),
          currency: fc.option(fc.constantFrom('USD', 'EUR', 'JPY', 'usd', 'XXZ', ''), {
            nil: undefined,
          }),
          availability: fc.option(
            fc.constantFrom('InStock', 'https://schema.org/OutOfStock', 'SoldOut', 'x'),
            { nil: undefined },
          ),
        },
        { requiredKeys: ['title'] },
      ),
      { nil: null },
    ),
    estimate: text,
    estimateSource: text,
    notEarning: fc.option(text, { nil: undefined }),
    warnings: fc.uniqueArray(text, { maxLength: 3 }),
    headline: fc.option(fc.record({ title: text, hint: text }), { nil: undefined }),
  },
  {
    requiredKeys: [
      'url',
      'link',
      'network',
      'shop',
      'product',
      'estimate',
      'estimateSource',
      'warnings',
    ],
  },
);

const never = () => new Promise<never>(() => {});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  pending.copy = null;
});

describe('the popup’s first paint without React', () => {
  it('is the same tree React draws, for any view the background can make', () => {
    fc.assert(
      fc.property(view, (first) => {
        const root = document.createElement('div');
        document.body.append(root);
        const plain = paintFirstView(first, root);
        const { container } = render(<Popup first={first} full={never} />);
        expect(shape(plain.node)).toEqual(shape(container.firstElementChild as Element));
        cleanup();
        document.body.innerHTML = '';
      }),
      { numRuns: 150 },
    );
  });

  it('draws lucide’s own icons', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const plain = paintFirstView(
      {
        url: 'https://a.example/',
        link: 'https://a.example/?tag=x',
        network: 'Amazon',
        shop: 'a.example',
        product: { title: 'Lamp' },
        estimate: '',
        estimateSource: '',
        warnings: [],
      },
      root,
    );
    const drawn = [...plain.node.querySelectorAll('svg.lucide')].map((s) => s.outerHTML);
    const lucide = [History, Settings, ImageOff, Copy].map((Icon, i) =>
      renderToStaticMarkup(<Icon size={i === 2 ? 20 : i === 3 ? 16 : 18} aria-hidden="true" />),
    );
    const same = (html: string) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      return shape(box.firstElementChild as Element);
    };
    expect(drawn.map(same)).toEqual(lucide.map(same));
  });

  it('shows the link focused on Copy; a click is kept; React takes over with the focus on the same control', async () => {
    const first: FirstView = {
      url: 'https://www.amazon.com/dp/B0783SG446',
      link: 'https://www.amazon.com/dp/B0783SG446?tag=me-20',
      network: 'Amazon Associates',
      trackingId: 'me-20',
      shop: 'amazon.com',
      product: { title: 'Gorilla Tape', price: 12.48, currency: 'USD' },
      estimate: '$0.37 per sale (3% Home)',
      estimateSource: 'Amazon',
      warnings: [],
    };
    const root = document.createElement('div');
    document.body.append(root);
    const plain = paintFirstView(first, root);
    const field = document.querySelector<HTMLTextAreaElement>('#kinlink-link');
    expect(field?.value).toBe(first.link);
    const copyButton = plain.node.querySelector<HTMLButtonElement>('.copy-main');
    expect(document.activeElement).toBe(copyButton);
    // React's tree is laid out but unseen until the hand-over (its own measurements stay true).
    expect(root.style.visibility).toBe('hidden');
    copyButton?.click();
    expect(pending.copy).toBe('link');
    // The caption button, focused by Tab, is where the focus is when React takes over.
    const caption = plain.node.querySelectorAll<HTMLButtonElement>('.copy-row button')[1];
    caption?.focus();
    act(() => mount(root, first, plain));
    expect(plain.node.isConnected).toBe(false);
    expect(root.getAttribute('style')).toBeNull();
    expect(root.getAttribute('aria-hidden')).toBeNull();
    expect(document.querySelectorAll('#kinlink-link')).toHaveLength(1);
    expect(document.activeElement?.textContent).toBe('Copy with caption');
    expect(root.contains(document.activeElement)).toBe(true);
    // Nothing the plain paint listened for is still listened for: one click, one action.
    pending.copy = null;
    copyButton?.click();
    expect(pending.copy).toBeNull();
  });
});
