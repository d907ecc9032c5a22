import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOPS, URL_SHOPS } from '@/lib/detect/shops';

const DIR = join(__dirname, '..', '..', '..', 'lib', 'detect', 'shops');

describe('shop detectors: one file each, every one registered', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'common.ts'].includes(f))
    .map((f) => f.replace(/\.ts$/, ''));

  it.each(files)(
    'lib/detect/shops/%s.ts is in SHOPS or URL_SHOPS (add its line to shops/index.ts)',
    async (name) => {
      const module = (await import(`@/lib/detect/shops/${name}.ts`)) as Record<string, unknown>;
      const detector = module[name];
      expect(detector, `${name}.ts exports a detector named ${name}`).toBeDefined();
      expect([...SHOPS, ...URL_SHOPS], `SHOPS or URL_SHOPS list ${name}`).toContain(detector);
    },
  );

  it('SHOPS and URL_SHOPS have nothing that is not a file here', () => {
    expect(SHOPS.length + URL_SHOPS.length).toBe(files.length);
  });
});
