import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SetAsideList, setAsideText } from '@/components/SetAsideList';

describe('SetAsideList', () => {
  it('lists each value with where it was and why, and offers it back', async () => {
    const entry = {
      where: 'Shop rules',
      value: { ref: 'x'.repeat(300) },
      reason: 'set.ref: more than 256 characters',
      at: 1,
    };
    const onCopy = vi.fn();
    const onDismiss = vi.fn();
    render(<SetAsideList entries={[entry]} onCopy={onCopy} onDismiss={onDismiss} />);
    expect(
      screen.getByRole('region', { name: 'One saved value could not be used' }),
    ).toHaveTextContent('Shop rules: set.ref: more than 256 characters.');
    await userEvent.click(
      screen.getByRole('button', { name: /Copy the value set aside from Shop rules/ }),
    );
    expect(onCopy).toHaveBeenCalledWith(entry);
    await userEvent.click(screen.getByRole('button', { name: /Dismiss/ }));
    expect(onDismiss).toHaveBeenCalledWith(entry);
    expect(setAsideText('plain')).toBe('plain');
    expect(setAsideText({ a: 1 })).toBe('{\n "a": 1\n}');
  });
  it('nothing set aside: nothing shown', () => {
    const { container } = render(
      <SetAsideList entries={[]} onCopy={() => {}} onDismiss={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
