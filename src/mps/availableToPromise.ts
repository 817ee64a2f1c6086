/**
 * Available-to-promise of an item (docs/master-schedule.md): per bucket, the master schedule receipts,
 * the customer orders, the dependent demand of the parents' orders, discrete ATP with look-ahead
 * and cumulative ATP. End items and components alike: a component sold as a spare part is
 * promised from what its supply leaves after its parents' orders.
 *
 * Discrete ATP is computed in each bucket with a master schedule receipt, and always in the first
 * bucket: available stock (on hand − allocated, first bucket only) plus the receipt, minus the
 * commitments (customer orders and dependent demand) from that bucket until the next one with a
 * receipt. A negative ATP is then taken
 * from earlier ATPs, latest first (the look-ahead), so that orders already promised are never
 * promised again; what no earlier ATP can cover stays, negative, in the bucket where it arose
 * (the master schedule does not cover the orders there). Cumulative ATP is the running total of
 * the discrete ATP (with look-ahead): what can still be promised for delivery up to that bucket.
 *
 * Dependent demand is the plan's gross requirement of the item less its independent demands
 * (forecasts consumed by orders, as planning takes them): what the parents' planned, firm planned
 * and phantom pass-through orders need of it, at the tick planning puts that need.
 *
 * Complexity: O(H + E + O + D) for a horizon of H ticks, E events, O orders and D demands of the
 * item; the look-ahead keeps the buckets with ATP left on a stack, so each is emptied once.
 * Reference: APICS CPIM dictionary, "available-to-promise", "discrete available-to-promise",
 * "cumulative available-to-promise"; Jacobs & Chase, Operations and Supply Chain Management,
 * the master production schedule and ATP.
 */
import { demandsOf, type DemandNotice, type DemandRequirement } from "../demand/demandsOf.js";
import { UnknownItemError } from "../errors/UnknownItemError.js";
import { cleanQty } from "../internal/quantity.js";
import { bucketsOf } from "../mrp/itemRecords.js";
import { OrderKind } from "../mrp/columns.js";
import type { PlanResult } from "../mrp/PlanResult.js";

/**
 * Options of {@link availableToPromise}.
 *
 * @category Master schedule
 */
export interface AvailableToPromiseOptions {
  /** Day calendars only: one bucket per working day (`"day"`, the default) or per ISO week (`"week"`). */
  readonly bucket?: "day" | "week";
}

/**
 * One bucket of an item's available-to-promise line.
 *
 * @category Master schedule
 */
export interface AtpBucket {
  /** Period number (period calendars). */
  readonly period?: number;
  /** First day of the bucket (day calendars): the working day, or the Monday of the week. */
  readonly start?: string;
  /** Master schedule receipts: planned, firm planned orders and scheduled receipts due in the bucket. */
  readonly mps: number;
  /** Customer orders (demands of kind `order`) due in the bucket; past-due ones in the first bucket. */
  readonly customerOrders: number;
  /**
   * Dependent demand due in the bucket: what the parents' planned and firm planned orders need of
   * the item (0 for an end item). Committed like a customer order.
   */
  readonly dependentDemand: number;
  /** Discrete ATP with look-ahead; 0 in buckets without a receipt (other than the first). */
  readonly discreteAtp: number;
  /** Running total of the discrete ATP up to and including the bucket. */
  readonly cumulativeAtp: number;
}

/**
 * The available-to-promise line of an item.
 *
 * @category Master schedule
 */
export interface AvailableToPromiseResult {
  /** The item id. */
  readonly item: string;
  /** One entry per bucket of the horizon, in order. */
  readonly buckets: readonly AtpBucket[];
}

/**
 * The available-to-promise line of an item over the plan's horizon: discrete ATP with look-ahead
 * at each master schedule receipt, and cumulative ATP. Any item can be asked for: an end item, or
 * a component with customer orders of its own (a spare part), whose parents' orders count as
 * committed demand at the date planning needs the component.
 *
 * In a model with locations an item is promised at a location, `ITEM@LOCATION`: from the
 * location's stock and receipts (transfers in transit included), less its customer orders and what
 * the location's own orders and the transfers it ships need of it.
 *
 * @param result - a plan
 * @param item - the id of an item (`ITEM@LOCATION` in a model with locations)
 * @param options - bucket size for day calendars
 * @returns the item id and one bucket per period (or working day, or ISO week)
 * @throws {@link UnknownItemError} `unknown_item` when the model has no such item
 * @example
 * ```ts
 * // on hand 20; firm planned orders 30 at periods 2 and 4; customer orders 5, 10, 5, 40 at 1..4
 * availableToPromise(plan(model), "A").buckets.map((b) => b.discreteAtp)
 * //=> [15, 5, 0, 0]
 * ```
 *
 * @category Master schedule
 */
