import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpus of real shop pages and URLs lives beside the checkout (../shared/corpus), or
 * wherever KINLINK_CORPUS points. It is other sites' content: read in place, never copied here.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = process.env.KINLINK_CORPUS
  ? resolve(process.env.KINLINK_CORPUS)
  : resolve(here, '..', '..', 'shared', 'corpus');

export function requireCorpus(): string {
  if (!existsSync(join(CORPUS_DIR, 'urls.json'))) {
    throw new Error(
      `\n\n  THE SHARED CORPUS IS MISSING: looked for ${CORPUS_DIR}/urls.json.\n` +
        '  Put the shared/ folder beside this checkout, or set KINLINK_CORPUS=/path/to/shared/corpus.\n\n',
    );
  }
  return CORPUS_DIR;
}

export type CorpusUrl = {
  input: string;
  shop: string;
  marketplace: string;
  asin: string | null;
  itemId: string | null;
  page: string;
  needsResolution: boolean;
  notes: string;
};

export function corpusUrls(): CorpusUrl[] {
  return JSON.parse(readFileSync(join(requireCorpus(), 'urls.json'), 'utf8')) as CorpusUrl[];
}

export type PageLabel = {
  file: string;
  isProduct: boolean;
  kind: string;
  title: string | null;
  price: number | null;
  currency: string | null;
  ids: Record<string, string>;
  url: string | null;
  notes: string;
};

/** Every labelled page: labels.json and each later batch (labels-2.json, …). */
export function pageLabels(): PageLabel[] {
  const dir = join(requireCorpus(), 'pages');
  const files = readdirSync(dir)
    .filter((f) => /^labels(-\d+)?\.json$/.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PageLabel[]);
}

export function pageHtml(file: string): string {
  return readFileSync(join(requireCorpus(), 'pages', file), 'utf8');
}
