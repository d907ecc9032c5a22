import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from '@/components/Field';

describe('Field', () => {
  it('says nothing is wrong with an empty field; shows the error once something is typed', () => {
    const check = { error: 'Enter your tracking ID.' };
    const { rerender } = render(
      <Field label="Tracking ID" value="" onChange={() => {}} check={check} />,
    );
    expect(screen.queryByText('Enter your tracking ID.')).toBeNull();
    rerender(<Field label="Tracking ID" value="x" onChange={() => {}} check={check} />);
    expect(screen.getByLabelText('Tracking ID')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Tracking ID')).toHaveAccessibleDescription(
      'Enter your tracking ID.',
    );
  });
  it('takes no more than the limit, and says how much room is left near it', () => {
    const { rerender } = render(<Field label="Name" value="abc" onChange={() => {}} max={10} />);
    expect(screen.getByLabelText('Name')).toHaveAttribute('maxLength', '10');
    expect(screen.queryByText(/of 10 characters/)).toBeNull();
    rerender(<Field label="Name" value="abcdefgh" onChange={() => {}} max={10} />);
    expect(screen.getByText('8 of 10 characters')).toBeInTheDocument();
  });
});
