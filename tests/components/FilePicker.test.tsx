import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FilePicker } from '@/components/FilePicker';

function pick(file: File) {
  fireEvent.change(screen.getByLabelText('Import'), { target: { files: [file] } });
}

describe('FilePicker (issue 11, item 10)', () => {
  it('refuses a file over the limit before reading it, and says so', async () => {
    const onFile = vi.fn();
    const onError = vi.fn();
    render(
      <FilePicker label="Import" accept=".json" maxBytes={10} onFile={onFile} onError={onError}>
        Choose
      </FilePicker>,
    );
    const file = new File(['x'.repeat(2048)], 'huge.json');
    const text = vi.spyOn(file, 'text');
    pick(file);
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0]?.[0]).toMatch(
      /huge\.json is 2 KB: Kinlink reads files up to 10 bytes/,
    );
    expect(text, 'never read').not.toHaveBeenCalled();
    expect(onFile).not.toHaveBeenCalled();
  });

  it('a file that cannot be read is a message, not an exception', async () => {
    const onError = vi.fn();
    render(
      <FilePicker label="Import" accept=".json" maxBytes={1000} onFile={vi.fn()} onError={onError}>
        Choose
      </FilePicker>,
    );
    const file = new File(['{}'], 'gone.json');
    vi.spyOn(file, 'text').mockRejectedValue(
      new DOMException('The file was moved', 'NotFoundError'),
    );
    pick(file);
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0]?.[0]).toMatch(/gone\.json could not be read/);
  });

  it('hands over the text of a file within the limit', async () => {
    const onFile = vi.fn();
    render(
      <FilePicker label="Import" accept=".json" maxBytes={1000} onFile={onFile} onError={vi.fn()}>
        Choose
      </FilePicker>,
    );
    pick(new File(['{"a":1}'], 'ok.json'));
    await waitFor(() => expect(onFile).toHaveBeenCalledWith('{"a":1}', 'ok.json'));
  });
});
