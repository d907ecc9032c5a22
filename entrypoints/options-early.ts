import { readHash } from './options/hash';
import { startRead } from './options/pages/links/raw-read';

/**
 * The options page's first script: a classic script in its head, about a kilobyte, run before
 * the page's modules have loaded. Opened on the links page, it starts reading the newest links
 * from IndexedDB, so the read runs while React and the page's code load and compile instead of
 * after them. The page picks the read up (pages/links/first-rows.ts); nothing else happens here.
 */
export default defineUnlistedScript(() => {
  if (readHash().route === 'links') startRead();
});
