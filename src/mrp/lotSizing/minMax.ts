/**
 * Min-max (order point / order-up-to): when projected available would fall below `min`, order up
 * to `max`. The engine triggers at `max(min, safetyStock)`; the lot brings available up to
 * `max(max, safetyStock)`. O(1). Reference: APICS dictionary, "min-max system".
 */
import type { LotSizingPolicy } from "./types.js";

/** Min-max policy; `orderUpTo` is `max(max, safetyStock)`. */
export function minMaxPolicy(orderUpTo: number): LotSizingPolicy {
  return {
    lookAhead: 0,
    size: ({ window, available }) => ({ quantity: Math.max(window.nets[0]!, orderUpTo - available), orderSize: null }),
  };
}
