import {
  BarChart3,
  Database,
  FolderHeart,
  Link2,
  type LucideIcon,
  Settings as SettingsIcon,
} from 'lucide-react';
import type { ComponentType } from 'react';
import { CollectionsPage } from './pages/collections';
import { DashboardPage } from './pages/dashboard';
import { DataPage } from './pages/data';
import { LinksPage } from './pages/links';
import { SettingsPage } from './pages/settings';
import { WelcomePage } from './pages/welcome';

/**
 * Every page of the options tab, in one table that drives the navigation, the window title and
 * what renders. Adding a page is its file plus one line here. `bare` pages have no sidebar.
 */
export type OptionsRoute = {
  route: string;
  label: string;
  Page: ComponentType;
  icon?: LucideIcon;
  bare?: boolean;
};

export const ROUTES = [
  { route: 'links', label: 'Links', icon: Link2, Page: LinksPage },
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
