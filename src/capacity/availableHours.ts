/**
 * Available hours of a work center per tick (docs/capacity.md): `capacity * utilization`, where the
 * capacity is the base capacity until the first change and each change's capacity from its date
 * on (shifts, shutdowns). Efficiency does not enter here: it divides the load.
 *
 * Complexity: O(H + C log C) for a horizon of H ticks and C changes.
 *
 * Reference: APICS/ASCM CPIM dictionary, "available capacity" (= capacity × utilization; the
 * rated capacity also multiplies by efficiency, which mrpkit applies to the load instead).
 */
import { UnknownWorkCenterError } from "../errors/UnknownWorkCenterError.js";
import { cleanQty } from "../internal/quantity.js";
import { receiptTick } from "../model/calendar.js";
import type { Model } from "../model/Model.js";
import type { WorkCenter } from "../model/schema.js";

/**
 * Hours a work center can work in each tick of the horizon. A change dated before the planning
 * start applies from the first tick; in day calendars a change dated on a non-working day
 * applies from the next working day; when two changes fall on the same tick the later date
 * wins, and for the very same date the smaller capacity.
 *
 * @param model - the compiled model
 * @param workCenter - the work center id
 * @returns available hours per tick, `calendar.horizon` entries
 * @throws {@link UnknownWorkCenterError} (`unknown_work_center`) when the model has no such work center
 * @example
 * ```ts
 * // WC-1: capacity 8, utilization 0.75, changes [{ from: 3, capacity: 0 }] in a 4-period calendar
 * computeAvailableHours(model, "WC-1") //=> [6, 6, 0, 0]
 * ```
 *
 * @category Capacity
 */
export function computeAvailableHours(model: Model, workCenter: string): number[] {
  const wc = model.workCenters.get(workCenter);
  if (wc === undefined) {
    throw new UnknownWorkCenterError(workCenter);
  }
  return Array.from(availableTicks(model, wc));
}

/** {@link computeAvailableHours} as a typed array, for the capacity loops. */
export function availableTicks(model: Model, wc: WorkCenter): Float64Array {
  const cal = model.calendar;
  const H = cal.horizon;
  const out = new Float64Array(H);
  const changes = wc.changes
    .map((c) => ({ tick: Math.max(0, receiptTick(cal, c.from)), from: c.from, capacity: c.capacity }))
    .sort((a, b) => a.tick - b.tick || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || b.capacity - a.capacity);
  let capacity = wc.capacity;
  let k = 0;
  for (let t = 0; t < H; t++) {
    while (k < changes.length && changes[k]!.tick <= t) capacity = changes[k++]!.capacity;
    out[t] = cleanQty(capacity * wc.utilization);
  }
  return out;
}

/**
 * The former name of {@link computeAvailableHours}.
 *
 * @deprecated Use {@link computeAvailableHours}; this name goes away in 2.0.
 * @category Capacity
 */
export const availableHours = computeAvailableHours;
