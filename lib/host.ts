/**
 * A host as people name a shop: lower case, without "www." ("www.Amazon.com" → "amazon.com").
 * A leaf module: the content script imports it too.
 */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * Whether Kinlink may read pages on `host`: detection on (Settings) and the host not one of the
 * sites where the user turned it off — a site covers its subdomains ("shop.example" covers
 * "eu.shop.example"; "www." is ignored).
 */
export function detectionAllowed(
  detection: { enabled: boolean; disabledSites: readonly string[] },
  host: string,
): boolean {
  if (!detection.enabled) return false;
  const bare = bareHost(host);
  return !detection.disabledSites.some((s) => {
    const site = bareHost(s);
    return bare === site || bare.endsWith(`.${site}`);
  });
}
