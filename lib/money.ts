/** An amount as a shopper reads it ("$12.48", "12,48 €"); a plain number when the currency is unknown. */
export function formatMoney(amount: number, currency: string | undefined, locale = 'en'): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      // An unknown code: fall through to a plain number.
    }
  }
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
  }).format(amount);
}
