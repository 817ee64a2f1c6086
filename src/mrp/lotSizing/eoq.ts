/**
 * Economic order quantity: `sqrt(2 * D * setup / holding)` with D the mean gross requirement per
 * tick over the horizon, rounded up to the item's decimals, then ordered as a fixed quantity.
 * O(1). Reference: Harris (1913); APICS dictionary.
 */
import { ceilTo, ceilToMultiple } from "../../internal/quantity.js";
import { economicOrderQuantity } from "./periodsOfSupply.js";
import type { LotSizingPolicy } from "./types.js";

/** EOQ policy for an item with the given decimals. */
export function eoqPolicy(decimals: number): LotSizingPolicy {
  return {
    lookAhead: 0,
    size: ({ window, costs, demandPerTick }) => {
      const eoq = ceilTo(economicOrderQuantity(demandPerTick, costs.setup, costs.holding), decimals);
      const net = window.nets[0]!;
      if (!(eoq > 0)) return { quantity: net, orderSize: null };
      return { quantity: ceilToMultiple(net, eoq), orderSize: eoq };
    },
  };
}
