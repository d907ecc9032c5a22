/** Gone for now: a friend following the link cannot buy it today (schema.org availability). */
export function isSoldOut(availability: string | undefined): boolean {
  return /outofstock|soldout|discontinued/i.test(availability ?? '');
}
