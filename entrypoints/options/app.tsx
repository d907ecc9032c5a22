import { Suspense, useEffect } from 'react';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Logo } from '@/components/Logo';
import { PageError } from './page-error';
import { findRoute, ROUTES } from './routes';
import { useOptionsStore } from './store';

export function App() {
  const route = useOptionsStore((s) => s.route);
  const loaded = useOptionsStore((s) => s.loaded);
  const init = useOptionsStore((s) => s.init);
  useEffect(() => {
    void init();
  }, [init]);
  const current = findRoute(route);
  const ready = loaded || current?.early === true;
  useEffect(() => {
    document.title = `${current?.label ?? 'Not found'} · Kinlink`;
  }, [current]);

  if (current?.bare)
    return ready ? (
      <Suspense fallback={null}>
        <current.Page />
      </Suspense>
    ) : null;
  return (
    <div className="layout">
      <nav className="sidebar" aria-label="Kinlink">
        <a className="sidebar-brand" href="#/links">
          <Logo size={24} />
          <span>Kinlink</span>
        </a>
        <ul>
          {ROUTES.filter((r) => 'icon' in r).map(({ route: r, label, icon: Icon }) => (
            <li key={r}>
              <a href={`#/${r}`} aria-current={current?.route === r ? 'page' : undefined}>
                <Icon size={18} aria-hidden="true" />
                {label}
              </a>
            </li>
          ))}
        </ul>
        <p className="sidebar-foot hint">Everything stays in this browser.</p>
      </nav>
      <main className="content">
        {ready ? (
          <ErrorBoundary
            resetKey={route}
            fallback={(error, retry) => <PageError error={error} retry={retry} />}
          >
            <Suspense fallback={<p className="hint page-loading">Loading…</p>}>
              {current ? <current.Page /> : <NotFound route={route} />}
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </main>
    </div>
  );
}

/** An address that is no page (an old bookmark, a typo): say so, and offer the way back. */
export function NotFound({ route }: { route: string }) {
  return (
    <div className="page">
      <h1>This page does not exist</h1>
      <p>
        There is no page at <code>#/{route.slice(0, 80)}</code> in Kinlink.
      </p>
      <a className="btn btn-primary" href="#/links">
        Go to your links
      </a>
    </div>
  );
}
