// A formatter is costly to make (tens of microseconds, milliseconds for the first) and a list draws
// dozens of amounts: one per locale and currency, made once.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string | undefined): Intl.NumberFormat {
  const key = `${locale}|${currency ?? ''}`;
  let made = formatters.get(key);
  if (!made) {
    made = currency
      ? new Intl.NumberFormat(locale, { style: 'currency', currency })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    formatters.set(key, made);
  }
  return made;
}

/** An amount as a shopper reads it ("$12.48", "12,48 €"); a plain number when the currency is unknown. */
export function formatMoney(amount: number, currency: string | undefined, locale = 'en'): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return formatter(locale, currency).format(amount);
    } catch {
      // An unknown code: fall through to a plain number.
    }
  }
  return formatter(locale, undefined).format(amount);
}
