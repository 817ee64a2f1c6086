/**
 * Part-period balancing: the lot whose holding cost comes closest to the setup cost (ties to the
 * shorter lot). Holding cost only grows with the lot, so the scan stops at the first lot whose
 * holding cost reaches the setup cost. O(k). Reference: DeMatteis (1968); Nahmias, ch. 7.
 */
import { holdingOf, strictlyLess, type CoverRule } from "./types.js";

/** Part-period balancing: the number of open requirements the next lot covers. */
export const partPeriodBalancing: CoverRule = (w, { setup, holding }) => {
  // without holding cost the economic part-period (setup / holding) is infinite: one lot
  if (holding <= 0) return setup > 0 ? w.count : 1;
  let cost = 0;
  let bestGap = Math.abs(setup);
  let cover = 1;
  for (let j = 1; j < w.count; j++) {
    cost += holdingOf(w, j, holding);
    const gap = Math.abs(cost - setup);
    if (strictlyLess(gap, bestGap)) {
      bestGap = gap;
      cover = j + 1;
    }
    if (cost >= setup) break;
  }
  return cover;
};
