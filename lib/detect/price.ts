/**
 * Prices as shops write them: "1.299,00 €", "$1,299.00", "¥12,800", "1 299 kr", "R$ 49,90".
 */

/** Symbols and words before/after a number, longest first so "R$" wins over "$". */
const SYMBOLS: [string, string][] = [
  ['R$', 'BRL'],
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['HK$', 'HKD'],
  ['MX$', 'MXN'],
  ['E£', 'EGP'],
  ['zł', 'PLN'],
  ['kr', 'SEK'],
  ['Kč', 'CZK'],
  ['Ft', 'HUF'],
  ['lei', 'RON'],
  ['Lei', 'RON'],
  ['CHF', 'CHF'],
  ['Fr.', 'CHF'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['₹', 'INR'],
  ['₺', 'TRY'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₱', 'PHP'],
  ['₴', 'UAH'],
  ['грн', 'UAH'],
  ['руб', 'RUB'],
  ['лв', 'BGN'],
  ['₪', 'ILS'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['$', 'USD'],
];

/** Country-code top-level domains → currency, to read "$" and "kr" the way the shop means them. */
const TLD_CURRENCY: Record<string, string> = {
  uk: 'GBP',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  nl: 'EUR',
  be: 'EUR',
  at: 'EUR',
  ie: 'EUR',
  fi: 'EUR',
  pt: 'EUR',
  gr: 'EUR',
  ch: 'CHF',
  se: 'SEK',
  dk: 'DKK',
  no: 'NOK',
  pl: 'PLN',
  cz: 'CZK',
  tr: 'TRY',
  ae: 'AED',
  sa: 'SAR',
  eg: 'EGP',
  in: 'INR',
  jp: 'JPY',
  cn: 'CNY',
  sg: 'SGD',
  au: 'AUD',
  nz: 'NZD',
  ca: 'CAD',
  mx: 'MXN',
  br: 'BRL',
  za: 'ZAR',
  kr: 'KRW',
  us: 'USD',
  gb: 'GBP',
  ru: 'RUB',
  ua: 'UAH',
  ro: 'RON',
  hu: 'HUF',
  bg: 'BGN',
  sk: 'EUR',
  si: 'EUR',
  lt: 'EUR',
  lv: 'EUR',
  ee: 'EUR',
  hr: 'EUR',
  lu: 'EUR',
};

/** The currency a shop at this host most likely prices in; undefined for .com and the like. */
export function hostCurrency(host: string): string | undefined {
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  return TLD_CURRENCY[tld];
}

const DOLLAR_COUNTRIES = new Set(['CAD', 'AUD', 'NZD', 'SGD', 'MXN', 'HKD']);

export function currencyFromText(text: string, host = ''): string | undefined {
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  if (code && isCurrencyCode(code)) return code;
  const local = hostCurrency(host);
  for (const [symbol, currency] of SYMBOLS) {
    if (!text.includes(symbol)) continue;
    if (symbol === '$' && local && DOLLAR_COUNTRIES.has(local)) return local;
    if (symbol === 'kr' && (local === 'DKK' || local === 'NOK')) return local;
    if ((symbol === '¥' || symbol === '￥') && local === 'CNY') return 'CNY';
    return currency;
  }
  return undefined;
}

let known: Set<string> | undefined;
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  known ??= new Set(Intl.supportedValuesOf?.('currency') ?? []);
  return known.size === 0 || known.has(code);
}

const NUMBER = /\d[\d.,'’\s\u00a0\u202f]*/;

/** The amount in a price text, or undefined. "1.299,00" → 1299, "1,299" → 1299, "49,90" → 49.9. */
export function parseAmount(text: string): number | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  let s = match[0].replace(/[\s\u00a0\u202f'’]/g, '').replace(/[.,]+$/, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const decimalAt = Math.max(lastDot, lastComma);
  if (decimalAt >= 0) {
    const fraction = s.length - decimalAt - 1;
    const both = lastDot >= 0 && lastComma >= 0;
    // The last separator followed by exactly three digits groups thousands ("1,299", "12.800",
    // "1.234.567"); by other than three, it is the decimal point — even where it repeats the
    // grouping one ("2.999.99": "2.999<sup>99</sup>" read as the eye reads it).
    const isDecimal = both || fraction !== 3;
    s = isDecimal
      ? `${s.slice(0, decimalAt).replace(/[.,]/g, '')}.${s.slice(decimalAt + 1)}`
      : s.replace(/[.,]/g, '');
  }
  const amount = Number(s);
  return Number.isFinite(amount) && amount >= 0 && amount < 1e9 ? amount : undefined;
}

export function parsePrice(text: string, host = ''): { amount?: number; currency?: string } {
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, 100);
  return { amount: parseAmount(clean), currency: currencyFromText(clean, host) };
}
