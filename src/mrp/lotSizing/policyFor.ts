/** Chooses the lot-sizing policy of an item. */
import type { Item } from "../../model/schema.js";
import { wagnerWhitinPolicy, silverMealPolicy, leastUnitCostPolicy, partPeriodBalancingPolicy } from "./costRules.js";
import { eoqPolicy } from "./eoq.js";
import { fixedPolicy } from "./fixed.js";
import { lotForLotPolicy } from "./lotForLot.js";
import { minMaxPolicy } from "./minMax.js";
import { periodsOfSupplyPolicy, poqPolicy } from "./periodsOfSupplyPolicy.js";
import type { LotSizingPolicy } from "./types.js";

/**
 * The policy for an item, and the level below which projected available triggers a lot
 * (`safetyStock`, or `max(min, safetyStock)` for min-max).
 */
export function policyFor(item: Item, demandPerTick: number): { policy: LotSizingPolicy; trigger: number } {
  const ls = item.lotSizing;
  const ss = item.safetyStock;
  switch (ls.rule) {
    case "lot-for-lot":
      return { policy: lotForLotPolicy, trigger: ss };
    case "fixed":
      return { policy: fixedPolicy(ls.quantity), trigger: ss };
    case "periods-of-supply":
      return { policy: periodsOfSupplyPolicy(ls.periods), trigger: ss };
    case "eoq":
      return { policy: eoqPolicy(item.decimals), trigger: ss };
    case "poq":
      return { policy: poqPolicy(demandPerTick, item.cost.setup, item.cost.holding), trigger: ss };
    case "wagner-whitin":
      return { policy: wagnerWhitinPolicy, trigger: ss };
    case "silver-meal":
      return { policy: silverMealPolicy, trigger: ss };
    case "least-unit-cost":
      return { policy: leastUnitCostPolicy, trigger: ss };
    case "part-period-balancing":
      return { policy: partPeriodBalancingPolicy, trigger: ss };
    case "min-max":
      return { policy: minMaxPolicy(Math.max(ls.max, ss)), trigger: Math.max(ls.min, ss) };
  }
}
