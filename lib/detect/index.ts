import { decidePage, decideRead, LOOK } from './decide';
import { readPage, readShown } from './read';
import type { ProductInfo } from './types';

export { SOURCES } from './decide';
export type { ProductInfo } from './types';

/**
 * Is this page one product, and what is it? Pure: reads the document, never changes it, never
 * throws, and lets nothing unsafe out (text is plain, URLs are absolute http(s)).
 *
 * Two halves, so the page carries only the first: readPage (read.ts) reads the document into
 * plain data in the content script; decidePage (decide.ts) decides from it in the background,
 * after asking for what the page shows (readShown) where decideRead says it could tell.
 */
export function detectProduct(doc: Document, url: string): ProductInfo | null {
  try {
    const read = readPage(doc, url);
    if (!read) return null;
    // As the extension does it: what the page shows is read only when it could change the answer.
    const answer = decideRead(read);
    return answer === LOOK ? decidePage(readShown(doc, read)) : answer;
  } catch {
    return null;
  }
}
