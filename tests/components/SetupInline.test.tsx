import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SetupInline } from '@/components/SetupInline';

describe('SetupInline', () => {
  it('saves only a valid id, trimmed; says what is wrong otherwise', async () => {
    const onSave = vi.fn();
    render(
      <SetupInline
        request={{ networkId: 'amazon', marketplace: 'amazon.co.uk' }}
        onSave={onSave}
      />,
    );
    const field = screen.getByLabelText('Your tracking ID for amazon.co.uk');
    expect(field).toHaveAttribute('placeholder', 'yourname-21');
    await userEvent.type(field, 'bad id!');
    await userEvent.click(screen.getByRole('button', { name: 'Save and make my link' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/only letters, digits and dashes/)).toBeInTheDocument();
    await userEvent.clear(field);
    await userEvent.type(field, '  anna-21 ');
    await userEvent.click(screen.getByRole('button', { name: 'Save and make my link' }));
    expect(onSave).toHaveBeenCalledWith('anna-21');
  });
});
