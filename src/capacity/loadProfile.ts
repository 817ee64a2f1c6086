/**
 * Load profiles in report buckets: sums per-tick placements of operation hours into buckets per
 * work center, with the available hours, the utilization and the orders loading each bucket.
 * Shared by {@link capacity}, {@link level} and {@link roughCutCapacity}; internal.
 *
 * Complexity: O(P + W · B + K log K) for P placements, W work centers, B buckets and K
 * (bucket, order) pairs.
 */
import { bucketsOf } from "../mrp/itemRecords.js";
import type { PlanResult } from "../mrp/PlanResult.js";
import { cleanQty } from "../internal/quantity.js";
import { compareStrings } from "../internal/sort.js";
import type { Model } from "../model/Model.js";
import type { WorkCenter } from "../model/schema.js";
import { availableTicks } from "./availableHours.js";
import { worklistMessages } from "../errors/worklistMessages.js";
import type { CapacityBucket, CapacityMessage, CapacityOverload, WorkCenterLoad } from "./types.js";

/**
 * Report bucket size: one tick, or a calendar week in day calendars.
 *
 * @category Capacity
 */
export type BucketSize = "day" | "week";

/** Hours placed per work center and tick, with the order (by index into `orderIds`) they belong to. */
export interface Placements {
  readonly wc: number[];
  readonly tick: number[];
  readonly hours: number[];
  readonly order: number[];
}

/** Empty placements. */
export function newPlacements(): Placements {
  return { wc: [], tick: [], hours: [], order: [] };
}

/** The work centers in id order with their available hours per tick. */
export interface WorkCenterTable {
  readonly list: readonly WorkCenter[];
  readonly index: ReadonlyMap<string, number>;
  readonly available: readonly Float64Array[];
}

/** Work centers sorted by id, with an index and available hours per tick. */
export function workCenterTable(model: Model): WorkCenterTable {
  const list = [...model.workCenters.values()].sort((a, b) => compareStrings(a.id, b.id));
  return {
    list,
    index: new Map(list.map((w, k) => [w.id, k])),
    available: list.map((w) => availableTicks(model, w)),
  };
}

/** Report buckets of a model: start ticks (one more than labels) and labels. */
export function modelBuckets(model: Model, bucket: BucketSize): { readonly start: Int32Array; readonly label: readonly (number | string)[] } {
  // NOTE: bucketsOf only reads `result.model`, so a model alone is enough here.
  return bucketsOf({ model } as PlanResult, bucket);
}

/**
 * Builds the per-work-center profiles, ranked by peak utilization (highest first, a load on no
 * capacity first of all), ties by id.
 */
export function loadProfile(model: Model, bucket: BucketSize, wcs: WorkCenterTable, pl: Placements, orderIds: readonly string[]): WorkCenterLoad[] {
  const H = model.calendar.horizon;
  const b = modelBuckets(model, bucket);
  const B = b.label.length;
  const bucketOfTick = new Int32Array(H);
  for (let k = 0; k < B; k++) for (let t = b.start[k]!; t < b.start[k + 1]!; t++) bucketOfTick[t] = k;
  const W = wcs.list.length;
  const load = Array.from({ length: W }, () => new Float64Array(B));
  const pairs: number[][] = Array.from({ length: W }, () => []);
  for (let p = 0; p < pl.wc.length; p++) {
    const w = pl.wc[p]!;
    const t = pl.tick[p]!;
    if (t < 0 || t >= H) continue;
    const k = bucketOfTick[t]!;
    load[w]![k]! += pl.hours[p]!;
    pairs[w]!.push(k, pl.order[p]!);
  }
  const isPeriod = model.calendar.unit === "period";
  const out: WorkCenterLoad[] = [];
  for (let w = 0; w < W; w++) {
    const avail = wcs.available[w]!;
    const ordersOf: Set<number>[] = Array.from({ length: B }, () => new Set<number>());
    const pw = pairs[w]!;
    for (let j = 0; j < pw.length; j += 2) ordersOf[pw[j]!]!.add(pw[j + 1]!);
    const buckets: CapacityBucket[] = [];
    const overloads: CapacityOverload[] = [];
    let peak: number | null = 0;
    for (let k = 0; k < B; k++) {
      let available = 0;
      for (let t = b.start[k]!; t < b.start[k + 1]!; t++) available += avail[t]!;
      available = cleanQty(available);
      const l = cleanQty(load[w]![k]!);
      const utilization = available > 0 ? cleanQty(l / available) : l > 0 ? null : 0;
      const orders = [...ordersOf[k]!].map((o) => orderIds[o]!).sort(compareStrings);
      const label = b.label[k]!;
      const at = isPeriod ? { period: label as number } : { start: label as string };
      buckets.push({ ...at, load: l, available, utilization, orders });
      if (l > available) overloads.push({ ...at, load: l, available, orders });
      if (peak !== null) peak = utilization === null ? null : Math.max(peak, utilization);
    }
    const wc = wcs.list[w]!;
    out.push({ id: wc.id, ...(wc.location === undefined ? {} : { location: wc.location }), peakUtilization: peak, buckets, overloads });
  }
  return out.sort(
    (a, c) =>
      (a.peakUtilization === c.peakUtilization
        ? 0
        : a.peakUtilization === null
          ? -1
          : c.peakUtilization === null
            ? 1
            : c.peakUtilization - a.peakUtilization) || compareStrings(a.id, c.id),
  );
}

/**
 * Places an operation's hours evenly over its run ticks; ticks before the first tick put their
 * share on tick 0 (that work is already late), ticks at or after the horizon are dropped.
 */
export function placeEvenly(pl: Placements, w: number, runStart: number, runEnd: number, hours: number, order: number, horizon: number): void {
  const n = runEnd - runStart;
  if (n <= 0 || hours <= 0) return;
  const per = hours / n;
  const past = Math.min(n, Math.max(0, -runStart));
  if (past > 0 && horizon > 0) {
    pl.wc.push(w);
    pl.tick.push(0);
    pl.hours.push(per * past);
    pl.order.push(order);
  }
  const last = Math.min(runEnd, horizon);
  for (let t = Math.max(runStart, 0); t < last; t++) {
    pl.wc.push(w);
    pl.tick.push(t);
    pl.hours.push(per);
    pl.order.push(order);
  }
}

/**
 * The overloaded buckets of every work center as messages, by bucket, then work center id; a work
 * center with a location is named `WORKCENTER@LOCATION` in the text, as a node is.
 */
export function overloadMessages(workCenters: readonly WorkCenterLoad[]): CapacityMessage[] {
  const out: CapacityMessage[] = [];
  for (const w of workCenters) {
    for (const o of w.overloads) {
      const date = o.period ?? o.start!;
      const at = o.period === undefined ? { start: o.start! } : { period: o.period };
      const located = w.location === undefined ? {} : { location: w.location };
      const name = w.location === undefined ? w.id : `${w.id}@${w.location}`;
      out.push({ kind: "overload", workCenter: w.id, ...located, ...at, load: o.load, available: o.available, orders: o.orders, message: worklistMessages.overload(name, date, o.load, o.available, o.orders) });
    }
  }
  const key = (m: CapacityMessage): number | string => m.period ?? m.start!;
  return out.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const d = typeof ka === "number" && typeof kb === "number" ? ka - kb : compareStrings(String(ka), String(kb));
    return d || compareStrings(a.workCenter, b.workCenter);
  });
}
