import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CollectionsPage } from '@/entrypoints/options/pages/collections';
import { createCollection } from '@/lib/collections';
import { getDatabase } from '@/lib/db';

afterEach(async () => {
  await getDatabase().collections.clear();
});

describe('deleting a collection', () => {
  it('asks first, with the safe choice focused, and says the links stay', async () => {
    const db = getDatabase();
    await createCollection(db, 'Gift ideas');
    const user = userEvent.setup();
    render(<CollectionsPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete collection' }));
    const keep = await screen.findByRole('button', { name: 'Keep it' });
    expect(keep).toHaveFocus();
    expect(screen.getByText(/stay\s+in your history/)).toBeInTheDocument();
    await user.click(keep);
    expect(await db.collections.count(), 'Keep it keeps it').toBe(1);

    await user.click(screen.getByRole('button', { name: 'Delete collection' }));
    const buttons = await screen.findAllByRole('button', { name: 'Delete collection' });
    await user.click(buttons[buttons.length - 1] as HTMLElement);
    await waitFor(async () => expect(await db.collections.count()).toBe(0));
  });
});
