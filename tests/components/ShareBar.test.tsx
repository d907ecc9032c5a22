import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShareBar } from '@/components/ShareBar';

describe('ShareBar', () => {
  it('a forbidden channel stays visible and reachable by Tab, does nothing, and carries its reason as its description (issue 12, item 5)', async () => {
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
    const email = screen.getByRole('button', { name: 'Email (not allowed)' });
    expect(email).toHaveAttribute('aria-disabled', 'true');
    expect(email).toHaveAccessibleDescription('Email: Amazon does not allow its links in email');
    expect(email).toHaveAttribute('title', 'Amazon does not allow its links in email');
    await userEvent.tab();
    await userEvent.tab();
    expect(email, 'Tab reaches it, so keyboard users learn why').toHaveFocus();
    await userEvent.click(email);
    expect(onShare).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Share to X' }));
    expect(onShare).toHaveBeenCalledWith('x');
  });
});
