import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Thumb } from '@/components/Thumb';

describe('Thumb', () => {
  it('loads a picture without a referrer, and falls back to an icon when it fails', () => {
    const { container } = render(<Thumb className="t" src="https://cdn.example/a.jpg" size={16} />);
    const img = container.querySelector('img') as HTMLImageElement;
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    fireEvent.error(img);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('svg')).not.toBeNull();
  });
  it('no address: the icon, and no request', () => {
    const { container } = render(<Thumb className="t" size={16} />);
    expect(container.querySelector('img')).toBeNull();
  });
});
