/**
 * A host as people name a shop: lower case, without "www." ("www.Amazon.com" → "amazon.com").
 * A leaf module: the content script imports it too.
 */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}
