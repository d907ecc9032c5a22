import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '@/entrypoints/options/pages/settings';
import { useOptionsStore } from '@/entrypoints/options/store';
import { LIMITS } from '@/lib/limits';

const initial = useOptionsStore.getState();

async function renderSettings(settings: unknown = {}) {
  await fakeBrowser.storage.sync.set({ settings });
  useOptionsStore.setState(initial, true);
  await useOptionsStore.getState().init();
  render(<SettingsPage />);
}

async function stored() {
  return (await fakeBrowser.storage.sync.get('settings')).settings as {
    networks?: Record<
      string,
      {
        publisherId?: string;
        advertisers?: { id: string; domains: string[] }[];
        trackingIds?: Record<string, string[]>;
        campaignId?: string;
        rules?: unknown[];
      }
    >;
  };
}

beforeEach(() => {
  location.hash = '#/settings';
});

describe('settings page', () => {
  it('fields refuse, as you type, what storage would refuse (issue 11: one place for every limit)', async () => {
    await renderSettings();
    const amazon = screen.getByRole('region', { name: 'Amazon Associates' });
    const label = within(amazon).getByLabelText('Name (optional)') as HTMLInputElement;
    await userEvent.type(label, 'x'.repeat(LIMITS.idLabel + 5));
    expect(label.value, 'the label field takes no more than storage keeps').toHaveLength(
      LIMITS.idLabel,
    );
    within(amazon).getByText(`${LIMITS.idLabel} of ${LIMITS.idLabel} characters`);
    const sharing = screen.getByRole('region', { name: 'Captions and sharing' });
    expect(within(sharing).getByLabelText('Caption template')).toHaveAttribute(
      'maxLength',
      String(LIMITS.captionTemplate),
    );
    const rules = screen.getByRole('region', { name: 'Shop referral rules' });
    await userEvent.type(within(rules).getByLabelText('Shops (domains)'), 'shop.example');
    await userEvent.type(
      within(rules).getByLabelText('Set parameters'),
      `ref=${'v'.repeat(LIMITS.ruleValue + 1)}`,
    );
    within(rules).getByText(`A parameter value has at most ${LIMITS.ruleValue} characters.`);
    expect(within(rules).getByRole('button', { name: 'Add rule' })).toBeDisabled();
  });

  it('lists values set aside from storage, with a way to copy each back', async () => {
    await renderSettings({
      networks: {
        amazon: { trackingIds: { 'amazon.com': ['me-20'] }, labels: { 'me-20': 'n'.repeat(61) } },
      },
    });
    const notice = await screen.findByRole('region', { name: 'One saved value could not be used' });
    within(notice).getByText(/the name of tracking ID me-20/);
    within(notice).getByRole('button', { name: /Copy the value set aside/ });
    await userEvent.click(within(notice).getByRole('button', { name: /Dismiss/ }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /could not be used/ })).toBeNull(),
    );
  });

  it('Amazon: validates the tracking id as you type, warns on another store’s suffix, saves, previews', async () => {
    await renderSettings();
    const card = screen.getByRole('region', { name: 'Amazon Associates' });
    await userEvent.selectOptions(within(card).getByLabelText('Store'), 'amazon.co.uk');
    const input = within(card).getByLabelText('Tracking ID');
    await userEvent.type(input, 'bad id!');
    expect(within(card).getByText(/only letters, digits and dashes/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Add' })).toBeDisabled();
    await userEvent.clear(input);
    await userEvent.type(input, 'anna-20');
    expect(
      within(card).getByText(/ends in -20, which is usual for another Amazon store/),
    ).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Add' }));
    await waitFor(async () =>
      expect((await stored()).networks?.amazon?.trackingIds?.['amazon.co.uk']).toEqual(['anna-20']),
    );
    await userEvent.type(
      within(card).getByLabelText('Try it: paste a product URL'),
      'https://www.amazon.co.uk/dp/1849759375',
    );
    expect(
      within(card).getByText('https://www.amazon.co.uk/dp/1849759375?tag=anna-20'),
    ).toBeInTheDocument();
  });

  it('eBay: refuses a campaign id that is not 10 digits, saves a valid one', async () => {
    await renderSettings();
    const card = screen.getByRole('region', { name: 'eBay Partner Network' });
    const input = within(card).getByLabelText('Campaign ID');
    await userEvent.type(input, '12345');
    expect(within(card).getByText('eBay campaign IDs are 10 digits.')).toBeInTheDocument();
    expect((await stored()).networks?.ebay?.campaignId ?? '').toBe('');
    await userEvent.type(input, '67890');
    await waitFor(async () =>
      expect((await stored()).networks?.ebay?.campaignId).toBe('1234567890'),
    );
  });

  it('fields follow a change made in another tab, without losing what is being typed here', async () => {
    await renderSettings();
    const card = screen.getByRole('region', { name: 'eBay Partner Network' });
    const campaign = within(card).getByLabelText('Campaign ID');
    const custom = within(card).getByLabelText('Custom ID (optional)');
    await userEvent.type(campaign, '123'); // unfinished: not saved, not overwritten
    await fakeBrowser.storage.sync.set({
      settings: { networks: { ebay: { customId: 'from-the-other-tab' } } },
    });
    await waitFor(() => expect(custom).toHaveValue('from-the-other-tab'));
    expect(campaign, 'the unfinished campaign ID stays as typed').toHaveValue('123');
  });

  it('a deep-link network: add an advertiser with its shops; the preview makes the link', async () => {
    await renderSettings();
    const section = screen.getByText('Awin').closest('details') as HTMLElement;
    await userEvent.click(within(section).getByText('Awin'));
    await userEvent.type(within(section).getByLabelText('Publisher ID (awinaffid)'), '123456');
    await userEvent.type(within(section).getByLabelText('Advertiser name'), 'Etsy');
    await userEvent.type(within(section).getByLabelText('Advertiser ID'), '6220');
    await userEvent.type(within(section).getByLabelText('Shops (domains)'), 'not a domain');
    expect(within(section).getByText(/is not a domain/)).toBeInTheDocument();
    await userEvent.clear(within(section).getByLabelText('Shops (domains)'));
    await userEvent.type(within(section).getByLabelText('Shops (domains)'), 'etsy.com');
    await userEvent.click(within(section).getByRole('button', { name: 'Add advertiser' }));
    await waitFor(async () =>
      expect((await stored()).networks?.awin?.advertisers).toMatchObject([
        { id: '6220', domains: ['etsy.com'] },
      ]),
    );
    await userEvent.type(
      within(section).getByLabelText('Try it: paste a product URL'),
      'https://www.etsy.com/listing/252423036/tee?utm_source=x',
    );
    expect(
      within(section).getByText(
        'https://www.awin1.com/cread.php?awinmid=6220&awinaffid=123456&ued=https%3A%2F%2Fwww.etsy.com%2Flisting%2F252423036%2Ftee',
      ),
    ).toBeInTheDocument();
  });

  it('a shop referral rule: prefilled from the popup’s “add a rule”, previewed before it is saved', async () => {
    location.hash = '#/settings?rule=example-coffee.com';
    await renderSettings();
    const card = screen.getByRole('region', { name: 'Shop referral rules' });
    expect(within(card).getByLabelText('Shops (domains)')).toHaveValue('example-coffee.com');
    await userEvent.type(within(card).getByLabelText('Set parameters'), 'ref=anna');
    const preview = within(card).getByLabelText('Try it: paste a product URL');
    await userEvent.clear(preview);
    await userEvent.type(preview, 'https://shop.example-coffee.com/p/1?utm_source=x');
    expect(
      within(card).getByText('https://shop.example-coffee.com/p/1?ref=anna'),
    ).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Add rule' }));
    await waitFor(async () => expect((await stored()).networks?.queryTag?.rules).toHaveLength(1));
  });
});

