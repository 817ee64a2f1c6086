/**
 * Finite leveling (docs/capacity.md): takes the infinite-capacity load of a plan and moves the hours
 * of overloaded ticks into earlier free capacity, never before the planning start and never
 * breaking the operation order; what cannot be placed is reported, with the orders that will be
 * late.
 *
 * Method: one sweep over the ticks from the last to the first. At each tick every work center
 * first takes the hours the ideal schedule puts there, in priority order (order due tick, then
 * order id, then seq), up to its available hours; what does not fit is carried to earlier ticks
 * and placed, in the same priority, in the capacity left free there. An operation may only run
 * once its successor in the routing is fully placed, and must end `move` ticks before that
 * successor's queue starts; outsourced operations and operations without hours keep their
 * duration and load nothing. Hours still carried at tick 0 are unplaced.
 *
 * Complexity: O(P + H · A log A) for P ideal placements, H ticks and A operations active on a
 * work center at one tick.
 *
 * Reference: APICS/ASCM CPIM dictionary, "finite loading", "backward scheduling", "load
 * leveling"; SAP PP capacity leveling (CM25, backward finite scheduling).
 */
import type { PlanResult } from "../mrp/PlanResult.js";
import { cleanQty, EPS } from "../internal/quantity.js";
import { compareStrings } from "../internal/sort.js";
import { tickLabel } from "../model/calendar.js";
import type { WorkCenterLoad } from "./types.js";
import { loadedOrders } from "./loadedOrders.js";
import { loadProfile, newPlacements, workCenterTable, type BucketSize } from "./loadProfile.js";

/**
 * Options of {@link levelLoad}.
 *
 * @category Capacity
 */
export interface LevelOptions {
  /** Report bucket in day calendars: `"day"` (default) or `"week"`. */
  readonly bucket?: BucketSize;
}

/**
 * An operation leveling moved, or could not place in full.
 *
 * @category Capacity
 */
export interface LeveledOperation {
  /** Order id. */
  readonly order: string;
  /** Item id. */
  readonly item: string;
  /** Routing sequence number. */
  readonly seq: number;
  /** Work center id. */
  readonly workCenter: string;
  /** Load hours of the operation. */
  readonly hours: number;
  /** First run tick's date in the infinite-capacity schedule (may be before the planning start). */
  readonly from: number | string;
  /** First run tick's date after leveling, or null when none of its hours could be placed. */
  readonly to: number | string | null;
  /** Hours that could not be placed. */
  readonly unplaced: number;
}

/**
 * An order that will be late: some of its work could not be placed before its due date.
 *
 * @category Capacity
 */
export interface LateOrder {
  /** Order id. */
  readonly order: string;
  /** Item id. */
  readonly item: string;
  /** Due date. */
  readonly due: number | string;
  /** Hours of the order that could not be placed. */
  readonly unplaced: number;
}

/**
 * The result of {@link levelLoad}.
 *
 * @category Capacity
 */
export interface LevelResult {
  /** The leveled load profile, ranked as in {@link capacity}; no bucket exceeds its available hours. */
  readonly workCenters: readonly WorkCenterLoad[];
  /** Operations moved earlier or not placed in full, by order id, then seq. */
  readonly operations: readonly LeveledOperation[];
  /** Total hours that could not be placed. */
  readonly unplaced: number;
  /** Orders that will be late, by due tick, then id. */
  readonly lateOrders: readonly LateOrder[];
}

/**
 * Levels a plan's capacity load: moves the hours of overloaded ticks earlier into free capacity.
 *
 * The total load is kept: the leveled profile plus the unplaced hours equal the load of
 * {@link capacity}. Hours of an operation that ideally run before the planning start are placed
 * from tick 0 on when capacity allows; an operation that would have to end before the planning
 * start is unplaced, and so are the operations before it; its order is late.
 *
 * @param result - a plan from {@link plan}
 * @param options - report bucket (day calendars)
 * @returns the leveled profile, the moved operations, the unplaced hours and the late orders
 * @throws never; the plan's model is already validated
 * @example
 * ```ts
 * // WC-1: 8 h per tick; two orders each loading 8 h in period 3
 * const r = levelLoad(plan(model));
 * r.operations //=> [{ order: "B#1", item: "B", seq: 10, workCenter: "WC-1", hours: 8, from: 3, to: 2, unplaced: 0 }]
 * r.unplaced //=> 0
 * ```
 *
 * @category Capacity
 */
