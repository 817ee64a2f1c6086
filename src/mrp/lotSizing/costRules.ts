/** The cost-based look-ahead rules behind the common interface. */
import { leastUnitCost } from "./leastUnitCost.js";
import { partPeriodBalancing } from "./partPeriodBalancing.js";
import { silverMeal } from "./silverMeal.js";
import { sumNets, type CoverRule, type LotSizingPolicy } from "./types.js";
import { wagnerWhitin } from "./wagnerWhitin.js";

function coverPolicy(rule: CoverRule): LotSizingPolicy {
  return {
    lookAhead: Infinity,
    size: ({ window, costs }) => ({ quantity: sumNets(window, rule(window, costs)), orderSize: null }),
  };
}

/** Wagner-Whitin policy. */
export const wagnerWhitinPolicy = coverPolicy(wagnerWhitin);
/** Silver-Meal policy. */
export const silverMealPolicy = coverPolicy(silverMeal);
/** Least-unit-cost policy. */
export const leastUnitCostPolicy = coverPolicy(leastUnitCost);
/** Part-period-balancing policy. */
export const partPeriodBalancingPolicy = coverPolicy(partPeriodBalancing);
