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

/**
 * Indexes `0 .. key.length - 1` ordered by `key` (a group number below `groups`), then by `cmp`
 * within a group: a counting sort by group, then a small sort per group.
 * NOTE: O(m + groups) plus the per-group sorts, instead of one comparator sort over everything.
 */
export function groupSort(key: Int32Array, groups: number, cmp: (a: number, b: number) => number): Int32Array {
  const m = key.length;
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < m; i++) start[key[i]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[fill[key[i]!]!++] = i;
  for (let g = 0; g < groups; g++) {
    const a = start[g]!;
    const b = start[g + 1]!;
    if (b - a < 2) continue;
    if (b - a <= 16) {
      for (let i = a + 1; i < b; i++) {
        const x = order[i]!;
        let j = i - 1;
        while (j >= a && cmp(order[j]!, x) > 0) {
          order[j + 1] = order[j]!;
          j--;
        }
        order[j + 1] = x;
      }
    } else {
      order.subarray(a, b).sort(cmp);
    }
  }
  return order;
}