export function availableToPromise(result: PlanResult, item: string, options: AvailableToPromiseOptions = {}): AvailableToPromiseResult {
  const { model, columns: c } = result;
  const i = model.itemIndex.get(item);
  if (i === undefined) throw new UnknownItemError(item);

  const cal = model.calendar;
  const H = cal.horizon;
  const receipts = new Float64Array(H);
  const orders = new Float64Array(H);
  const dependent = new Float64Array(H);
  // Scheduled receipts at their date after any reschedule-in, as the MRP record shows them; the
  // gross requirements, less the independent demands below, are the dependent demand.
  for (let e = c.itemEventStart[i]!; e < c.itemEventEnd[i]!; e++) {
    const t = c.eventTick[e]!;
    if (t < 0 || t >= H) continue;
    receipts[t]! += c.eventReceipts[e]!;
    dependent[t]! += c.eventGross[e]!;
  }
  const independent: DemandRequirement[] = [];
  const notices: DemandNotice[] = [];
  demandsOf(model, i, independent, notices);
  for (const d of independent) if (d.tick >= 0 && d.tick < H) dependent[d.tick]! -= d.quantity;
  // Planned and firm planned orders (phantom pass-through records are no receipts).
  for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) {
    const t = c.orderDue[o]!;
    if (c.orderKind[o] !== OrderKind.Phantom && t >= 0 && t < H) receipts[t]! += c.orderQty[o]!;
  }
  const dm = model.demands;
  for (let d = dm.start[i]!; d < dm.start[i + 1]!; d++) {
    const t = dm.tick[d]!;
    if (dm.records[d]!.kind !== "order" || t >= H) continue;
    orders[t < 0 ? 0 : t]! += dm.records[d]!.quantity;
  }

  const bk = bucketsOf(result, options.bucket ?? "day");
  const B = bk.label.length;
  const mps = new Float64Array(B);
  const co = new Float64Array(B);
  const dep = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    for (let t = bk.start[b]!; t < bk.start[b + 1]!; t++) {
      mps[b]! += receipts[t]!;
      co[b]! += orders[t]!;
      // float noise of gross − independent is removed; the dependent demand is never negative
      dep[b]! += Math.max(cleanQty(dependent[t]!), 0);
    }
  }

  // Discrete ATP before look-ahead: in the first bucket and each bucket with a receipt, the
  // receipt (plus available stock in the first) less the commitments until the next such bucket.
  const atp = new Float64Array(B);
  const it = model.items[i]!;
  let at = -1;
  for (let b = 0; b < B; b++) {
    if (b === 0 || cleanQty(mps[b]!) > 0) {
      at = b;
      atp[b] = mps[b]! + (b === 0 ? it.onHand - it.allocated : 0);
    }
    atp[at]! -= co[b]! + dep[b]!;
  }
  // Look-ahead: a negative ATP takes from the earlier ATPs still positive, latest first.
  const positive: number[] = [];
  for (let b = 0; b < B; b++) {
    atp[b] = cleanQty(atp[b]!);
    if (atp[b]! > 0) {
      positive.push(b);
      continue;
    }
    while (atp[b]! < 0 && positive.length > 0) {
      const p = positive[positive.length - 1]!;
      const q = Math.min(atp[p]!, -atp[b]!);
      atp[p] = cleanQty(atp[p]! - q);
      atp[b] = cleanQty(atp[b]! + q);
      if (atp[p] <= 0) positive.pop();
    }
  }

  const buckets: AtpBucket[] = [];
  let cum = 0;
  for (let b = 0; b < B; b++) {
    cum = cleanQty(cum + atp[b]!);
    const label = bk.label[b]!;
    buckets.push({
      ...(cal.unit === "period" ? { period: label as number } : { start: label as string }),
      mps: cleanQty(mps[b]!),
      customerOrders: cleanQty(co[b]!),
      dependentDemand: cleanQty(dep[b]!),
      discreteAtp: atp[b]!,
      cumulativeAtp: cum,
    });
  }
  return { item, buckets };
}
