/**
 * Independent demands of one item as requirements (docs/model-format.md, docs/master-schedule.md): past-due orders move
 * to the first tick, demands beyond the horizon are dropped, and forecasts are consumed by
 * customer orders (kind `order`).
 *
 * Consumption works on buckets (a period, or an ISO calendar week in day calendars). Each order,
 * earliest first, consumes forecasts of its own bucket first, then of up to
 * `consumption.backward` buckets before it (nearest first), then of up to `consumption.forward`
 * buckets after it (nearest first); inside a bucket the earliest forecast goes first. What is
 * left of an order after that is simply an order above the forecast. A forecast's unconsumed rest
 * is planned, except inside the item's demand time fence, where only orders count: forecasts
 * there can still be consumed (they were the expectation the orders met), but their rest lapses.
 * With both windows 0 a bucket beyond the fence takes `max(forecast, orders)`. `mps` demands are
 * taken as they are and consume nothing; past-due and beyond-horizon orders consume nothing.
 *
 * Complexity: O(d + f·α(f)) for d demands of the item (already tick-sorted) and f forecast
 * buckets: orders walk the buckets in tick order, and exhausted buckets are skipped through
 * path-compressed links, so a wide window costs no more than the buckets that still hold forecast.
 * Reference: SAP PP requirement strategy 40 (planning with final assembly), consumption mode
 * 1 (backward, then forward) with backward and forward consumption periods; APICS CPIM
 * dictionary, "forecast consumption" and "demand time fence".
 */
import { cleanQty } from "../internal/quantity.js";
import type { Model } from "../model/Model.js";

/** One independent requirement: demand index (canonical), tick, quantity. */
export interface DemandRequirement {
  readonly demand: number;
  readonly tick: number;
  readonly quantity: number;
}

/** What happened to a demand that is not planned as it stands. */
export interface DemandNotice {
  readonly demand: number;
  readonly kind: "past-due-demand" | "beyond-horizon";
}

/** Bucket key of a tick for forecast consumption: the period, or the ISO week of the working day. */
export function consumptionBucket(model: Model, tick: number): number {
  const cal = model.calendar;
  if (cal.unit === "period") return tick;
  return Math.floor((cal.workDays[tick]! + 3) / 7);
}

/**
 * The requirements from an item's independent demands, and the notices for past-due and
 * beyond-horizon demands. Requirements come out sorted by tick, then canonical demand index.
 */
export function demandsOf(model: Model, item: number, out: DemandRequirement[], notices: DemandNotice[]): void {
  const ev = model.demands;
  const s = ev.start[item]!;
  const e = ev.start[item + 1]!;
  if (s === e) return;
  const horizon = model.calendar.horizon;
  const it = model.items[item]!;
  const dtf = it.demandTimeFence;
  const left = forecastLeft(model, item, s, e);
  for (let d = s; d < e; d++) {
    const r = ev.records[d]!;
    const t = ev.tick[d]!;
    if (t >= horizon) {
      notices.push({ demand: d, kind: "beyond-horizon" });
      continue;
    }
    if (r.kind !== "forecast") {
      if (t < 0) notices.push({ demand: d, kind: "past-due-demand" });
      out.push({ demand: d, tick: t < 0 ? 0 : t, quantity: r.quantity });
      continue;
    }
    // Forecasts: past ones and those inside the demand time fence are not planned.
    if (t < 0 || t < dtf) continue;
    const rest = left === undefined ? r.quantity : left[d - s]!;
    if (rest > 0) out.push({ demand: d, tick: t, quantity: rest });
  }
}

/**
 * What is left of each forecast of the item (by demand offset from `s`) after the customer
 * orders have consumed, or undefined when there is nothing to consume (no forecast or no order in
 * the horizon).
 */
function forecastLeft(model: Model, item: number, s: number, e: number): Float64Array | undefined {
  const ev = model.demands;
  const horizon = model.calendar.horizon;
  // Forecast buckets, in tick order: key, and the range of their forecasts in `fc`.
  const fc: number[] = [];
  const key: number[] = [];
  const gStart: number[] = [];
  let orders = 0;
  for (let d = s; d < e; d++) {
    const t = ev.tick[d]!;
    if (t < 0 || t >= horizon) continue;
    const kind = ev.records[d]!.kind;
    if (kind === "order") orders++;
    if (kind !== "forecast") continue;
    const b = consumptionBucket(model, t);
    if (key.length === 0 || key[key.length - 1] !== b) {
      key.push(b);
      gStart.push(fc.length);
    }
    fc.push(d);
  }
  if (fc.length === 0 || orders === 0) return undefined;
  const G = key.length;
  gStart.push(fc.length);
  const left = new Float64Array(e - s);
  for (const d of fc) left[d - s] = ev.records[d]!.quantity;
  // First forecast of each bucket with something left; links over exhausted buckets.
  const cur = Int32Array.from(gStart.slice(0, G));
  const toLeft = Int32Array.from({ length: G }, (_, g) => g);
  const toRight = Int32Array.from({ length: G }, (_, g) => g);

  /** Nearest bucket at or before g with forecast left, or -1. */
  const liveLeft = (g: number): number => {
    let r = g;
    while (r >= 0 && toLeft[r] !== r) r = toLeft[r]!;
    for (let x = g; x >= 0 && toLeft[x] !== x; ) {
      const nx = toLeft[x]!;
      toLeft[x] = r;
      x = nx;
    }
    return r;
  };
  /** Nearest bucket at or after g with forecast left, or G. */
  const liveRight = (g: number): number => {
    let r = g;
    while (r < G && toRight[r] !== r) r = toRight[r]!;
    for (let x = g; x < G && toRight[x] !== x; ) {
      const nx = toRight[x]!;
      toRight[x] = r;
      x = nx;
    }
    return r;
  };
  /** Consumes up to `open` from bucket g, earliest forecast first; returns what is still open. */
  const take = (g: number, open: number): number => {
    let k = cur[g]!;
    const end = gStart[g + 1]!;
    while (open > 0 && k < end) {
      const o = fc[k]! - s;
      const q = Math.min(open, left[o]!);
      left[o] = cleanQty(left[o]! - q);
      open = cleanQty(open - q);
      if (left[o] <= 0) k++;
    }
    cur[g] = k;
    if (k === end) {
      toLeft[g] = g - 1;
      toRight[g] = g + 1;
    }
    return open;
  };

  const { backward, forward } = model.items[item]!.consumption;
  let gp = 0;
  for (let d = s; d < e; d++) {
    const r = ev.records[d]!;
    const t = ev.tick[d]!;
    if (r.kind !== "order" || t < 0 || t >= horizon) continue;
    const b = consumptionBucket(model, t);
    // orders come in tick order, so the first bucket at or after b only moves forward
    while (gp < G && key[gp]! < b) gp++;
    const own = gp < G && key[gp] === b;
    let open = r.quantity;
    if (own) open = take(gp, open);
    for (let g = liveLeft(gp - 1); open > 0 && g >= 0 && key[g]! >= b - backward; g = liveLeft(g - 1)) open = take(g, open);
    for (let g = liveRight(own ? gp + 1 : gp); open > 0 && g < G && key[g]! <= b + forward; g = liveRight(g + 1)) open = take(g, open);
  }
  return left;
}
