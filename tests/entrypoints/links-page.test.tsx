import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { LinksPage } from '@/entrypoints/options/pages/links';
import {
  afterFirstRows,
  dropEarlyRows,
  earlyRows,
  markFirstRowsPainted,
  readFirstRowsEarly,
} from '@/entrypoints/options/pages/links/first-rows';
import { startedRead, startRead } from '@/entrypoints/options/pages/links/raw-read';
import { useOptionsStore } from '@/entrypoints/options/store';
import { getDatabase } from '@/lib/db';
import { clearHistory, deleteLinks, recordAction } from '@/lib/history';
import { parseSettings } from '@/lib/settings';

const initial = useOptionsStore.getState();
afterEach(() => useOptionsStore.setState(initial, true));

describe('the Links page with no links yet', () => {
  it('asks a newcomer to set up a network — once the settings are in, not before', async () => {
    render(<LinksPage />);
    expect(await screen.findByText('No links yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Set up your networks' })).toBeNull();
    act(() => useOptionsStore.setState({ loaded: true }));
    expect(screen.getByRole('link', { name: 'Set up your networks' })).toBeInTheDocument();
  });

  it('right after setup, does not ask again: the next step is a shop page', async () => {
    useOptionsStore.setState({
      settings: parseSettings({
        networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } },
      }),
      loaded: true,
    });
    render(<LinksPage />);
    expect(await screen.findByText('No links yet')).toBeInTheDocument();
    expect(screen.getByText(/Open a product page in any shop/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Set up your networks' })).toBeNull();
  });
});

const draft = (title: string, asin = title) => ({
  originalUrl: `https://www.amazon.com/dp/${asin}`,
  canonicalUrl: `https://www.amazon.com/dp/${asin}`,
  affiliateUrl: `https://www.amazon.com/dp/${asin}?tag=me-20`,
  networkId: 'amazon',
  trackingId: 'me-20',
  product: { title },
});

describe('the Links page’s first rows (issue 14)', () => {
  it('draws the rows read as the page loaded, and never keeps them once the page has read its own', async () => {
    const db = getDatabase();
    await clearHistory(db);
    const [first] = await Promise.all(
      ['EARLYROW01', 'EARLYROW02'].map((t, i) => recordAction(db, draft(t), 'copy', 'copy', i)),
    );
    readFirstRowsEarly();
    await waitFor(() => expect(earlyRows()?.rows).toHaveLength(2));
    render(<LinksPage />);
    expect(await screen.findByText('EARLYROW02')).toBeInTheDocument();
    await waitFor(() => expect(earlyRows(), 'dropped once the page read its own').toBeNull());
    // A link deleted since is gone, and a second opening does not bring it back from the early read.
    await deleteLinks(db, [first as number]);
    await waitFor(() => expect(screen.queryByText('EARLYROW01')).toBeNull());
    cleanup();
    render(<LinksPage />);
    expect(await screen.findByText('EARLYROW02')).toBeInTheDocument();
    expect(screen.queryByText('EARLYROW01')).toBeNull();
    await clearHistory(db);
  });
});

describe('the early read answering while the page first draws', () => {
  it('still shows the rows when the read lands between the page’s first render and its effects', async () => {
    const db = getDatabase();
    await clearHistory(db);
    await recordAction(db, draft('RACEROW01'), 'copy', 'copy', 0);
    readFirstRowsEarly();
    const early = earlyRows();
    expect(early?.rows, 'not in yet when the page renders').toBeUndefined();
    // Drawn after the page in the same render: what the read's answer does when it lands in that
    // gap (once a fast read really did, the page stayed on "Searching…" with no rows).
    function ReadLands() {
      if (early && !early.rows) early.rows = [];
      return null;
    }
    render(
      <>
        <LinksPage />
        <ReadLands />
      </>,
    );
    expect(await screen.findByText('RACEROW01')).toBeInTheDocument();
    await clearHistory(db);
  });
});

describe('reading the first rows before the database layer opens', () => {
  it('creates nothing when there is no database yet (a fresh install), and leaves the page to read', async () => {
    const real = globalThis.indexedDB;
    const empty = new IDBFactory();
    globalThis.indexedDB = empty;
    try {
      readFirstRowsEarly();
      await earlyRows()?.read;
      expect(earlyRows()).toBeNull();
      expect(await empty.databases(), 'no empty database left for Dexie to upgrade').toEqual([]);
    } finally {
      globalThis.indexedDB = real;
    }
  });
});

describe('the first read started by the page’s first script (entrypoints/options-early.ts)', () => {
  it('is picked up by the page once, not read a second time, and the settings wait for the rows', async () => {
    const db = getDatabase();
    await clearHistory(db);
    await recordAction(db, draft('FIRSTSCRIPT1'), 'copy', 'copy', 0);
    startRead();
    const started = (globalThis as { __kinlinkFirstRows?: unknown }).__kinlinkFirstRows;
    expect(started).toBeInstanceOf(Promise);
    readFirstRowsEarly();
    expect(earlyRows()?.read, 'the page uses the read already running').toBe(started);
    expect(startedRead(), 'handed over once').toBeUndefined();
    await waitFor(() =>
      expect(earlyRows()?.rows?.map((r) => r.product?.title)).toEqual(['FIRSTSCRIPT1']),
    );
    // The settings' parser waits for the rows to be painted (or a second at most).
    let settled = false;
    void afterFirstRows().then(() => {
      settled = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(settled, 'not before the rows are painted').toBe(false);
    markFirstRowsPainted();
    await waitFor(() => expect(settled).toBe(true));
    dropEarlyRows();
    await clearHistory(db);
  });
});

describe('adding links to a new collection from the Links page (issue 12, item 11)', () => {
  it('“New collection…” asks for a name, creates it with the selected links and says so', async () => {
    const db = getDatabase();
    await clearHistory(db);
    await db.collections.clear();
    await recordAction(db, draft('Garden hose', 'B0COLLECT1'), 'copy', 'copy');
    render(<LinksPage />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Garden hose' }));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Add selected to collection' }),
      'New collection…',
    );
    const name = await screen.findByRole('textbox', { name: 'Name' });
    expect(name, 'the name field has the focus').toHaveFocus();
    // Spaces alone are refused by the field (with its reason), not silently ignored.
    await userEvent.type(name, '   ');
    expect(name).toBeInvalid();
    expect(name).toHaveAttribute('title', 'A name with at least one letter or digit');
    await userEvent.clear(name);
    await userEvent.type(name, 'Shed{Enter}');
    expect(await screen.findByText('1 link added to “Shed”.')).toBeInTheDocument();
    const [shed] = await db.collections.toArray();
    expect(shed?.name).toBe('Shed');
    expect(shed?.linkIds).toHaveLength(1);
    await clearHistory(db);
    await db.collections.clear();
  });
});
