import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '@/entrypoints/options/pages/settings';
import { useOptionsStore } from '@/entrypoints/options/store';
import { estimateCommission } from '@/lib/earnings';
import { createLink, getNetwork, matchingNetworks, NETWORKS } from '@/lib/networks';
import { defaultSettings, parseSettingsReport, validateSettingsImport } from '@/lib/settings';
import { exampleNet } from '../../fixtures/networks/example-net';

/**
 * Issue 15, item 3: a network is one file. The registry gets the fixture's one line (before the
 * generic shop rules, as a real network would be added) and nothing else changes: the settings
 * schema and defaults, the settings page, the engine, the estimate all come from the registry.
 */
vi.mock('@/lib/networks/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/networks/registry')>();
  const { exampleNet: added } = await import('../../fixtures/networks/example-net');
  return { NETWORKS: [...real.NETWORKS.slice(0, -1), added, real.NETWORKS.at(-1)] };
});

const mine = {
  networks: {
    examplenet: {
      publisherId: 'me-77',
      advertisers: [{ id: '901', domains: ['lamp-shop.example'] }],
    },
  },
};
const product = 'https://www.lamp-shop.example/p/desk-lamp?utm_source=x&colour=green';

describe('a new network added as one file (issue 15, item 3)', () => {
  it('is in the registry, and a new install has its settings block', () => {
    expect(NETWORKS.map((n) => n.id)).toContain('examplenet');
    expect(getNetwork('examplenet')).toBe(exampleNet);
    const fresh = defaultSettings().networks as unknown as Record<string, unknown>;
    expect(fresh.examplenet).toEqual({ publisherId: '', advertisers: [], domains: [] });
    expect(parseSettingsReport({}).settings).toEqual(defaultSettings());
  });

  it('its settings are kept, and a bad value of its own is set aside under its name', () => {
    const { settings, setAside } = parseSettingsReport({
      networks: {
        examplenet: {
          publisherId: 'p'.repeat(500),
          advertisers: [{ id: '901', domains: ['lamp-shop.example'] }, { id: '' }],
        },
      },
    });
    const block = (settings.networks as unknown as Record<string, { advertisers: unknown[] }>)
      .examplenet;
    expect(block?.advertisers).toEqual([{ id: '901', name: '', domains: ['lamp-shop.example'] }]);
    expect(setAside.map((s) => s.where)).toEqual([
      'Example Affiliate: publisher ID',
      'Example Affiliate: advertisers',
    ]);
    // A whole block of the wrong shape falls back alone; the other networks keep theirs.
    const wrong = parseSettingsReport({
      networks: { examplenet: 'nonsense', ebay: { campaignId: '5338000000' } },
    });
    expect(wrong.settings.networks.ebay.campaignId).toBe('5338000000');
    expect(wrong.setAside).toMatchObject([{ where: 'Example Affiliate', value: 'nonsense' }]);
  });

  it('makes its links, knows its own click links from someone else’s, and estimates with its rate', () => {
    const settings = parseSettingsReport(mine).settings;
    expect(matchingNetworks(product, settings)).toEqual(['examplenet']);
    expect(createLink(product, settings, { channel: 'x' })).toMatchObject({
      ok: true,
      networkId: 'examplenet',
      url: 'https://click.example-aff.net/go?pub=me-77&adv=901&to=https%3A%2F%2Fwww.lamp-shop.example%2Fp%2Fdesk-lamp%3Fcolour%3Dgreen',
    });
    const theirs = `https://click.example-aff.net/go?pub=someone&adv=901&to=${encodeURIComponent(product)}`;
    expect(createLink(theirs, settings)).toMatchObject({
      ok: false,
      reason: 'foreign-affiliate',
      owner: 'someone',
    });
    expect(estimateCommission({ price: 100, currency: 'USD' }, 'examplenet')).toMatchObject({
      rate: 0.07,
      amount: 7,
    });
  });

  it('an exported settings file with it imports back whole', () => {
    const settings = parseSettingsReport(mine).settings;
    const back = validateSettingsImport(JSON.parse(JSON.stringify(settings)));
    expect(back).toEqual({ ok: true, settings });
  });

  it('has its card in Settings, whose fields save to its block, and its own rate field', async () => {
    location.hash = '#/settings';
    await fakeBrowser.storage.sync.set({ settings: {} });
    await useOptionsStore.getState().init();
    render(<SettingsPage />);
    const summary = await screen.findByText('Example Affiliate', {
      selector: 'summary, summary *',
    });
    const card = summary.closest('details') as HTMLElement;
    within(card).getByText('Add each Example Affiliate advertiser and the shops it covers.');
    await userEvent.type(within(card).getByLabelText('Example publisher ID'), 'me-77');
    await userEvent.type(within(card).getByLabelText('Advertiser ID'), '901');
    await userEvent.type(within(card).getByLabelText('Shops (domains)'), 'lamp-shop.example');
    await userEvent.click(within(card).getByRole('button', { name: 'Add advertiser' }));
    await waitFor(async () => {
      const { settings } = await fakeBrowser.storage.sync.get('settings');
      expect(settings).toMatchObject(mine);
    });
    expect(screen.getByLabelText('Example Affiliate (%)')).toBeInTheDocument();
  });
});