describe('each card’s “Try it” asks for an address of its own kind', () => {
  it('the eBay card suggests an eBay item, not an Amazon page', async () => {
    await renderSettings({ networks: { ebay: { campaignId: '5338000000' } } });
    const inputs = await screen.findAllByLabelText('Try it: paste a product URL');
    const placeholders = inputs.map((i) => i.getAttribute('placeholder'));
    expect(placeholders).toContain('https://www.ebay.com/itm/…');
  });
});

describe('deep-link network cards come from each network’s own file (issue 15, item 3, in part)', () => {
  it('Rakuten warns about a publisher ID of the wrong length; Partnerize asks for a camref; Impact for its tracking domain', async () => {
    await renderSettings({ networks: { rakuten: { publisherId: 'abc' } } });
    expect(
      await screen.findByText(/Rakuten Advertising publisher IDs are 11 characters/),
    ).toBeInTheDocument();
    const details = (name: string) =>
      screen.getByText(name, { selector: 'summary, summary *' }).closest('details') as HTMLElement;
    expect(within(details('Partnerize')).getByLabelText('Camref')).toBeInTheDocument();
    expect(within(details('Impact')).getByLabelText(/Tracking domain/)).toBeInTheDocument();
    expect(within(details('CJ Affiliate')).getByLabelText('Advertiser ID')).toBeInTheDocument();
  });
});
