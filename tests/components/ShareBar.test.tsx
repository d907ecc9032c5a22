import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SHARE_ROW, ShareBar, type ShareButton } from '@/components/ShareBar';

describe('ShareBar', () => {
  const channels = [
    { id: 'x', label: 'X', blocked: null },
    { id: 'facebook', label: 'Facebook', blocked: null },
    { id: 'whatsapp', label: 'WhatsApp', blocked: null },
    { id: 'telegram', label: 'Telegram', blocked: null },
    { id: 'pinterest', label: 'Pinterest', blocked: null },
    { id: 'reddit', label: 'Reddit', blocked: null },
    { id: 'threads', label: 'Threads', blocked: null },
    { id: 'email', label: 'Email', blocked: 'Amazon does not allow its links in email' },
  ] satisfies ShareButton[];

  it('one row of the first allowed channels with their marks, then "More" for the rest (issue 12, item 5)', async () => {
    const onShare = vi.fn();
    render(<ShareBar buttons={channels} onShare={onShare} />);
    const row = screen.getByRole('list', { name: 'Share' });
    const inRow = [...row.querySelectorAll(':scope > li > button')].map((b) => b.textContent);
    expect(inRow).toHaveLength(SHARE_ROW + 1);
    expect(inRow.at(-1), 'the last is More').toBe('');
    expect(screen.getByRole('button', { name: 'More ways to share' })).toBeInTheDocument();
    // A brand's mark, not letters standing for it.
    expect(
      screen.getByRole('button', { name: 'Share to X' }).querySelector('svg path'),
    ).not.toBeNull();
    const more = screen.getByRole('group', { name: 'More ways to share' });
    await userEvent.click(within(more).getByRole('button', { name: /Threads/ }));
    expect(onShare).toHaveBeenCalledWith('threads');
  });

  it('a forbidden channel is listed under More with its reason in words, reachable by Tab, and does nothing', async () => {
    const onShare = vi.fn();
    render(<ShareBar buttons={channels} onShare={onShare} />);
    const email = screen.getByRole('button', { name: 'Email (not allowed)' });
    expect(email).toHaveAttribute('aria-disabled', 'true');
    expect(email).toHaveAccessibleDescription('Amazon does not allow its links in email');
    expect(email).toHaveTextContent('Amazon does not allow its links in email');
    email.focus();
    expect(email, 'focusable, so keyboard users learn why').toHaveFocus();
    await userEvent.click(email);
    expect(onShare).not.toHaveBeenCalled();
  });
});
