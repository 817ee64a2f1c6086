/**
 * What-if comparison of two plans of the same calendar (a base and a scenario): planned orders
 * added, removed and changed, action messages added and removed, and the items whose projected
 * on hand changed, with the first bucket where it differs.
 *
 * Planned orders of an item are matched by due date, then by their sequence within that date, so
 * an order inserted early does not make every later order (whose id counts the item's orders)
 * look changed; a matched pair is changed when its quantity or release differs. Action messages
 * are compared as a multiset on kind, item, ref, date, newDate and quantity (not the text).
 * Projected on hand is compared per tick over the ticks both horizons have.
 *
 * Complexity: O(n log n) for the n orders, events and messages of both plans (sorting per item).
 * Reference: APICS CPIM dictionary, "what-if analysis", "net change"; the MRP record of
 * docs/concepts.md.
 */
import { compareStrings } from "../internal/sort.js";
import { cleanQty } from "../internal/quantity.js";
import { tickLabel } from "../model/calendar.js";
import { orderOf } from "../mrp/buildResult.js";
import { OrderKind } from "../mrp/columns.js";
import type { PlanDate, PlanException, PlannedOrder, PlanResult } from "../mrp/PlanResult.js";

/**
 * A planned order matched in both plans whose quantity or release differs.
 *
 * @category Planning
 */
export interface PlannedOrderChange {
  /** The item. */
  readonly item: string;
  /** The due date both orders share. */
  readonly due: PlanDate;
  /** The order's id in the base plan. */
  readonly baseId: string;
  /** The order's id in the scenario (may differ when orders were inserted before it). */
  readonly scenarioId: string;
  /** Quantity in the base plan. */
  readonly baseQuantity: number;
  /** Quantity in the scenario. */
  readonly scenarioQuantity: number;
  /** Release in the base plan. */
  readonly baseRelease: PlanDate;
  /** Release in the scenario. */
  readonly scenarioRelease: PlanDate;
}

/**
 * An item whose projected on hand differs, at the first bucket where it does.
 *
 * @category Planning
 */
export interface ProjectedOnHandChange {
  /** The item. */
  readonly item: string;
  /** The first bucket (period, or working day) where the projected on hand differs. */
  readonly date: PlanDate;
  /** Projected on hand at the end of that bucket in the base plan. */
  readonly base: number;
  /** Projected on hand at the end of that bucket in the scenario. */
  readonly scenario: number;
}

/**
 * The differences between a base plan and a scenario, every list in a deterministic order.
 *
 * @category Planning
 */
export interface ScenarioComparison {
  /** Item ids in only one of the plans, sorted by id. */
  readonly items: {
    /** Items of the base plan that the scenario does not have. */
    readonly onlyInBase: readonly string[];
    /** Items of the scenario that the base plan does not have. */
    readonly onlyInScenario: readonly string[];
  };
  /** Planned orders, by item id, then due date, then sequence. */
  readonly plannedOrders: {
    /** In the scenario only (as the scenario has them). */
    readonly added: readonly PlannedOrder[];
    /** In the base only (as the base has them). */
    readonly removed: readonly PlannedOrder[];
    /** Matched, with another quantity or release. */
    readonly changed: readonly PlannedOrderChange[];
  };
  /** Action messages, by item id, then each plan's own order (date, kind, ref). */
  readonly exceptions: {
    /** In the scenario only. */
    readonly added: readonly PlanException[];
    /** In the base only. */
    readonly removed: readonly PlanException[];
  };
  /** Items in both plans whose projected on hand differs in some bucket, by item id. */
  readonly projectedOnHand: readonly ProjectedOnHandChange[];
}

/**
 * Compares a scenario plan with a base plan: what a what-if change did to the planned orders,
 * the action messages and the projected on hand.
 *
 * @param base - the plan before the change
 * @param scenario - the plan of the changed model (same calendar)
 * @returns the differences, every list in a deterministic order
 * @throws nothing: plans of different items are compared on the items they share
 * @example
 * ```ts
 * // A (buy, lead time 1): SO-1 20 at period 3; the scenario doubles it to 40
 * compareScenarios(plan(base), plan(doubled)).plannedOrders.changed
 * //=> [{ item: "A", due: 3, baseId: "A#1", scenarioId: "A#1", baseQuantity: 20, scenarioQuantity: 40, baseRelease: 2, scenarioRelease: 2 }]
 * ```
 *
 * @category Planning
 */
