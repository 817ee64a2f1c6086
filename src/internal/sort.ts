/** Deterministic comparisons: code-unit order for strings, never locale-dependent. */

/** Compares two strings by UTF-16 code units (the same on every machine and locale). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first place in `a[lo .. hi - 1]` (ascending) whose value is not below `x`: `hi` when none is. */
export function lowerBound(a: Int32Array, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
