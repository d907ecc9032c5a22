/**
 * A copy asked for before the full popup is there (on the first paint, drawn by
 * first-paint-dom.ts or first-paint.tsx): the full popup does it as soon as it is (same click).
 */
export const pending: { copy: 'link' | 'caption' | null } = { copy: null };