export function levelLoad(result: PlanResult, options: LevelOptions = {}): LevelResult {
  const model = result.model;
  const cal = model.calendar;
  const H = cal.horizon;
  const wcs = workCenterTable(model);
  const orders = loadedOrders(result);

  // Operations flattened: g = opStart[o] + k.
  const opStart = new Int32Array(orders.length + 1);
  for (let o = 0; o < orders.length; o++) opStart[o + 1] = opStart[o]! + orders[o]!.schedule.operations.length;
  const G = opStart[orders.length]!;
  const opOrder = new Int32Array(G);
  const wcOf = new Int32Array(G).fill(-1);
  const hours = new Float64Array(G);
  const idealStart = new Int32Array(G);
  const idealEnd = new Int32Array(G);
  const duration = new Int32Array(G);
  const queue = new Int32Array(G);
  const move = new Int32Array(G);
  const rank = new Int32Array(G);
  const seqOf = new Float64Array(G);
  for (let o = 0; o < orders.length; o++) {
    const ops = orders[o]!.schedule.operations;
    for (let k = 0; k < ops.length; k++) {
      const g = opStart[o]! + k;
      const op = ops[k]!;
      opOrder[g] = o;
      seqOf[g] = op.seq;
      idealStart[g] = op.runStart;
      idealEnd[g] = op.runEnd;
      duration[g] = op.runEnd - op.runStart;
      queue[g] = op.runStart - op.start;
      move[g] = op.end - op.runEnd;
      if (!op.outsourced && op.hours > 0) {
        wcOf[g] = wcs.index.get(op.workCenter!)!;
        hours[g] = op.hours;
      }
    }
  }
  // Priority: due tick, order id, seq (operations of one order are consecutive in seq order).
  const byPriority = Array.from({ length: orders.length }, (_, o) => o).sort(
    (a, b) => orders[a]!.due - orders[b]!.due || compareStrings(orders[a]!.id, orders[b]!.id),
  );
  let r = 0;
  for (const o of byPriority) for (let g = opStart[o]!; g < opStart[o + 1]!; g++) rank[g] = r++;

  // State.
  const pending = new Float64Array(G);
  const latest = new Int32Array(G).fill(-2); // last tick allowed; set once the successor is placed
  const released = new Uint8Array(G); // the successor is fully placed (or there is none)
  const done = new Uint8Array(G);
  const first = new Int32Array(G).fill(H);
  const last = new Int32Array(G).fill(-1);
  const levStart = new Int32Array(G); // leveled run start of done operations
  const pl = newPlacements();

  /** Marks op g as placed with the given run start, then opens its predecessors in turn. */
  const finish = (g: number, runStart: number): void => {
    for (;;) {
      done[g] = 1;
      levStart[g] = runStart;
      const o = opOrder[g]!;
      if (g === opStart[o]!) return;
      const p = g - 1;
      const endLimit = Math.min(idealEnd[p]!, runStart - queue[g]! - move[p]!);
      released[p] = 1;
      latest[p] = endLimit - 1;
      if (wcOf[p]! >= 0) return;
      // An operation without load keeps its duration; it cannot start before the planning start.
      const start = endLimit - duration[p]!;
      if (start < 0) return;
      g = p;
      runStart = start;
    }
  };

  // Arrivals: ideal hours of op g reach the sweep from tick min(idealEnd - 1, H - 1) down.
  const arriveAt: number[][] = Array.from({ length: Math.max(H, 1) }, () => []);
  for (let o = 0; o < orders.length; o++) {
    const g = opStart[o + 1]! - 1;
    if (g < opStart[o]!) continue;
    released[g] = 1;
    latest[g] = idealEnd[g]! - 1;
    if (wcOf[g]! < 0) {
      const start = idealEnd[g]! - duration[g]!;
      if (start >= 0) finish(g, start);
    }
  }
  for (let g = 0; g < G; g++) {
    if (wcOf[g]! < 0) continue;
    arriveAt[Math.max(Math.min(idealEnd[g]! - 1, H - 1), 0)]!.push(g);
  }
  const active: number[][] = wcs.list.map(() => []);
  const arrival = (g: number, t: number): number => {
    const s = idealStart[g]!;
    const e = idealEnd[g]!;
    if (t >= e) return 0;
    const per = hours[g]! / (e - s);
    if (t > 0) return t >= s ? per : 0;
    return s > 0 ? 0 : per * Math.min(e - s, 1 - s);
  };
  const place = (g: number, t: number, h: number): void => {
    pl.wc.push(wcOf[g]!);
    pl.tick.push(t);
    pl.hours.push(h);
    pl.order.push(opOrder[g]!);
    if (t < first[g]!) first[g] = t;
    if (t > last[g]!) last[g] = t;
  };
  const byRank = (a: number, b: number) => rank[a]! - rank[b]!;

  for (let t = H - 1; t >= 0; t--) {
    for (const g of arriveAt[t]!) active[wcOf[g]!]!.push(g);
    for (let w = 0; w < active.length; w++) {
      const list = active[w]!;
      if (list.length === 0) continue;
      // NOTE: sorting the active operations each tick keeps the code simple; the lists are short.
      list.sort(byRank);
      let cap = wcs.available[w]![t]!;
      const allowed = (g: number) => released[g] === 1 && t <= latest[g]!;
      for (const g of list) {
        const a = arrival(g, t);
        if (a <= 0) continue;
        const take = allowed(g) ? Math.min(a, cap) : 0;
        if (take > EPS) {
          place(g, t, take);
          cap -= take;
        }
        if (a - take > EPS) pending[g]! += a - take;
      }
      // Carried hours go into what is left free.
      for (const g of list) {
        if (cap <= EPS) break;
        if (pending[g]! <= EPS || !allowed(g)) continue;
        const take = Math.min(pending[g]!, cap);
        place(g, t, take);
        cap -= take;
        pending[g] = pending[g]! - take <= EPS ? 0 : pending[g]! - take;
      }
    }
    for (const list of active) {
      let keep = 0;
      for (const g of list) {
        if (pending[g]! <= EPS && t <= Math.max(idealStart[g]!, 0) && released[g] === 1 && last[g]! >= 0) {
          finish(g, first[g]!);
        } else list[keep++] = g;
      }
      list.length = keep;
    }
  }

  // Report.
  const opsOut: LeveledOperation[] = [];
  const unplacedOf = new Float64Array(orders.length);
  const late = new Uint8Array(orders.length);
  let unplacedTotal = 0;
  for (let g = 0; g < G; g++) {
    const o = opOrder[g]!;
    if (done[g] !== 1) late[o] = 1;
    if (wcOf[g]! < 0) continue;
    const placed = last[g]! >= 0;
    // Every ideal hour reaches the sweep by tick 0, so what is still carried is what is left.
    const un = done[g] === 1 ? 0 : placed ? cleanQty(pending[g]!) : hours[g]!;
    unplacedOf[o]! += un;
    unplacedTotal += un;
    const moved = !placed || first[g]! !== Math.max(idealStart[g]!, 0) || last[g]! !== Math.min(idealEnd[g]!, H) - 1;
    if (moved || un > 0) {
      const order = orders[o]!;
      opsOut.push({
        order: order.id,
        item: model.items[order.item]!.id,
        seq: seqOf[g]!,
        workCenter: wcs.list[wcOf[g]!]!.id,
        hours: hours[g]!,
        from: tickLabel(cal, idealStart[g]!),
        to: placed ? tickLabel(cal, first[g]!) : null,
        unplaced: un,
      });
    }
  }
  opsOut.sort((a, b) => compareStrings(a.order, b.order) || a.seq - b.seq);
  const lateIdx: number[] = [];
  for (let o = 0; o < orders.length; o++) if (late[o] === 1) lateIdx.push(o);
  lateIdx.sort((a, b) => orders[a]!.due - orders[b]!.due || compareStrings(orders[a]!.id, orders[b]!.id));
  return {
    workCenters: loadProfile(model, options.bucket ?? "day", wcs, pl, orders.map((o) => o.id)),
    operations: opsOut,
    unplaced: cleanQty(unplacedTotal),
    lateOrders: lateIdx.map((o) => {
      const order = orders[o]!;
      return { order: order.id, item: model.items[order.item]!.id, due: tickLabel(cal, order.due), unplaced: cleanQty(unplacedOf[o]!) };
    }),
  };
}

/**
 * The former name of {@link levelLoad}.
 *
 * @deprecated Use {@link levelLoad}; this name goes away in 2.0.
 *
 * @category Capacity
 */
export const level = levelLoad;
