import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShareBar } from '@/components/ShareBar';

describe('ShareBar', () => {
  it('a forbidden channel stays visible, disabled, with the reason in its name', async () => {
    const onShare = vi.fn();
    render(
      <ShareBar
        buttons={[
          { id: 'x', label: 'X', blocked: null },
          { id: 'email', label: 'Email', blocked: 'Amazon does not allow its links in email' },
        ]}
        onShare={onShare}
      />,
    );
    const email = screen.getByRole('button', {
      name: /Email \(not allowed: Amazon does not allow/,
    });
    expect(email).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Share to X' }));
    expect(onShare).toHaveBeenCalledWith('x');
  });
});
