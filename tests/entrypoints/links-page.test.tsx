import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LinksPage } from '@/entrypoints/options/pages/links';
import { useOptionsStore } from '@/entrypoints/options/store';
import { parseSettings } from '@/lib/settings';

const initial = useOptionsStore.getState();
afterEach(() => useOptionsStore.setState(initial, true));

describe('the Links page with no links yet', () => {
  it('asks a newcomer to set up a network', async () => {
    render(<LinksPage />);
    expect(await screen.findByText('No links yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up your networks' })).toBeInTheDocument();
  });

  it('right after setup, does not ask again: the next step is a shop page', async () => {
    useOptionsStore.setState({
      settings: parseSettings({
        networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } },
      }),
    });
    render(<LinksPage />);
    expect(await screen.findByText('No links yet')).toBeInTheDocument();
    expect(screen.getByText(/Open a product page in any shop/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Set up your networks' })).toBeNull();
  });
});
