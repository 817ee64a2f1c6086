/**
 * Capacity requirements planning (docs/capacity.md): loads every planned order, firm planned order
 * and scheduled receipt of an item with a routing on its work centers, tick by tick, from its
 * backward operation schedule, and reports load, available hours and utilization per work center
 * and bucket, the overloaded buckets with the orders causing them, and the work centers ranked by
 * peak utilization (the bottleneck first). Capacity is infinite here: overloads are reported,
 * not resolved ({@link level} resolves them).
 *
 * Complexity: O(N · R + P + W · B) for N orders with R operations, P loaded ticks (the sum of
 * the operations' run ticks), W work centers and B buckets; independent of the number of items
 * without orders.
 *
 * Reference: APICS/ASCM CPIM dictionary, "capacity requirements planning (CRP)", "load
 * profile"; SAP PP capacity evaluation (CM01).
 */
import type { PlanResult } from "../mrp/PlanResult.js";
import { loadedOrders } from "./loadedOrders.js";
import { loadProfile, newPlacements, overloadMessages, placeEvenly, workCenterTable, type BucketSize } from "./loadProfile.js";
import type { CapacityMessage, WorkCenterLoad } from "./types.js";

/**
 * Options of {@link planCapacity}.
 *
 * @category Capacity
 */
export interface CapacityOptions {
  /** Report bucket in day calendars: `"day"` (default) or `"week"`. Period calendars always report per period. */
  readonly bucket?: BucketSize;
}

/**
 * The result of {@link planCapacity}: what `mrpkit capacity --format json` prints.
 *
 * @category Capacity
 */
export interface CapacityResult {
  /** Every work center, ranked by peak utilization (highest first, null first of all), ties by id. */
  readonly workCenters: readonly WorkCenterLoad[];
  /**
   * One `overload` message per overloaded bucket of any work center, in time order (bucket,
   * then work center id): the same buckets as the work centers' `overloads`, as messages.
   */
  readonly messages: readonly CapacityMessage[];
}

/**
 * Loads a plan on the work centers (infinite capacity) and reports the load profile.
 *
 * Each operation's hours are spread evenly over the ticks it runs in; hours that would fall
 * before the first tick load the first tick (that work is already late). Outsourced operations
 * load nothing. Work centers without load are reported too.
 *
 * @param result - a plan from {@link plan}
 * @param options - report bucket (day calendars)
 * @returns the work centers ranked by peak utilization, with their buckets and overloads, and
 *   the overloads as `overload` messages in time order
 * @throws never; the plan's model is already validated
 * @example
 * ```ts
 * // WC-1: 8 h per tick; A: setup 2 h, run 0.5 h per unit; an order of 20 A due in period 3
 * planCapacity(plan(model)).workCenters[0]
 * //=> { id: "WC-1", peakUtilization: 0.75, buckets: [{ period: 1, load: 6, available: 8,
 * //     utilization: 0.75, orders: ["A#1"] }, { period: 2, load: 6, ... }, { period: 3, load: 0, ... }],
 * //     overloads: [] }
 * // examples/workshop.json: the welding cell has 3 h in period 5 and FRAME#3 needs 4.2 h there
 * planCapacity(plan(workshop)).messages
 * //=> [{ kind: "overload", workCenter: "WELD", period: 5, load: 4.2, available: 3, orders: ["FRAME#3"],
 * //     message: "WELD: overloaded at period 5: load 4.2 h, available 3 h (140%); orders FRAME#3" }]
 * ```
 *
 * @category Capacity
 */
export function planCapacity(result: PlanResult, options: CapacityOptions = {}): CapacityResult {
  const model = result.model;
  const H = model.calendar.horizon;
  const wcs = workCenterTable(model);
  const orders = loadedOrders(result);
  const pl = newPlacements();
  for (let o = 0; o < orders.length; o++) {
    for (const op of orders[o]!.schedule.operations) {
      if (op.outsourced || op.hours <= 0) continue;
      placeEvenly(pl, wcs.index.get(op.workCenter!)!, op.runStart, op.runEnd, op.hours, o, H);
    }
  }
  const workCenters = loadProfile(model, options.bucket ?? "day", wcs, pl, orders.map((o) => o.id));
  return { workCenters, messages: overloadMessages(workCenters) };
}

/**
 * The former name of {@link planCapacity}.
 *
 * @deprecated Use {@link planCapacity}; this name goes away in 2.0.
 *
 * @category Capacity
 */
export const capacity = planCapacity;
