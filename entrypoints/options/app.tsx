import { BarChart3, Database, FolderHeart, Link2, Settings as SettingsIcon } from 'lucide-react';
import { useEffect } from 'react';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Logo } from '@/components/Logo';
import { PageError } from './page-error';
import { CollectionsPage } from './pages/collections';
import { DashboardPage } from './pages/dashboard';
import { DataPage } from './pages/data';
import { LinksPage } from './pages/links';
import { SettingsPage } from './pages/settings';
import { WelcomePage } from './pages/welcome';
import { useOptionsStore } from './store';

const NAV = [
  { route: 'links', label: 'Links', icon: Link2 },
  { route: 'collections', label: 'Collections', icon: FolderHeart },
  { route: 'dashboard', label: 'Dashboard', icon: BarChart3 },
  { route: 'settings', label: 'Settings', icon: SettingsIcon },
  { route: 'data', label: 'Data', icon: Database },
] as const;

export function App() {
  const route = useOptionsStore((s) => s.route);
  const loaded = useOptionsStore((s) => s.loaded);
  const init = useOptionsStore((s) => s.init);
  useEffect(() => {
    void init();
  }, [init]);
  useEffect(() => {
    const label = NAV.find((n) => n.route === route)?.label ?? 'Welcome';
    document.title = `${label} · Kinlink`;
  }, [route]);

  if (route === 'welcome') return loaded ? <WelcomePage /> : null;
  return (
    <div className="layout">
      <nav className="sidebar" aria-label="Kinlink">
        <a className="sidebar-brand" href="#/links">
          <Logo size={24} />
          <span>Kinlink</span>
        </a>
        <ul>
          {NAV.map(({ route: r, label, icon: Icon }) => (
            <li key={r}>
              <a href={`#/${r}`} aria-current={route === r ? 'page' : undefined}>
                <Icon size={18} aria-hidden="true" />
                {label}
              </a>
            </li>
          ))}
        </ul>
        <p className="sidebar-foot hint">Everything stays in this browser.</p>
      </nav>
      <main className="content">
        {loaded ? (
          <ErrorBoundary
            resetKey={route}
            fallback={(error, retry) => <PageError error={error} retry={retry} />}
          >
            <Page route={route} />
          </ErrorBoundary>
        ) : null}
      </main>
    </div>
  );
}

function Page({ route }: { route: string }) {
  switch (route) {
    case 'collections':
      return <CollectionsPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'settings':
      return <SettingsPage />;
    case 'data':
      return <DataPage />;
    default:
      return <LinksPage />;
  }
}
