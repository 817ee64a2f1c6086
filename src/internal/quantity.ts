/**
 * Quantity arithmetic in one place. Quantities are binary floats; products such as
 * `0.1 * 3` are cleaned to 9 decimals so that rounding up to an item's precision never turns a
 * representation error into a whole extra unit.
 */

const CLEAN = 1e9;

/**
 * The tolerance of quantity comparisons: two quantities closer than this are equal, a quantity
 * below it is nothing. It matches the 9 decimals {@link cleanQty} keeps. Used as an absolute
 * tolerance in netting and pegging, and scaled by the operands where a comparison is relative.
 */
export const EPS = 1e-9;

/** Removes binary representation noise: rounds to 9 decimals (half away from zero). */
export function cleanQty(x: number): number {
  const r = Math.round(Math.abs(x) * CLEAN) / CLEAN;
  return x < 0 ? -r : r;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/** Rounds a quantity up to `decimals` decimal places (after cleaning noise). */
export function ceilTo(x: number, decimals: number): number {
  const f = POW10[decimals] ?? 10 ** decimals;
  const c = cleanQty(x * f);
  return Math.ceil(c) / f;
}

/** Rounds a quantity down to `decimals` decimal places (after cleaning noise). */
export function floorTo(x: number, decimals: number): number {
  const f = POW10[decimals] ?? 10 ** decimals;
  const c = cleanQty(x * f);
  return Math.floor(c) / f;
}

/** Smallest multiple of `multiple` that is >= x (noise-tolerant). */
export function ceilToMultiple(x: number, multiple: number): number {
  const k = Math.ceil(cleanQty(x / multiple));
  return cleanQty(k * multiple);
}

/** Largest multiple of `multiple` that is <= x (noise-tolerant). */
export function floorToMultiple(x: number, multiple: number): number {
  const k = Math.floor(cleanQty(x / multiple));
  return cleanQty(k * multiple);
}
