/** Lot-for-lot: exactly the net requirement. O(1). */
import type { LotSizingPolicy } from "./types.js";

/** Lot-for-lot policy. */
export const lotForLotPolicy: LotSizingPolicy = {
  lookAhead: 0,
  size: ({ window }) => ({ quantity: window.nets[0]!, orderSize: null }),
};
