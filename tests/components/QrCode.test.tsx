import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QrCode } from '@/components/QrCode';

describe('QrCode', () => {
  it('is drawn locally (a data: SVG, no request) and named for screen readers', () => {
    render(
      <QrCode
        text="https://www.amazon.com/dp/B0783SG446?tag=me-20"
        label="QR code for your link"
      />,
    );
    const img = screen.getByRole('img', { name: 'QR code for your link' });
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  });
});
