import {
  BarChart3,
  Database,
  FolderHeart,
  Link2,
  type LucideIcon,
  Settings as SettingsIcon,
} from 'lucide-react';
import { type ComponentType, lazy } from 'react';
import { LinksPage } from './pages/links';

/** A page loaded when it is first opened; `load` gives its component (the route test uses it). */
function later<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  const component = () => load().then((m) => m[name] as ComponentType);
  return Object.assign(
    lazy(() => component().then((Page) => ({ default: Page }))),
    { load: component },
  );
}

// The links page is the one opened most: it comes with the page. Every other page is loaded when
// it is opened (the dashboard brings the chart library with it).
const CollectionsPage = later(() => import('./pages/collections'), 'CollectionsPage');
const DashboardPage = later(() => import('./pages/dashboard'), 'DashboardPage');
const DataPage = later(() => import('./pages/data'), 'DataPage');
const SettingsPage = later(() => import('./pages/settings'), 'SettingsPage');
const WelcomePage = later(() => import('./pages/welcome'), 'WelcomePage');

/**
 * Every page of the options tab, in one table that drives the navigation, the window title and
 * what renders. Adding a page is its file plus one line here. `bare` pages have no sidebar.
 */
export type OptionsRoute = {
  route: string;
  label: string;
  Page: ComponentType & { load?: () => Promise<ComponentType> };
  icon?: LucideIcon;
  bare?: boolean;
  /** Drawn before the settings are in (it shows what depends on them once they are). */
  early?: boolean;
};

export const ROUTES = [
  { route: 'links', label: 'Links', icon: Link2, Page: LinksPage, early: true },
  { route: 'collections', label: 'Collections', icon: FolderHeart, Page: CollectionsPage },
  { route: 'dashboard', label: 'Dashboard', icon: BarChart3, Page: DashboardPage },
  { route: 'settings', label: 'Settings', icon: SettingsIcon, Page: SettingsPage },
  { route: 'data', label: 'Data', icon: Database, Page: DataPage },
  { route: 'welcome', label: 'Welcome', Page: WelcomePage, bare: true },
] as const satisfies readonly OptionsRoute[];

export const DEFAULT_ROUTE = 'links';

/** The page for a route ('' is the default); undefined for an address that is not a page. */
export function findRoute(route: string): OptionsRoute | undefined {
  return ROUTES.find((r) => r.route === (route || DEFAULT_ROUTE));
}
