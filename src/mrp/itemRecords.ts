/**
 * The time-phased MRP record of an item (the APICS grid), per bucket: gross requirements,
 * scheduled receipts, projected on hand (end of bucket, after planned receipts), net
 * requirements `max(0, gross + safetyStock - (previous on hand + scheduled receipts))`, planned
 * order receipts and releases. O(horizon + events of the item).
 */
import { UnknownItemError } from "../errors/UnknownItemError.js";
import { formatIsoDate } from "../internal/dates.js";
import { cleanQty } from "../internal/quantity.js";
import type { PlanResult } from "./PlanResult.js";
import type { Calendar } from "../model/calendar.js";

/**
 * One bucket of an item's MRP record.
 *
 * @category Planning
 */
export interface MrpRecord {
  /** Period number (period calendars). */
  readonly period?: number;
  /** First day of the bucket (day calendars): the working day, or the Monday of the week. */
  readonly start?: string;
  /** Gross requirements. */
  readonly grossRequirements: number;
  /** Scheduled receipts (open orders), at their date after any reschedule-in. */
  readonly scheduledReceipts: number;
  /** Projected on hand at the end of the bucket. */
  readonly projectedOnHand: number;
  /** Net requirements. */
  readonly netRequirements: number;
  /** Planned order receipts (planned and firm planned orders). */
  readonly plannedOrderReceipts: number;
  /** Planned order releases (planned and firm planned orders). */
  readonly plannedOrderReleases: number;
}

/**
 * The six rows of the MRP grid, in the classic order, each as its {@link MrpRecord} key and its
 * heading, for tables and reports.
 *
 * @category Planning
 */
export const MRP_RECORD_ROWS: readonly (readonly [Exclude<keyof MrpRecord, "period" | "start">, string])[] = [
  ["grossRequirements", "Gross requirements"],
  ["scheduledReceipts", "Scheduled receipts"],
  ["projectedOnHand", "Projected on hand"],
  ["netRequirements", "Net requirements"],
  ["plannedOrderReceipts", "Planned order receipts"],
  ["plannedOrderReleases", "Planned order releases"],
];

/**
 * Options of {@link itemRecords}.
 *
 * @category Planning
 */
export interface ItemRecordsOptions {
  /** Day calendars only: one bucket per working day (`"day"`, the default) or per ISO week (`"week"`). */
  readonly bucket?: "day" | "week";
}

/** Bucket boundaries of the horizon: tick ranges and their labels. */
export interface Buckets {
  /** First tick of each bucket, plus the horizon at the end. */
  readonly start: Int32Array;
  /** Label of each bucket: period number or ISO date. */
  readonly label: readonly (number | string)[];
}

/** The buckets of a plan's horizon for the given bucket size. */
export function bucketsOf(result: PlanResult, bucket: "day" | "week" = "day"): Buckets {
  const cal = result.model.calendar;
  let byKind = BUCKETS.get(cal);
  if (byKind === undefined) BUCKETS.set(cal, (byKind = new Map<"day" | "week", Buckets>()));
  let b = byKind.get(bucket);
  if (b === undefined) byKind.set(bucket, (b = makeBuckets(cal, bucket)));
  return b;
}

/** The buckets of each calendar, by bucket size: read for every item whose records are asked for. */
const BUCKETS = new WeakMap<Calendar, Map<"day" | "week", Buckets>>();

function makeBuckets(cal: Calendar, bucket: "day" | "week"): Buckets {
  const H = cal.horizon;
  if (cal.unit === "period" || bucket === "day") {
    return {
      start: Int32Array.from({ length: H + 1 }, (_, t) => t),
      label: Array.from({ length: H }, (_, t) => (cal.unit === "period" ? t + 1 : formatIsoDate(cal.workDays[t]!))),
    };
  }
  const starts: number[] = [];
  const labels: string[] = [];
  let week = Number.NaN;
  for (let t = 0; t < H; t++) {
    const day = cal.workDays[t]!;
    const w = Math.floor((day + 3) / 7);
    if (w !== week) {
      week = w;
      starts.push(t);
      labels.push(formatIsoDate(w * 7 - 3));
    }
  }
  starts.push(H);
  return { start: Int32Array.from(starts), label: labels };
}

/**
 * The MRP record of one item, one entry per bucket of the horizon.
 *
 * @param result - a plan
 * @param item - the item id
 * @param options - bucket size for day calendars
 * @returns the records, in bucket order
 * @throws {@link UnknownItemError} (`unknown_item`) when the item is not in the model
 * @example
 * ```ts
 * itemRecords(plan(model), "A")[2]
 * //=> { period: 3, grossRequirements: 20, scheduledReceipts: 0, projectedOnHand: 0, netRequirements: 15, plannedOrderReceipts: 15, plannedOrderReleases: 0 }
 * ```
 *
 * @category Planning
 */
