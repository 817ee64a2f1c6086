/**
 * Least unit cost: extend a lot while (setup + holding) per unit covered strictly falls.
 * O(k) for a lot covering k requirements. Reference: Orlicky; Nahmias, ch. 7.
 */
import { holdingOf, strictlyLess, type CoverRule } from "./types.js";

/** Least unit cost: the number of open requirements the next lot covers. */
export const leastUnitCost: CoverRule = (w, { setup, holding }) => {
  let cost = setup;
  let units = w.nets[0]!;
  let best = cost / units;
  let cover = 1;
  for (let j = 1; j < w.count; j++) {
    cost += holdingOf(w, j, holding);
    units += w.nets[j]!;
    const perUnit = cost / units;
    if (!strictlyLess(perUnit, best)) break;
    best = perUnit;
    cover = j + 1;
  }
  return cover;
};
