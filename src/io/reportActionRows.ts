/**
 * The rows of the report's "what to act on" section, from the worklists: `demandsAtRisk`,
 * `releaseList` through the end of the report's first bucket, and the capacity result's overload
 * messages. The report shows what the library and `mrpkit plan --format at-risk|releases` give.
 * O(the worklists). Never exported from the package.
 */
import type { CapacityResult } from "../capacity/capacity.js";
import { tickLabel } from "../model/calendar.js";
import type { Buckets } from "../mrp/itemRecords.js";
import type { PlannedOrder, PlanResult } from "../mrp/PlanResult.js";
import { demandsAtRisk } from "../worklist/demandsAtRisk.js";
import { releaseList, type ReleaseLine } from "../worklist/releaseList.js";
import type { ActionRows, AtRiskRow, OverloadRow, ReleaseRow } from "./reportActions.js";

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
  const cal = result.model.calendar;
  const data = result.model.data;
  // a network: rows name the node (ITEM@LOCATION) and carry its location for the page's filter
  const network = data.locations.length > 0;
  const demandLocation = new Map<string, string>();
  const orderOf = new Map<string, PlannedOrder>();
  const wcLocation = new Map<string, string>();
  if (network) {
    for (const d of data.demands) if (d.location !== undefined) demandLocation.set(d.id, d.location);
    for (const o of [...result.plannedOrders, ...result.firmPlannedOrders]) orderOf.set(o.id, o);
    for (const w of data.workCenters) if (w.location !== undefined) wcLocation.set(w.id, w.location);
  }
  const at = (location: string | undefined) => (location === undefined ? {} : { location });
  const risk = demandsAtRisk(result, { capacity: caps });
  const atRisk: AtRiskRow[] = risk.demands.map((d) => {
    // each path of orders from the demand down to a late one, top first, each path once
    const orders = new Set<string>();
    for (const c of d.causes) if (c.path.length > 0) orders.add(c.path.join(" → "));
    const kinds = new Set<string>();
    for (const c of d.causes) kinds.add(c.kind);
    const location = demandLocation.get(d.demand);
    const item = location === undefined ? d.item : `${d.item}@${location}`;
    return { demand: d.demand, item, kind: d.kind, due: d.due, quantity: d.quantity, late: d.ticksLate, orders: [...orders], reasons: [...kinds], ...at(location) };
  });

  // the orders released in the report's first bucket (a week, with weekly buckets)
  const firstEnd = buckets.start.length > 1 ? buckets.start[1]! : 1;
  const list = releaseList(result, { through: tickLabel(cal, Math.max(0, firstEnd - 1)) });
  const release = (l: ReleaseLine, make: boolean): ReleaseRow => {
    const row = { order: l.id, item: l.item, make, quantity: l.quantity, release: l.release, due: l.due };
    const o = orderOf.get(l.id);
    if (o?.location === undefined) return row;
    const supply = { ...(o.kind === undefined ? {} : { kind: o.kind }), ...(o.source === undefined ? {} : { source: o.source }), ...(o.supplier === undefined ? {} : { supplier: o.supplier }), ...(o.shipFrom === undefined ? {} : { shipFrom: o.shipFrom }) };
    return { ...row, item: `${l.item}@${o.location}`, location: o.location, supply, ...(o.kind === "transfer" ? { transfer: true } : {}) };
  };
  const releases: ReleaseRow[] = [...list.buy.map((l) => release(l, false)), ...list.make.map((l) => release(l, true)), ...(list.transfer ?? []).map((l) => release(l, true))];

  const overloads: OverloadRow[] = risk.overloads.map((m) => ({
    workCenter: m.workCenter,
    date: (m.period ?? m.start)!,
    load: m.load,
    available: m.available,
    orders: m.orders,
    ...at(wcLocation.get(m.workCenter)),
  }));
  return { atRisk, releases, releasesThrough: through, overloads };
}
