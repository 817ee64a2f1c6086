/**
 * Wagner-Whitin: exactly optimal lots for setup + holding cost over the open requirements, by
 * dynamic programming backwards over the requirement ticks (a lot only ever starts at a tick
 * with a net requirement: the zero-inventory property). Ties go to the shorter first lot.
 * O(n^2) for n open requirements. Reference: Wagner & Whitin (1958), Management Science 5(1).
 */
import { strictlyLess, type CoverRule, type LotCosts, type LotWindow } from "./types.js";

/**
 * The optimal plan as lot boundaries: `next[i]` is the entry after the lot that starts at entry
 * `i` (so the lots are `0 .. next[0]`, `next[0] .. next[next[0]]`, ...), and `cost[i]` the
 * optimal cost of covering entries `i .. count - 1`.
 */
export function wagnerWhitinPlan(w: LotWindow, { setup, holding }: LotCosts): { next: Int32Array; cost: Float64Array } {
  const n = w.count;
  const cost = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  cost[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    let hold = 0;
    let best = Infinity;
    let bestJ = i + 1;
    const ti = w.ticks[i]!;
    for (let j = i; j < n; j++) {
      hold += holding * (w.ticks[j]! - ti) * w.nets[j]!;
      const c = setup + hold + cost[j + 1]!;
      if (strictlyLess(c, best)) {
        best = c;
        bestJ = j + 1;
      }
    }
    cost[i] = best;
    next[i] = bestJ;
  }
  return { next, cost };
}

/** Wagner-Whitin: the number of open requirements the next (optimal) lot covers. */
export const wagnerWhitin: CoverRule = (w, costs) => wagnerWhitinPlan(w, costs).next[0]!;
