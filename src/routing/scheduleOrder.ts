/**
 * Operation scheduling (docs/capacity.md): the ideal backward schedule of one order through its
 * item's routing. From the due tick back, each operation takes its `move` ticks, then its run
 * time, then its `queue` ticks; the first operation's start is the order's release.
 *
 * Run time in whole ticks: `ceil(hours / (capacity * utilization))` where
 * `hours = (setup + quantity * run) / efficiency`, the quantity grown by the assembly scrap of an
 * item whose `assemblyScrapMode` is `"order"` (the order is started for more than it yields); 0 ticks when the hours are 0, 1 tick when the
 * work center has no base capacity. An outsourced operation runs for its own `leadTime` ticks
 * (plus its queue and move) and loads no work center. The base capacity is used, not the
 * capacity changes over time, so a lead time depends on the quantity but never on the date
 * (see docs/decisions-capacity.md).
 *
 * Complexity: O(R) for the R operations of the routing.
 *
 * Reference: APICS/ASCM CPIM dictionary, "back scheduling", "manufacturing lead time" (queue,
 * setup, run, wait, move).
 */
import { cleanQty } from "../internal/quantity.js";
import { runTicksFor } from "./runTicksFor.js";
import type { Model } from "../model/Model.js";
import { routingFactor } from "../model/assemblyScrap.js";
import { workCenterIndex } from "./workCenterIndex.js";

/**
 * One operation of an order's schedule. Ticks may be negative (before the planning start).
 *
 * @category Capacity
 */
export interface ScheduledOperation {
  /** Routing sequence number. */
  readonly seq: number;
  /** The work center, or null for an outsourced operation without one. */
  readonly workCenter: string | null;
  /** First tick of the operation (its queue). */
  readonly start: number;
  /** First tick of the run. */
  readonly runStart: number;
  /** End of the run (exclusive). */
  readonly runEnd: number;
  /** End of the operation after its move (exclusive). */
  readonly end: number;
  /** Load hours, `(setup + quantity * run) / efficiency`; 0 when outsourced. */
  readonly hours: number;
  /** True for a subcontracted operation: it loads no work center. */
  readonly outsourced: boolean;
}

/**
 * The backward schedule of one order.
 *
 * @category Capacity
 */
export interface OrderSchedule {
  /** Start of the first operation: the tick the order must be released. */
  readonly release: number;
  /** The due tick the schedule was computed back from (end of the last operation). */
  readonly due: number;
  /** The operations in routing order (ascending seq). */
  readonly operations: readonly ScheduledOperation[];
}

/**
 * Schedules an order of an item backward from its due tick through the item's routing. Without
 * a routing the schedule has no operations and its release is `due - leadTime`.
 *
 * @param model - the compiled model
 * @param item - the item index
 * @param quantity - the order quantity (the good quantity: an `"order"`-mode item's routing runs
 *   `quantity × (1 + assemblyScrap)`)
 * @param due - the due (receipt) tick
 * @returns the schedule: the release tick and each operation's ticks and load hours
 * @throws never; the model is already validated
 * @example
 * ```ts
 * // one operation on WC-1 (8 h per tick): setup 2 h, run 0.5 h per unit, move 1 tick
 * scheduleOrder(model, model.itemIndex.get("A")!, 20, 10)
 * //=> { release: 7, due: 10, operations: [{ seq: 10, workCenter: "WC-1", start: 7, runStart: 7,
 * //     runEnd: 9, end: 10, hours: 12, outsourced: false }] }
 * ```
 */
export function scheduleOrder(model: Model, item: number, quantity: number, due: number): OrderSchedule {
  const routing = model.routings[item];
  if (routing === undefined) {
    return { release: due - (model.items[item]?.leadTime ?? 0), due, operations: [] };
  }
  const ops = routing.operations;
  const started = quantity * routingFactor(model.items[item]!);
  const centers = workCenterIndex(model);
  const centerOf = centers.operationCenter[item]!;
  const out = new Array<ScheduledOperation>(ops.length);
  let cursor = due;
  for (let k = ops.length - 1; k >= 0; k--) {
    const op = ops[k]!;
    const end = cursor;
    const runEnd = end - op.move;
    let hours = 0;
    let runTicks: number;
    if (op.outsourced !== null) {
      runTicks = op.outsourced.leadTime;
    } else {
      const w = centerOf[k]!;
      hours = cleanQty((op.setup + started * op.run) / centers.efficiency[w]!);
      runTicks = runTicksFor(hours, centers.available[w]!);
    }
    const runStart = runEnd - runTicks;
    const start = runStart - op.queue;
    out[k] = { seq: op.seq, workCenter: op.workCenter, start, runStart, runEnd, end, hours, outsourced: op.outsourced !== null };
    cursor = start;
  }
  return { release: cursor, due, operations: out };
}

/**
 * The tick at which the child of a BOM line on operation `seq` is needed: the start (queue
 * start) of that operation, since material must be at the work center when the job arrives.
 * An unknown seq gives the order's release.
 *
 * @param schedule - an order's schedule from {@link scheduleOrder}
 * @param seq - the routing sequence number named by the BOM line
 * @returns the tick the component is needed
 * @throws never
 * @example
 * ```ts
 * // A's routing: op 10, then op 20, whose queue starts at tick 7 for this order
 * const s = scheduleOrder(model, model.itemIndex.get("A")!, 20, 10);
 * operationStart(s, 20) //=> 7
 * ```
 */
export function operationStart(schedule: OrderSchedule, seq: number): number {
  for (const op of schedule.operations) {
    if (op.seq === seq) return op.start;
  }
  return schedule.release;
}
