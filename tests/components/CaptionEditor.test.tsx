import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CaptionEditor } from '@/components/CaptionEditor';

describe('CaptionEditor', () => {
  it('shows the caption; Edit opens it for typing; Reset only once it was edited', async () => {
    const onChange = vi.fn();
    const onReset = vi.fn();
    const { rerender } = render(
      <CaptionEditor
        value="Lamp — $49 https://x.example #ad"
        onChange={onChange}
        onReset={onReset}
        edited={false}
      />,
    );
    expect(screen.getByText('Lamp — $49 https://x.example #ad')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Caption' }), '!');
    expect(onChange).toHaveBeenLastCalledWith('Lamp — $49 https://x.example #ad!');
    rerender(<CaptionEditor value="edited" onChange={onChange} onReset={onReset} edited />);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onReset).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-expanded', 'true');
  });
});
