import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyImport,
  checkImport,
  collectionToHtml,
  collectionToMarkdown,
  csvCell,
  exportAll,
  linksToCsv,
} from '@/lib/data-transfer';
import { type KinlinkDB, openDatabase } from '@/lib/db';
import { recordAction } from '@/lib/history';

let db: KinlinkDB;
let n = 0;
const draft = (asin: string, title: string) => ({
  originalUrl: `https://www.amazon.com/dp/${asin}`,
  canonicalUrl: `https://www.amazon.com/dp/${asin}`,
  affiliateUrl: `https://www.amazon.com/dp/${asin}?tag=me-20`,
  networkId: 'amazon',
  marketplace: 'amazon.com',
  trackingId: 'me-20',
  product: { title, price: 10, currency: 'USD', asin },
});

async function seed(target: KinlinkDB) {
  const a = await recordAction(target, draft('B0783SG446', 'Gorilla tape'), 'copy', 'copy', 1000);
  await recordAction(target, draft('B00N150YS4', 'Black tape <b>'), 'share', 'x', 2000);
  await target.collections.add({ name: 'Picks', linkIds: [a], createdAt: 1, updatedAt: 1 });
}

async function snapshot(target: KinlinkDB) {
  const strip = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  return {
    // touchedAt is the database's own write stamp (for the search index), not the user's data.
    links: strip(await target.links.toArray()).map(({ touchedAt: _t, ...l }) => l),
    events: (await target.events.toArray()).map(({ id: _id, linkId: _l, ...e }) => e),
    collections: strip(await target.collections.toArray()).map((c) => ({
      ...c,
      linkIds: c.linkIds.length,
    })),
  };
}

beforeEach(async () => {
  db = openDatabase(`kinlink-dt-${n++}`);
  await db.open();
});

