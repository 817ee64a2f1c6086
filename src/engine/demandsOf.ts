/**
 * Independent demands of one item as requirements (SPEC sections 2 and 6): past-due orders move
 * to the first tick, demands beyond the horizon are dropped, and forecasts are consumed by
 * customer orders per bucket (a period, or an ISO week in day calendars): inside the item's
 * demand time fence only orders count; beyond it a bucket takes `max(forecast, orders)`.
 * `mps` demands are taken as they are. O(d) for d demands of the item (already tick-sorted).
 */
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

/** Bucket key of a tick for forecast consumption. */
export function consumptionBucket(model: Model, tick: number): number {
  const cal = model.calendar;
  if (cal.unit === "period") return tick;
  return Math.floor((cal.workDays[tick]! + 3) / 7);
}

/**
 * The requirements from an item's independent demands, and the notices for past-due and
 * beyond-horizon demands.
 */
export function demandsOf(model: Model, item: number, out: DemandRequirement[], notices: DemandNotice[]): void {
  const ev = model.demands;
  const s = ev.start[item]!;
  const e = ev.start[item + 1]!;
  if (s === e) return;
  const horizon = model.calendar.horizon;
  const dtf = model.items[item]!.demandTimeFence;
  let hasForecast = false;
  for (let d = s; d < e; d++) if (ev.records[d]!.kind === "forecast") hasForecast = true;
  if (!hasForecast) {
    for (let d = s; d < e; d++) {
      const t = ev.tick[d]!;
      if (t >= horizon) {
        notices.push({ demand: d, kind: "beyond-horizon" });
        continue;
      }
      if (t < 0) notices.push({ demand: d, kind: "past-due-demand" });
      out.push({ demand: d, tick: t < 0 ? 0 : t, quantity: ev.records[d]!.quantity });
    }
    return;
  }
  // Orders per bucket, to consume forecasts.
  const ordersIn = new Map<number, number>();
  for (let d = s; d < e; d++) {
    const r = ev.records[d]!;
    const t = ev.tick[d]!;
    if (r.kind === "order" && t >= 0 && t < horizon) {
      const b = consumptionBucket(model, t);
      ordersIn.set(b, (ordersIn.get(b) ?? 0) + r.quantity);
    }
  }
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
    const b = consumptionBucket(model, t);
    const open = ordersIn.get(b) ?? 0;
    const consumed = Math.min(open, r.quantity);
    if (consumed > 0) ordersIn.set(b, open - consumed);
    const rest = r.quantity - consumed;
    if (rest > 1e-12) out.push({ demand: d, tick: t, quantity: rest });
  }
}
