/**
 * Rough-cut capacity planning (docs/capacity.md): loads the master schedule alone on the work
 * centers through each end item's bill of resources, without netting. The master schedule is the
 * model's `mps` demands; a model without any takes the independent demands of its end items
 * (items used in no BOM line), forecasts consumed by orders as in planning.
 *
 * Complexity: O(E · B_e + M · r + W · B) for E scheduled end items with bills of B_e rows, M
 * master-schedule entries of r rows each, W work centers and B buckets.
 *
 * Reference: APICS/ASCM CPIM dictionary, "rough-cut capacity planning (RCCP)", "bill of
 * resources"; Vollmann et al., Manufacturing Planning and Control, ch. 10 (the bill of labour
 * and resource profile approaches).
 */
import { demandsOf, type DemandNotice, type DemandRequirement } from "../demand/demandsOf.js";
import type { Model } from "../model/Model.js";
import { resourceRows, type ResourceRow } from "./billOfResources.js";
import type { CapacityResult } from "./capacity.js";
import { loadProfile, newPlacements, overloadMessages, placeEvenly, workCenterTable, type BucketSize } from "./loadProfile.js";

/**
 * Options of {@link planRoughCutCapacity}.
 *
 * @category Capacity
 */
export interface RoughCutCapacityOptions {
  /** Report bucket in day calendars: `"day"` (default) or `"week"`. */
  readonly bucket?: BucketSize;
}

/**
 * Rough-cut capacity of a model's master schedule, in the shape of {@link capacity}: the `orders`
 * of a bucket are the ids of the master-schedule demands loading it.
 *
 * Each demand of quantity q due at tick d loads, for each row of its item's bill of resources,
 * `q × hoursPerUnit + hoursPerOrder` hours spread evenly over `ticks` ticks from `d - offset`;
 * hours before the first tick load the first tick. Demands beyond the horizon are left out.
 *
 * @param model - the compiled model
 * @param options - report bucket (day calendars)
 * @returns the work centers ranked by peak utilization, with their buckets and overloads, and
 *   the overloads as `overload` messages in time order
 * @throws never; the model is already validated
 * @example
 * ```ts
 * // MPS: 10 A in period 4; A runs 0.5 h per unit on ASSY (lead time 1)
 * planRoughCutCapacity(model).workCenters[0]!.buckets[2]
 * //=> { period: 3, load: 5, available: 8, utilization: 0.625, orders: ["MPS-1"] }
 * ```
 *
 * @category Capacity
 */
export function planRoughCutCapacity(model: Model, options: RoughCutCapacityOptions = {}): CapacityResult {
  const H = model.calendar.horizon;
  const ev = model.demands;
  const schedule: DemandRequirement[] = [];
  let hasMps = false;
  for (const r of ev.records) if (r.kind === "mps") hasMps = true;
  if (hasMps) {
    for (let d = 0; d < ev.records.length; d++) {
      if (ev.records[d]!.kind !== "mps" || ev.tick[d]! >= H) continue;
      schedule.push({ demand: d, tick: Math.max(ev.tick[d]!, 0), quantity: ev.records[d]!.quantity });
    }
  } else {
    const notices: DemandNotice[] = [];
    const ps = model.bom.parentStart;
    for (let i = 0; i < model.itemCount; i++) if (ps[i] === ps[i + 1]) demandsOf(model, i, schedule, notices);
  }
  const wcs = workCenterTable(model);
  const bills = new Map<number, ResourceRow[]>();
  const pl = newPlacements();
  const ids = schedule.map((s) => ev.records[s.demand]!.id);
  schedule.forEach((s, k) => {
    const item = ev.item[s.demand]!;
    let rows = bills.get(item);
    if (rows === undefined) bills.set(item, (rows = resourceRows(model, item)));
    for (const r of rows) {
      const start = s.tick - r.offset;
      placeEvenly(pl, wcs.index.get(r.workCenter)!, start, start + r.ticks, s.quantity * r.hoursPerUnit + r.hoursPerOrder, k, H);
    }
  });
  const workCenters = loadProfile(model, options.bucket ?? "day", wcs, pl, ids);
  return { workCenters, messages: overloadMessages(workCenters) };
}

/**
 * The former name of {@link planRoughCutCapacity}.
 *
 * @deprecated Use {@link planRoughCutCapacity}; this name goes away in 2.0.
 *
 * @category Capacity
 */
export const roughCutCapacity = planRoughCutCapacity;