describe('export and import', () => {
  it('export → import into an empty database gives back the same data', async () => {
    await seed(db);
    const progress: number[] = [];
    const json = await exportAll(db, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(4); // 2 links + 2 events
    const other = openDatabase(`kinlink-dt-${n++}`);
    const check = await checkImport(other, json);
    expect(check).toMatchObject({
      ok: true,
      preview: { newLinks: 2, updatedLinks: 0, events: 2, collections: 1 },
    });
    if (!check.ok) return;
    await applyImport(other, check.preview.file);
    expect(await snapshot(other)).toEqual(await snapshot(db));
  });

  it('importing links already here merges them instead of duplicating', async () => {
    await seed(db);
    const json = await exportAll(db);
    const check = await checkImport(db, json);
    expect(check).toMatchObject({ ok: true, preview: { newLinks: 0, updatedLinks: 2 } });
    if (check.ok) await applyImport(db, check.preview.file);
    expect(await db.links.count()).toBe(2);
    expect((await db.links.toArray()).map((l) => l.copyCount).sort()).toEqual([0, 2]);
  });

  it.each([
    [
      '{"format": "kinlink-export", "links": [',
      /not valid JSON \(it ends before the data is complete/,
    ],
    [
      '{\n  "format": "kinlink-export",\n  "links": [x]\n}',
      /not valid JSON \(line 3, column \d+\)/,
    ],
    ['{"hello": 1}', /not a Kinlink export/],
    [
      JSON.stringify({
        format: 'kinlink-export',
        version: 1,
        exportedAt: 1,
        links: [{ id: 1, originalUrl: 'javascript:alert(1)' }],
        events: [],
        collections: [],
      }),
      /error at links\.0\./,
    ],
    [
      JSON.stringify({
        format: 'kinlink-export',
        version: 1,
        exportedAt: 1,
        links: [],
        events: [{ id: 1, linkId: 9, kind: 'copy', channel: 'copy', at: 1 }],
        collections: [],
      }),
      /refers to link 9/,
    ],
  ])(
    'refuses a broken or foreign file, says where, and changes nothing (%#)',
    async (text, message) => {
      await seed(db);
      const before = await snapshot(db);
      const check = await checkImport(db, text);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(message);
      expect(await snapshot(db)).toEqual(before);
    },
  );
});

describe('CSV and collection exports', () => {
  it('CSV has a header, one row per link, and defuses spreadsheet formulas', async () => {
    await seed(db);
    const csv = linksToCsv(await db.links.toArray());
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^created,title,shop,network,tracking_id/);
    expect(lines).toHaveLength(3);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(' =1+1'), 'a formula after spaces').toBe(`"' =1+1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    // A spreadsheet that splits on ; or tab must not see a cell starting with =: every cell is quoted.
    for (const cell of ['a;=cmd()', 'a\t=cmd()', 'a|=cmd()', 'plain'])
      expect(csvCell(cell), cell).toMatch(/^".*"$/s);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('the HTML page is self-contained, escaped, and carries the network’s disclosure', async () => {
    await seed(db);
    const html = collectionToHtml('My <picks>', await db.links.toArray());
    expect(html).toContain('As an Amazon Associate I earn from qualifying purchases.');
    expect(html).toContain('My &lt;picks&gt;');
    expect(html).toContain('Black tape &lt;b&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('rel="sponsored noopener"');
  });

  it('the HTML page keeps Amazon’s rules: prices dated, its pictures only when asked (issue 15, item 4)', async () => {
    const at = Date.UTC(2026, 10, 28, 12);
    const link = (networkId: string, shop: string) => ({
      originalUrl: `https://www.${shop}/p/1`,
      canonicalUrl: `https://www.${shop}/p/1`,
      affiliateUrl: `https://www.${shop}/p/1?tag=me-21`,
      networkId,
      trackingId: 'me-21',
      product: { title: 'Kettle', price: 220, currency: 'GBP', image: `https://img.${shop}/k.jpg` },
    });
    await recordAction(db, link('amazon', 'amazon.co.uk'), 'copy', 'copy', at);
    await recordAction(db, link('ebay', 'ebay.co.uk'), 'copy', 'copy', at);
    const links = await db.links.toArray();
    const html = collectionToHtml('Picks', links);
    expect(html).toContain('£220.00 on 28 Nov · amazon.co.uk');
    expect(html, 'eBay asks for no date').toContain('£220.00 · ebay.co.uk');
    expect(html, 'no Amazon picture unless asked').not.toContain('img.amazon.co.uk');
    expect(html).toContain('img.ebay.co.uk');
    expect(collectionToHtml('Picks', links, '#ad', { pictures: true })).toContain(
      'img.amazon.co.uk',
    );
    expect(collectionToMarkdown('Picks', links)).toContain('£220.00 on 28 Nov');
  });

  it('Markdown lists every link with its disclosure', async () => {
    await seed(db);
    const md = collectionToMarkdown('Picks', await db.links.toArray());
    expect(md).toContain(
      '- [Gorilla tape](<https://www.amazon.com/dp/B0783SG446?tag=me-20>) — $10.00',
    );
    expect(md).toContain('_As an Amazon Associate I earn from qualifying purchases._');
  });

  it('Markdown keeps a URL with ) whole, and a hostile URL or title cannot add links, lines or HTML', () => {
    const link = (affiliateUrl: string, title: string) =>
      ({
        affiliateUrl,
        canonicalUrl: affiliateUrl,
        networkId: 'queryTag',
        shop: 'shop.example',
        product: { title },
      }) as never;
    const md = collectionToMarkdown('Picks\n# Pwned', [
      link('https://shop.example/p/smile-:)-mug?ref=anna', 'Smile :) mug'),
      link(
        'https://evil.example/a)\n[click](https://evil.example/x) <img src=x onerror=alert(1)>',
        'T](https://evil.example)\n<script>',
      ),
    ]);
    expect(md, 'the ) in the path does not end the link: the tag is kept').toContain(
      '(<https://shop.example/p/smile-:)-mug?ref=anna>)',
    );
    const lines = md.split('\n');
    expect(
      lines.filter((l) => l.startsWith('- ')),
      'one list line per link',
    ).toHaveLength(2);
    expect(
      lines.filter((l) => l.startsWith('#')),
      'one heading',
    ).toHaveLength(1);
    expect(md, 'no raw HTML: every < is escaped or encoded').not.toMatch(/(?<!\\)<(img|script)/);
    for (const line of lines.filter((l) => l.startsWith('- '))) {
      const destination = /\]\(<(.*)>\)/.exec(line)?.[1] ?? '';
      expect(destination, 'the destination cannot end early: no < or > inside').not.toMatch(/[<>]/);
    }
  });
});
