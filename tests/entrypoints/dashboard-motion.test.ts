import { describe, expect, it } from 'vitest';
import { chartMotion } from '@/entrypoints/options/pages/dashboard';

describe('dashboard charts move as the design says (issue 12, item 8)', () => {
  it('grow in about 150 ms, and not at all when the system asks for reduced motion', () => {
    expect(chartMotion(false)).toEqual({ animationDuration: 150, isAnimationActive: true });
    expect(chartMotion(true).isAnimationActive).toBe(false);
  });
});
