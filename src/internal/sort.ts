/** Deterministic comparisons: code-unit order for strings, never locale-dependent. */

/** Compares two strings by UTF-16 code units (the same on every machine and locale). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two numbers ascending. */
export function compareNumbers(a: number, b: number): number {
  return a - b;
}
