import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/app';
import { findRoute, ROUTES } from '@/entrypoints/options/routes';
import { useOptionsStore } from '@/entrypoints/options/store';

const initial = useOptionsStore.getState();

describe('options pages come from one route table', () => {
  it('every page under entrypoints/options/pages is in ROUTES (add its line to routes.tsx)', async () => {
    const dir = join(__dirname, '..', '..', 'entrypoints', 'options', 'pages');
    const pages = readdirSync(dir).map((f) => f.replace(/\.tsx$/, ''));
    // A page loaded later is routed through its loader: what it loads is the page's component.
    const routed = new Set<unknown>(
      await Promise.all(ROUTES.map((r) => ('load' in r.Page ? r.Page.load() : r.Page))),
    );
    for (const page of pages) {
      const module = (await import(`@/entrypoints/options/pages/${page}`)) as Record<
        string,
        unknown
      >;
      const components = Object.entries(module).filter(([name]) => name.endsWith('Page'));
      expect(components.length, `${page} exports its page component (…Page)`).toBeGreaterThan(0);
      for (const [name, component] of components)
        expect(routed.has(component), `${name} (pages/${page}) has a line in ROUTES`).toBe(true);
    }
  });

  it('every route has a label and a page; routes are unique', () => {
    expect(new Set(ROUTES.map((r) => r.route)).size).toBe(ROUTES.length);
    for (const r of ROUTES) {
      expect(r.label, r.route).not.toBe('');
      expect(typeof r.Page === 'function' || 'load' in r.Page, r.route).toBe(true);
    }
    expect(findRoute('')?.route, 'no route is the links page').toBe('links');
    expect(findRoute('nope')).toBeUndefined();
  });

  it('an unknown address shows “not found” with a way back, not another page', async () => {
    location.hash = '#/nope';
    useOptionsStore.setState(initial, true);
    render(<App />);
    await screen.findByRole('heading', { name: 'This page does not exist' });
    expect(screen.getByRole('link', { name: 'Go to your links' })).toHaveAttribute(
      'href',
      '#/links',
    );
    expect(document.title).toBe('Not found · Kinlink');
  });

  it('the navigation lists the table’s pages, the current one marked', async () => {
    location.hash = '#/settings';
    useOptionsStore.setState(initial, true);
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Kinlink' });
    const links = [...nav.querySelectorAll('li a')].map((a) => a.textContent);
    expect(links).toEqual(ROUTES.filter((r) => !('bare' in r)).map((r) => r.label));
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Settings');
  });
});
