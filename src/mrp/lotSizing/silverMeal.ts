/**
 * Silver-Meal heuristic: extend a lot while the cost per covered tick strictly falls.
 * Covered ticks run from the lot's tick to the last covered requirement's tick, so ticks without
 * a requirement inside the lot count. O(k) for a lot covering k requirements.
 * Reference: Silver & Meal (1973); Nahmias, Production and Operations Analysis, ch. 7.
 */
import { holdingOf, strictlyLess, type CoverRule } from "./types.js";

/** Silver-Meal: the number of open requirements the next lot covers. */
export const silverMeal: CoverRule = (w, { setup, holding }) => {
  let cost = setup;
  let best = cost / 1;
  let cover = 1;
  for (let j = 1; j < w.count; j++) {
    cost += holdingOf(w, j, holding);
    const perTick = cost / (w.ticks[j]! - w.ticks[0]! + 1);
    if (!strictlyLess(perTick, best)) break;
    best = perTick;
    cover = j + 1;
  }
  return cover;
};
