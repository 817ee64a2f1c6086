/** Fixed order quantity: `ceil(net / quantity)` orders of `quantity` at the same tick. O(1). */
import { ceilToMultiple } from "../../internal/quantity.js";
import type { LotSizingPolicy } from "./types.js";

/** Fixed order quantity policy for `quantity`. */
export function fixedPolicy(quantity: number): LotSizingPolicy {
  return {
    lookAhead: 0,
    size: ({ window }) => ({ quantity: ceilToMultiple(window.nets[0]!, quantity), orderSize: quantity }),
  };
}