export function compareScenarios(base: PlanResult, scenario: PlanResult): ScenarioComparison {
  const bIdx = base.model.itemIndex;
  const sIdx = scenario.model.itemIndex;
  const ids = new Set<string>();
  for (const it of base.model.items) ids.add(it.id);
  for (const it of scenario.model.items) ids.add(it.id);
  const all = [...ids].sort(compareStrings);

  const onlyInBase: string[] = [];
  const onlyInScenario: string[] = [];
  const added: PlannedOrder[] = [];
  const removed: PlannedOrder[] = [];
  const changed: PlannedOrderChange[] = [];
  const poh: ProjectedOnHandChange[] = [];
  for (const id of all) {
    const bi = bIdx.get(id);
    const si = sIdx.get(id);
    if (si === undefined) onlyInBase.push(id);
    if (bi === undefined) onlyInScenario.push(id);
    const bo = bi === undefined ? [] : plannedOf(base, bi);
    const so = si === undefined ? [] : plannedOf(scenario, si);
    let a = 0;
    let b = 0;
    while (a < bo.length || b < so.length) {
      const c = a === bo.length ? 1 : b === so.length ? -1 : compareDates(bo[a]!.due, so[b]!.due);
      if (c < 0) removed.push(bo[a++]!);
      else if (c > 0) added.push(so[b++]!);
      else {
        const x = bo[a++]!;
        const y = so[b++]!;
        if (x.quantity !== y.quantity || x.release !== y.release) {
          changed.push({ item: id, due: x.due, baseId: x.id, scenarioId: y.id, baseQuantity: x.quantity, scenarioQuantity: y.quantity, baseRelease: x.release, scenarioRelease: y.release });
        }
      }
    }
    if (bi !== undefined && si !== undefined) {
      const d = firstDifference(base, bi, scenario, si);
      if (d !== undefined) poh.push({ item: id, ...d });
    }
  }

  const { added: exAdded, removed: exRemoved } = compareExceptions(base.exceptions, scenario.exceptions);
  return {
    items: { onlyInBase, onlyInScenario },
    plannedOrders: { added, removed, changed },
    exceptions: { added: exAdded, removed: exRemoved },
    projectedOnHand: poh,
  };
}

/** The planned orders (not firm, not phantom records) of item i, by due tick, then sequence. */
function plannedOf(result: PlanResult, i: number): PlannedOrder[] {
  const c = result.columns;
  const ords: number[] = [];
  for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) if (c.orderKind[o] === OrderKind.Planned) ords.push(o);
  ords.sort((x, y) => c.orderDue[x]! - c.orderDue[y]! || c.orderSeq[x]! - c.orderSeq[y]!);
  return ords.map((o) => orderOf(result.model, c, o));
}

/** Dates of one calendar: period numbers numerically, ISO dates as text (which sorts by date). */
function compareDates(a: PlanDate, b: PlanDate): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
  return typeof a === "number" ? -1 : 1;
}

/** Multiset difference of two lists of action messages, keyed on their facts (not the text). */
function compareExceptions(base: readonly PlanException[], scenario: readonly PlanException[]): { added: PlanException[]; removed: PlanException[] } {
  const key = (e: PlanException): string => JSON.stringify([e.kind, e.item, e.ref, e.date, e.newDate ?? null, e.quantity]);
  const unmatched = (from: readonly PlanException[], against: readonly PlanException[]): PlanException[] => {
    const count = new Map<string, number>();
    for (const e of against) {
      const k = key(e);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    const out: PlanException[] = [];
    for (const e of from) {
      const k = key(e);
      const n = count.get(k) ?? 0;
      if (n > 0) count.set(k, n - 1);
      else out.push(e);
    }
    // by item id; the sort is stable, so each item keeps its plan's order (date, kind, ref)
    return out.sort((x, y) => compareStrings(x.item, y.item));
  };
  return { added: unmatched(scenario, base), removed: unmatched(base, scenario) };
}

/** Projected on hand of item i as a step function: the ticks where it changes and its value after them. */
function stepsOf(result: PlanResult, i: number): { readonly initial: number; readonly ticks: number[]; readonly values: number[] } {
  const { model, columns: c } = result;
  const H = model.calendar.horizon;
  const it = model.items[i]!;
  const t: number[] = [];
  const q: number[] = [];
  for (let e = c.itemEventStart[i]!; e < c.itemEventEnd[i]!; e++) {
    if (c.eventTick[e]! < H) {
      t.push(c.eventTick[e]!);
      q.push(c.eventReceipts[e]! - c.eventGross[e]!);
    }
  }
  for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) {
    const d = c.orderDue[o]!;
    if (d >= 0 && d < H) {
      t.push(d);
      q.push(c.orderQty[o]!);
    }
  }
  const order = t.map((_, k) => k).sort((x, y) => t[x]! - t[y]! || x - y);
  const initial = cleanQty(it.onHand - it.allocated);
  const ticks: number[] = [];
  const values: number[] = [];
  let v = it.onHand - it.allocated;
  for (const k of order) {
    v += q[k]!;
    if (ticks.length > 0 && ticks[ticks.length - 1] === t[k]) values[values.length - 1] = cleanQty(v);
    else {
      ticks.push(t[k]!);
      values.push(cleanQty(v));
    }
  }
  return { initial, ticks, values };
}

/** The first tick (of both horizons) where the projected on hand of the item differs. */
function firstDifference(base: PlanResult, bi: number, scenario: PlanResult, si: number): { date: PlanDate; base: number; scenario: number } | undefined {
  const H = Math.min(base.model.calendar.horizon, scenario.model.calendar.horizon);
  if (H === 0) return undefined;
  const x = stepsOf(base, bi);
  const y = stepsOf(scenario, si);
  let vx = x.initial;
  let vy = y.initial;
  let a = 0;
  let b = 0;
  let t = 0;
  for (;;) {
    while (a < x.ticks.length && x.ticks[a]! <= t) vx = x.values[a++]!;
    while (b < y.ticks.length && y.ticks[b]! <= t) vy = y.values[b++]!;
    if (vx !== vy) return { date: tickLabel(base.model.calendar, t), base: vx, scenario: vy };
    const next = Math.min(a < x.ticks.length ? x.ticks[a]! : Infinity, b < y.ticks.length ? y.ticks[b]! : Infinity);
    if (next >= H) return undefined;
    t = next;
  }
}
