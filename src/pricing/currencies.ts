/**
 * ISO 4217 minor units of the currencies a price book may use. A code not listed here is a
 * validation error: guessing two decimals for an unknown currency would silently misprice
 * three-decimal (BHD) or zero-decimal (JPY) money.
 *
 * @internal
 */
const MINOR_UNITS: ReadonlyMap<string, number> = new Map<string, number>([
  // zero decimals
  ["BIF", 0], ["CLP", 0], ["DJF", 0], ["GNF", 0], ["ISK", 0], ["JPY", 0], ["KMF", 0], ["KRW", 0],
  ["PYG", 0], ["RWF", 0], ["UGX", 0], ["UYI", 0], ["VND", 0], ["VUV", 0], ["XAF", 0], ["XOF", 0],
  ["XPF", 0],
  // three decimals
  ["BHD", 3], ["IQD", 3], ["JOD", 3], ["KWD", 3], ["LYD", 3], ["OMR", 3], ["TND", 3],
  // four decimals
  ["CLF", 4], ["UYW", 4],
  // two decimals
  ...[
    "AED", "ARS", "AUD", "BDT", "BGN", "BRL", "CAD", "CHF", "CNY", "COP", "CZK", "DKK", "EGP",
    "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "KES", "KZT", "LKR", "MAD", "MXN", "MYR",
    "NGN", "NOK", "NZD", "PEN", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SEK",
    "SGD", "THB", "TRY", "TWD", "UAH", "USD", "ZAR",
  ].map((c): [string, number] => [c, 2]),
]);

/** The currency's minor units (decimals), or undefined for a code this library does not know. */
export function minorUnitsOf(code: string): number | undefined {
  return MINOR_UNITS.get(code);
}

/** Every known currency code, sorted. */
export function knownCurrencies(): readonly string[] {
  return [...MINOR_UNITS.keys()].sort();
}
