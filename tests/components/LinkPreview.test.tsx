import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LinkPreview } from '@/components/LinkPreview';
import { parseSettings } from '@/lib/settings';

describe('LinkPreview', () => {
  it('shows the user’s link for a pasted address, or says why there is none', async () => {
    const settings = parseSettings({
      networks: { amazon: { trackingIds: { 'amazon.com': ['me-20'] } } },
    });
    render(<LinkPreview settings={settings} />);
    const field = screen.getByLabelText('Try it: paste a product URL');
    await userEvent.type(field, 'https://www.amazon.com/dp/B0783SG446?ref_=x');
    expect(screen.getByText('https://www.amazon.com/dp/B0783SG446?tag=me-20')).toBeInTheDocument();
    await userEvent.clear(field);
    await userEvent.type(field, 'https://www.amazon.de/dp/B0783SG446');
    expect(screen.getByRole('status')).toHaveTextContent(/amazon\.de/);
  });
});
