import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/ErrorBoundary';

function Broken({ fail }: { fail: boolean }): React.ReactNode {
  if (fail) throw new RangeError('Invalid time value');
  return <p>All good</p>;
}

function Harness() {
  const [fail, setFail] = useState(true);
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <div role="alert">
          {error.message}
          <button
            type="button"
            onClick={() => {
              setFail(false);
              retry();
            }}
          >
            Try again
          </button>
        </div>
      )}
    >
      <Broken fail={fail} />
    </ErrorBoundary>
  );
}

describe('ErrorBoundary', () => {
  it('a page that throws shows the fallback, not a blank page; retry renders it again', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Harness />);
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid time value');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('All good')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
