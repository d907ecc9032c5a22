import { AMAZON_MARKETPLACES, AMAZON_SHORT_HOSTS } from './networks/amazon-data';

/**
 * The host permissions Kinlink may ask for, all optional, all for expanding a short link: the
 * short host, and the Amazon stores it redirects to (to read where the redirect ends). The
 * manifest declares this list; the popup asks for part of it at the user's click.
 */
const storeOrigins = Object.keys(AMAZON_MARKETPLACES).map((m) => `https://*.${m}/*`);

export const OPTIONAL_HOST_PERMISSIONS: readonly string[] = [
  ...AMAZON_SHORT_HOSTS.map((h) => `https://${h}/*`),
  ...storeOrigins,
];

/** What to ask for before expanding a short link on `host` (a subset of the declared list). */
export function shortLinkOrigins(host: string): string[] {
  return [
    ...AMAZON_SHORT_HOSTS.filter((h) => h === host).map((h) => `https://${h}/*`),
    ...storeOrigins,
  ];
}
