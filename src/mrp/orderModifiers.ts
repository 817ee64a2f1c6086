/**
 * Order modifiers, applied after the lot-sizing rule (not to `fixed` and `eoq`): raise to
 * `minimum`, round up to `multiple`, split into orders of at most `maximum` (itself rounded down
 * to `multiple` and to the decimals); a last order below `minimum` is raised to it. Quantities then round up to the
 * item's decimals.
 */
import { ceilTo, ceilToMultiple, cleanQty, floorTo, floorToMultiple } from "../internal/quantity.js";

/** Order modifiers with defaults filled in. */
export interface Modifiers {
  readonly minimum: number;
  readonly maximum: number | null;
  readonly multiple: number | null;
}

/**
 * How many orders {@link applyOrderModifiers} makes of a lot, computed without making them
 * (`ceil(lot / maximum)`, or `lot / orderSize`); may differ from the real count by one where the
 * division rounds, so callers bound the work with it and check the real count after.
 *
 * @param quantity - the lot from the rule (> 0)
 * @param orderSize - fixed order size, or null
 * @param m - order modifiers
 * @param decimals - quantity precision
 */
export function orderCount(quantity: number, orderSize: number | null, m: Modifiers, decimals: number): number {
  if (orderSize !== null) return Math.max(1, Math.round(cleanQty(quantity / orderSize)));
  if (m.maximum === null) return 1;
  const max = floorTo(m.multiple !== null ? floorToMultiple(m.maximum, m.multiple) : m.maximum, decimals);
  const q = Math.max(quantity, m.minimum);
  return max > 0 ? Math.max(1, Math.ceil(q / max)) : Infinity;
}

/**
 * Splits a lot into order quantities.
 *
 * @param quantity - the lot from the rule (> 0)
 * @param orderSize - fixed order size (`fixed`, `eoq`), or null to apply the modifiers
 * @param m - order modifiers
 * @param decimals - quantity precision
 * @param out - receives the order quantities
 */
export function applyOrderModifiers(quantity: number, orderSize: number | null, m: Modifiers, decimals: number, out: number[]): void {
  // NOTE: written by index and truncated at the end, never emptied first: `length = 0` frees the
  // array's storage, and this runs once per lot
  let n = 0;
  if (orderSize !== null) {
    const size = ceilTo(orderSize, decimals);
    const k = Math.max(1, Math.round(cleanQty(quantity / orderSize)));
    for (let i = 0; i < k; i++) out[n++] = size;
    out.length = n;
    return;
  }
  let q = Math.max(quantity, m.minimum);
  if (m.multiple !== null) q = ceilToMultiple(q, m.multiple);
  q = cleanQty(q);
  if (m.maximum !== null) {
    const max = floorTo(m.multiple !== null ? floorToMultiple(m.maximum, m.multiple) : m.maximum, decimals);
    while (q > max) {
      out[n++] = ceilTo(max, decimals);
      q = cleanQty(q - max);
    }
    if (q > 0) {
      let last = Math.max(q, m.minimum);
      if (m.multiple !== null) last = ceilToMultiple(last, m.multiple);
      out[n++] = ceilTo(Math.min(last, Math.max(q, max)), decimals);
    }
    out.length = n;
    return;
  }
  out[n++] = ceilTo(q, decimals);
  out.length = n;
}
