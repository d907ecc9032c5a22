/** The options page's route and its query, from the address ("#/links?q=lamp"). */
export function readHash(): { route: string; query: URLSearchParams } {
  const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { route: path || 'links', query: new URLSearchParams(search) };
}