export function itemRecords(result: PlanResult, item: string, options: ItemRecordsOptions = {}): MrpRecord[] {
  const i = result.model.itemIndex.get(item);
  if (i === undefined) throw new UnknownItemError(item);
  return recordsOfIndex(result, i, bucketsOf(result, options.bucket ?? "day"));
}

/**
 * The MRP record of one item of the plan, with the item: one entry of {@link allItemRecords}.
 *
 * @category Planning
 */
export interface ItemRecords {
  /** Item id. */
  readonly id: string;
  /** Low-level code. */
  readonly lowLevelCode: number;
  /** The item's records, one per bucket of the horizon, as {@link itemRecords} gives them. */
  readonly records: MrpRecord[];
}

/**
 * The MRP records of every item, in planning order (low-level code, then id): what the grid of
 * `mrpkit plan` and the HTML report show. The buckets are computed once for all items.
 *
 * @param result - a plan
 * @param options - bucket size for day calendars
 * @returns one entry per item of `result.items`, in that order
 * @example
 * ```ts
 * allItemRecords(plan(model)).map((r) => r.id) //=> ["A", "B", "C"]
 * ```
 *
 * @category Planning
 */
export function allItemRecords(result: PlanResult, options: ItemRecordsOptions = {}): ItemRecords[] {
  const buckets = bucketsOf(result, options.bucket ?? "day");
  const { model } = result;
  return Array.from(model.planningOrder, (i) => ({ id: model.items[i]!.id, lowLevelCode: model.lowLevelCode[i]!, records: recordsOfIndex(result, i, buckets) }));
}

/** The scratch sums of {@link recordsOfIndex}: four per tick of the horizon, zeroed before each use. */
let sums = new Float64Array(0);

/** The records of item index `i` over the given buckets. */
export function recordsOfIndex(result: PlanResult, i: number, buckets: Buckets): MrpRecord[] {
  const { model, columns: c } = result;
  const cal = model.calendar;
  const H = cal.horizon;
  // the per-tick sums, in one scratch array shared by every call (an item's records are made
  // one item at a time, often for every item of a plan)
  if (sums.length < 4 * H) sums = new Float64Array(4 * H);
  else sums.fill(0, 0, 4 * H);
  const gross = sums.subarray(0, H);
  const sr = sums.subarray(H, 2 * H);
  const rec = sums.subarray(2 * H, 3 * H);
  const rel = sums.subarray(3 * H, 4 * H);
  for (let e = c.itemEventStart[i]!; e < c.itemEventEnd[i]!; e++) {
    const t = c.eventTick[e]!;
    if (t >= 0 && t < H) {
      gross[t]! += c.eventGross[e]!;
      sr[t]! += c.eventReceipts[e]!;
    }
  }
  for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) {
    const d = c.orderDue[o]!;
    const r = c.orderRelease[o]!;
    if (d >= 0 && d < H) rec[d]! += c.orderQty[o]!;
    if (r >= 0 && r < H) rel[r]! += c.orderQty[o]!;
  }
  const it = model.items[i]!;
  const ss = it.source === "phantom" ? 0 : it.safetyStock;
  let poh = it.onHand - it.allocated;
  const out: MrpRecord[] = [];
  const B = buckets.label.length;
  for (let b = 0; b < B; b++) {
    let g = 0;
    let s = 0;
    let pr = 0;
    let pl = 0;
    for (let t = buckets.start[b]!; t < buckets.start[b + 1]!; t++) {
      g += gross[t]!;
      s += sr[t]!;
      pr += rec[t]!;
      pl += rel[t]!;
    }
    const net = Math.max(0, cleanQty(g + ss - (poh + s)));
    poh = cleanQty(poh + s + pr - g);
    const label = buckets.label[b]!;
    const grossRequirements = cleanQty(g);
    const scheduledReceipts = cleanQty(s);
    const plannedOrderReceipts = cleanQty(pr);
    const plannedOrderReleases = cleanQty(pl);
    // one object per record, keyed by the calendar's unit
    out.push(
      cal.unit === "period"
        ? { period: label as number, grossRequirements, scheduledReceipts, projectedOnHand: poh, netRequirements: net, plannedOrderReceipts, plannedOrderReleases }
        : { start: label as string, grossRequirements, scheduledReceipts, projectedOnHand: poh, netRequirements: net, plannedOrderReceipts, plannedOrderReleases },
    );
  }
  return out;
}
