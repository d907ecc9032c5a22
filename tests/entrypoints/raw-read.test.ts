import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestRecords, readNewest } from '@/entrypoints/options/pages/links/raw-read';
import type { LinkRecord } from '@/lib/db';
import { DB_NAME } from '@/lib/db-name';

/** A database shaped like Kinlink's (`links` with auto-numbered ids) after adds and deletions. */
async function database(factory: IDBFactory, added: number, deleted: ReadonlySet<number>) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () =>
      open.result.createObjectStore('links', { keyPath: 'id', autoIncrement: true });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve) => {
    const tx = db.transaction('links', 'readwrite');
    const store = tx.objectStore('links');
    for (let i = 0; i < added; i++) store.add({ title: `link ${i + 1}` });
    for (const id of deleted) store.delete(id);
    tx.oncomplete = () => resolve();
  });
  return db;
}

const newest = (db: IDBDatabase, limit: number) =>
  new Promise<number[]>((resolve) => {
    const store = db.transaction('links', 'readonly').objectStore('links');
    newestRecords(store, limit, (rows) => resolve(rows.map((r) => r.id as number)));
  });

/** What the read must give: the `limit` highest ids still there, newest first. */
const expected = (added: number, deleted: ReadonlySet<number>, limit: number) =>
  Array.from({ length: added }, (_, i) => added - i)
    .filter((id) => !deleted.has(id))
    .slice(0, limit);

const histories = fc.integer({ min: 0, max: 180 }).chain((added) =>
  fc.record({
    added: fc.constant(added),
    // Deletions anywhere, often whole runs of the newest (a cleared selection).
    deleted: fc.oneof(
      fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, added) }), { maxLength: added }),
      fc.integer({ min: 0, max: added }).map((n) => Array.from({ length: n }, (_, i) => added - i)),
    ),
    limit: fc.integer({ min: 1, max: 60 }),
  }),
);

describe('the first rows read straight from IndexedDB (options page)', () => {
  for (const how of ['in one request (getAllRecords)', 'without getAllRecords'] as const) {
    it(`gives the newest links still there, newest first, whatever was deleted — ${how}`, async () => {
      const proto = (globalThis as { IDBObjectStore: { prototype: object } }).IDBObjectStore
        .prototype as { getAllRecords?: unknown };
      const had = proto.getAllRecords;
      if (how === 'without getAllRecords') delete proto.getAllRecords;
      else expect(had, 'fake-indexeddb has it, like Chromium').toBeTypeOf('function');
      try {
        await fc.assert(
          fc.asyncProperty(histories, async ({ added, deleted, limit }) => {
            const gone = new Set(deleted);
            const db = await database(new IDBFactory(), added, gone);
            try {
              expect(await newest(db, limit)).toEqual(expected(added, gone, limit));
            } finally {
              db.close();
            }
          }),
          { numRuns: 60 },
        );
      } finally {
        if (had) proto.getAllRecords = had;
      }
    });
  }

  it('needs at most three requests for 40 rows when nothing was deleted (not one per row)', async () => {
    const proto = (globalThis as { IDBObjectStore: { prototype: object } }).IDBObjectStore
      .prototype as Record<string, unknown>;
    const had = proto.getAllRecords;
    delete proto.getAllRecords;
    const db = await database(new IDBFactory(), 500, new Set());
    const store = db.transaction('links', 'readonly').objectStore('links');
    let requests = 0;
    for (const name of ['openCursor', 'openKeyCursor', 'getAll', 'get']) {
      const original = (store as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
      Object.defineProperty(store, name, {
        value: (...args: unknown[]) => {
          requests++;
          return original?.apply(store, args);
        },
      });
    }
    try {
      const rows = await new Promise<LinkRecord[]>((resolve) => newestRecords(store, 40, resolve));
      expect(rows.map((r) => r.id)).toEqual(expected(500, new Set(), 40));
      expect(requests).toBeLessThanOrEqual(3);
    } finally {
      proto.getAllRecords = had;
      db.close();
    }
  });

  it('reads nothing and creates nothing where there is no database yet', async () => {
    const real = globalThis.indexedDB;
    const empty = new IDBFactory();
    globalThis.indexedDB = empty;
    try {
      expect(await readNewest(40)).toBeNull();
      expect(await empty.databases()).toEqual([]);
    } finally {
      globalThis.indexedDB = real;
    }
  });
});
