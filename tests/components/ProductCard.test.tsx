import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProductCard } from '@/components/ProductCard';

describe('ProductCard', () => {
  it('says "Out of stock" when the page says so, and nothing when it is in stock', () => {
    const { rerender } = render(
      <ProductCard
        title="Lamp"
        price={49}
        currency="USD"
        shop="shop.example"
        availability="OutOfStock"
      />,
    );
    expect(screen.getByText('Out of stock')).toBeTruthy();
    rerender(
      <ProductCard
        title="Lamp"
        price={49}
        currency="USD"
        shop="shop.example"
        availability="InStock"
      />,
    );
    expect(screen.queryByText('Out of stock')).toBeNull();
    rerender(
      <ProductCard title="Lamp" shop="shop.example" availability="https://schema.org/SoldOut" />,
    );
    expect(screen.getByText('Out of stock')).toBeTruthy();
  });
});
