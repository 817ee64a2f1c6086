/**
 * The rows of the report's "what to act on" section, from the plan's action messages, its
 * pegging and the capacity load. O(messages × pegging paths + orders + overloads). Never
 * exported from the package.
 */
import type { CapacityResult } from "../capacity/capacity.js";
import { requirementTick } from "../model/calendar.js";
import type { Buckets } from "../mrp/itemRecords.js";
import type { PlanResult } from "../mrp/PlanResult.js";
import { pegToDemands } from "../mrp/pegToDemands.js";
import { compareStrings } from "../internal/sort.js";
import type { ActionRows, AtRiskRow, OverloadRow, ReleaseRow } from "./reportActions.js";

/** Message kinds that put the demands an order serves at risk. */
const RISKY = new Set(["late-release", "time-fence", "past-due-demand", "shortage"]);

/**
 * The three lists of the section.
 *
 * @param result - the plan
 * @param caps - its capacity load, with the report's buckets
 * @param buckets - the report's buckets (orders released in the first one are listed)
 * @param through - words for the release window
 * @returns the rows
 * @example
 * ```ts
 * actionRows(result, planCapacity(result), bucketsOf(result), "in period 1").releases.map((r) => r.order) //=> ["TUBE#1", ...]
 * ```
 */
export function actionRows(result: PlanResult, caps: CapacityResult, buckets: Buckets, through: string): ActionRows {
  const { model } = result;
  const cal = model.calendar;
  const tick = (d: number | string) => requirementTick(cal, d);

  // demands at risk: every demand a risky message's order serves, or the past-due demand itself
  const risk = new Map<string, { late: number; orders: Set<string>; reasons: Set<string> }>();
  const mark = (demand: string, late: number, orders: readonly string[], kind: string) => {
    let r = risk.get(demand);
    if (r === undefined) risk.set(demand, (r = { late: 0, orders: new Set(), reasons: new Set() }));
    r.late = Math.max(r.late, late);
    for (const o of orders) r.orders.add(o);
    r.reasons.add(kind);
  };
  const demandById = new Map(model.data.demands.map((d) => [d.id, d]));
  const isOrder = new Set([...result.plannedOrders, ...result.firmPlannedOrders].map((o) => o.id));
  for (const e of result.exceptions) {
    if (!RISKY.has(e.kind) || e.ref === null) continue;
    const late = e.ticksLate ?? (e.newDate === undefined ? 0 : Math.max(0, tick(e.newDate) - tick(e.date)));
    if (demandById.has(e.ref)) mark(e.ref, late, [], e.kind);
    else if (isOrder.has(e.ref)) {
      for (const p of pegToDemands(result, e.ref)) {
        if (demandById.has(p.demand)) mark(p.demand, late, [...p.path].reverse(), e.kind);
      }
    }
  }
  const atRisk: AtRiskRow[] = [];
  for (const d of model.data.demands) {
    const r = risk.get(d.id);
    if (r === undefined) continue;
    atRisk.push({ demand: d.id, item: d.item, kind: d.kind, due: d.due, quantity: d.quantity, late: r.late, orders: [...r.orders], reasons: [...r.reasons].sort(compareStrings) });
  }
  // customer orders first, then the latest first, then by due date and id
  atRisk.sort((a, b) => Number(a.kind === "forecast") - Number(b.kind === "forecast") || b.late - a.late || tick(a.due) - tick(b.due) || compareStrings(a.demand, b.demand));

  // orders released in the first bucket
  const firstEnd = buckets.start.length > 1 ? buckets.start[1]! : 1;
  const releases: ReleaseRow[] = [];
  for (const o of [...result.plannedOrders, ...result.firmPlannedOrders]) {
    if (tick(o.release) >= firstEnd) continue;
    const it = model.items[model.itemIndex.get(o.item)!]!;
    releases.push({ order: o.id, item: o.item, make: it.source === "make", quantity: o.quantity, release: o.release, due: o.due });
  }
  releases.sort((a, b) => compareStrings(a.item, b.item) || tick(a.due) - tick(b.due) || compareStrings(a.order, b.order));

  const overloads: OverloadRow[] = [];
  for (const w of caps.workCenters) {
    for (const o of w.overloads) overloads.push({ workCenter: w.id, date: (cal.unit === "period" ? o.period : o.start)!, load: o.load, available: o.available, orders: o.orders });
  }
  // the largest excess first: what to move first
  overloads.sort((a, b) => b.load - b.available - (a.load - a.available) || compareStrings(a.workCenter, b.workCenter) || tick(a.date) - tick(b.date));
  return { atRisk, releases, releasesThrough: through, overloads };
}
