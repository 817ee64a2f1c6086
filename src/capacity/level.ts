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
 * Material: an order never starts earlier than its components allow. Each component has a
 * projected available per tick (the plan's, with every order at its ideal start); an operation
 * whose start a component follows may move earlier only while that projected available, less
 * what the move takes, stays at or above zero at every tick from the new need to the old one.
 * Moves are taken in sweep order (later ticks first, then priority), each consuming its window.
 * Before the sweep each such operation gets the earliest start the components allow on their
 * own (a lower bound its successors inherit through the routing); when moves of other orders
 * use up material a bound counted on, the bound is raised and the sweep runs again. What an
 * operation cannot place at or after its bound stays unplaced there, and its predecessors are
 * scheduled before what was placed.
 *
 * Complexity: O(K · (P + H · A log A) + M · H) for K sweeps (1 unless material bounds were
 * raised), P ideal placements, H ticks, A operations active on a work center at one tick and M
 * material needs.
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
import { materialNeeds } from "./materialNeeds.js";
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
  /**
   * When some hours could not be placed: what kept them from moving earlier. `"capacity"`: no
   * free capacity before (down to the planning start); `"material"`: a component is not
   * available earlier (see {@link LevelResult.materialHolds}).
   */
  readonly reason?: LevelLimit;
}

/**
 * What kept work from moving earlier: free capacity, or a component's availability.
 *
 * @category Capacity
 */
export type LevelLimit = "capacity" | "material";

/**
 * An operation held back by material: leveling would have moved its hours earlier, but a
 * component its order needs is not available before `earliest`.
 *
 * @category Capacity
 */
export interface MaterialHold {
  /** Order id. */
  readonly order: string;
  /** Item id. */
  readonly item: string;
  /** Routing sequence number of the operation held. */
  readonly seq: number;
  /** Work center id. */
  readonly workCenter: string;
  /** The component that is not available earlier. */
  readonly component: string;
  /** Quantity of the component the order needs. */
  readonly quantity: number;
  /** The first run date the component allows the operation. */
  readonly earliest: number | string;
  /** Hours of the operation that could not be placed. */
  readonly unplaced: number;
}

/**
 * An order whose release (the start of its first operation) leveling moved earlier: its
 * components are needed earlier too, and leveling has checked they are there.
 *
 * @category Capacity
 */
export interface LeveledRelease {
  /** Order id. */
  readonly order: string;
  /** Item id. */
  readonly item: string;
  /** Start in the infinite-capacity schedule (may be before the planning start). */
  readonly from: number | string;
  /** Start after leveling: release the order then. */
  readonly to: number | string;
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
  /** `"material"` when a component kept some of its work from moving earlier, else `"capacity"`. */
  readonly reason: LevelLimit;
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
  /**
   * Planned and firm planned orders whose release moved earlier (late orders too, from the first
   * hour placed), by order id.
   */
  readonly releases: readonly LeveledRelease[];
  /** Operations that could not move earlier for want of a component, by order id, then seq. */
  readonly materialHolds: readonly MaterialHold[];
}

/**
 * Levels a plan's capacity load: moves the hours of overloaded ticks earlier into free capacity.
 *
 * The total load is kept: the leveled profile plus the unplaced hours equal the load of
 * {@link capacity}. Hours of an operation that ideally run before the planning start are placed
 * from tick 0 on when capacity allows; an operation that would have to end before the planning
 * start is unplaced, and so are the operations before it; its order is late.
 *
 * Material is respected: an order moves earlier only while the projected available of each
 * component at its new start still covers it and every order that needs the component before
 * (planned and scheduled receipts and on hand, as the plan has them). What a component holds
 * back is reported in `materialHolds`, and its hours as unplaced with the reason `"material"`.
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

  // Material: needs per operation, the components' availability with every order at its ideal
  // start (the infinite-capacity schedule may start an order before the plan's release, when its
  // routing is longer than its lead time: that is the plan's own timing, taken as it is).
  const mat = materialNeeds(result, orders, opStart);
  const M = mat.tick.length;
  const idealNeed = new Int32Array(M);
  const baseAvail = mat.available; // component k's tick t at k * H + t
  for (let g = 0; g < G; g++) {
    for (let m = mat.start[g]!; m < mat.start[g + 1]!; m++) {
      const to = mat.tick[m]!;
      const from = Math.min(to, Math.max(0, idealStart[g]! - queue[g]! + mat.offset[m]!));
      idealNeed[m] = from;
      const a = mat.comp[m]! * H;
      for (let t = from; t < to; t++) baseAvail[a + t] = cleanQty(baseAvail[a + t]! - mat.qty[m]!);
    }
  }
  // Earliest start (queue start) each operation's own needs allow, from the availability alone.
  const NONE = -(2 ** 30);
  const matStart = new Int32Array(G).fill(NONE);
  const matNeed = new Int32Array(G).fill(-1); // the need that sets matStart
  for (let g = 0; g < G; g++) {
    for (let m = mat.start[g]!; m < mat.start[g + 1]!; m++) {
      const a = mat.comp[m]! * H;
      let t = idealNeed[m]! - 1;
      while (t >= 0 && baseAvail[a + t]! >= mat.qty[m]! - EPS) t--;
      if (t < 0) continue;
      const s = t + 1 - mat.offset[m]!;
      if (s > matStart[g]!) {
        matStart[g] = s;
        matNeed[g] = m;
      }
    }
  }
  // Lower bound of each operation's first run tick, and the operation whose material sets it.
  const low = new Int32Array(G);
  const lowSrc = new Int32Array(G);
  const minRun = (g: number) => (wcOf[g]! >= 0 ? 1 : duration[g]!);
  const bounds = (): void => {
    for (let o = 0; o < orders.length; o++) {
      for (let g = opStart[o]!; g < opStart[o + 1]!; g++) {
        low[g] = matStart[g] === NONE ? NONE : matStart[g]! + queue[g]!;
        lowSrc[g] = matStart[g] === NONE ? -1 : g;
        if (g === opStart[o]! || low[g - 1] === NONE) continue;
        const inherited = low[g - 1]! + minRun(g - 1) + move[g - 1]! + queue[g]!;
        if (inherited > low[g]!) {
          low[g] = inherited;
          lowSrc[g] = lowSrc[g - 1]!;
        }
      }
    }
  };

  // State of one sweep.
  const pending = new Float64Array(G);
  const latest = new Int32Array(G); // last tick allowed; set once the successor is placed
  const released = new Uint8Array(G); // the successor is placed (or there is none)
  const done = new Uint8Array(G);
  const short = new Uint8Array(G); // done, with hours left unplaced for want of material
  const first = new Int32Array(G);
  const last = new Int32Array(G);
  const levStart = new Int32Array(G); // leveled run start of done operations
  const need = new Int32Array(M); // current need tick of each material need
  const prevNeed = new Int32Array(M); // its need tick before the move being tried
  const avail = new Float64Array(baseAvail.length);
  let pl = newPlacements();
  const active: number[][] = wcs.list.map(() => []);

  // Arrivals: ideal hours of op g reach the sweep from tick min(idealEnd - 1, H - 1) down.
  const arriveAt: number[][] = Array.from({ length: Math.max(H, 1) }, () => []);
  for (let g = 0; g < G; g++) {
    if (wcOf[g]! < 0) continue;
    arriveAt[Math.max(Math.min(idealEnd[g]! - 1, H - 1), 0)]!.push(g);
  }
  const arrival = (g: number, t: number): number => {
    const s = idealStart[g]!;
    const e = idealEnd[g]!;
    if (t >= e) return 0;
    const per = hours[g]! / (e - s);
    if (t > 0) return t >= s ? per : 0;
    return s > 0 ? 0 : per * Math.min(e - s, 1 - s);
  };

  /**
   * Takes the material op g needs to start at `s` (its queue start): each need moves to
   * max(0, s + offset) if that is earlier, and the component's availability must cover it at
   * every tick it moves over. False (and nothing taken) when some tick falls short; the start
   * bound is then raised past `s` for the next sweep (counted in `bound.raises`).
   */
  const bound = { raises: 0 };
  const take = (g: number, s: number): boolean => {
    const m0 = mat.start[g]!;
    const m1 = mat.start[g + 1]!;
    let m = m0;
    for (; m < m1; m++) {
      const to = need[m]!;
      const from = Math.min(to, Math.max(0, s + mat.offset[m]!));
      const a = mat.comp[m]! * H;
      let t = from;
      while (t < to && avail[a + t]! >= mat.qty[m]! - EPS) t++;
      if (t < to) break;
      for (t = from; t < to; t++) avail[a + t] = cleanQty(avail[a + t]! - mat.qty[m]!);
      prevNeed[m] = to;
      need[m] = from;
    }
    if (m === m1) return true;
    // give back what this call took
    for (let k = m0; k < m; k++) {
      const a = mat.comp[k]! * H;
      for (let t = need[k]!; t < prevNeed[k]!; t++) avail[a + t] = cleanQty(avail[a + t]! + mat.qty[k]!);
      need[k] = prevNeed[k]!;
    }
    if (s + 1 > matStart[g]!) {
      matStart[g] = s + 1;
      matNeed[g] = m;
      bound.raises++;
    }
    return false;
  };

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
      // An operation without load keeps its duration; it cannot start before the planning start,
      // nor before its material.
      const start = endLimit - duration[p]!;
      if (start < 0 || !take(p, start - queue[p]!)) return;
      g = p;
      runStart = start;
    }
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

  /** One sweep from the last tick to the first; false when a material bound was raised. */
  const sweep = (): boolean => {
    pending.fill(0);
    latest.fill(-2);
    released.fill(0);
    done.fill(0);
    short.fill(0);
    first.fill(H);
    last.fill(-1);
    levStart.fill(0);
    need.set(idealNeed);
    avail.set(baseAvail);
    pl = newPlacements();
    for (const list of active) list.length = 0;
    const raises = bound.raises;
    bounds();

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
    if (bound.raises !== raises) return false;
    const allowed = (g: number, t: number) => released[g] === 1 && t <= latest[g]! && t >= low[g]!;
    // Places h hours of op g at tick t, taking the material an earlier start needs first.
    const tryPlace = (g: number, t: number, h: number): boolean => {
      if (t < first[g]! && !take(g, t - queue[g]!)) return false;
      place(g, t, h);
      return true;
    };

    for (let t = H - 1; t >= 0; t--) {
      for (const g of arriveAt[t]!) active[wcOf[g]!]!.push(g);
      for (let w = 0; w < active.length; w++) {
        const list = active[w]!;
        if (list.length === 0) continue;
        // NOTE: sorting the active operations each tick keeps the code simple; the lists are short.
        list.sort(byRank);
        let cap = wcs.available[w]![t]!;
        for (const g of list) {
          const a = arrival(g, t);
          if (a <= 0) continue;
          let took = allowed(g, t) ? Math.min(a, cap) : 0;
          if (took > EPS) {
            if (tryPlace(g, t, took)) cap -= took;
            else took = 0;
          }
          if (bound.raises !== raises) return false;
          if (a - took > EPS) pending[g]! += a - took;
        }
        // Carried hours go into what is left free.
        for (const g of list) {
          if (cap <= EPS) break;
          if (pending[g]! <= EPS || !allowed(g, t)) continue;
          const took = Math.min(pending[g]!, cap);
          if (!tryPlace(g, t, took)) return false;
          cap -= took;
          pending[g] = pending[g]! - took <= EPS ? 0 : pending[g]! - took;
        }
      }
      for (const list of active) {
        let keep = 0;
        for (const g of list) {
          if (released[g] === 1 && last[g]! >= 0 && t <= Math.max(idealStart[g]!, 0)) {
            if (pending[g]! <= EPS) {
              finish(g, first[g]!);
              continue;
            }
            // Material allows no earlier tick: the rest stays unplaced, the predecessors run
            // before what was placed.
            if (low[g]! > 0 && t <= low[g]!) {
              short[g] = 1;
              finish(g, first[g]!);
              continue;
            }
          }
          list[keep++] = g;
        }
        list.length = keep;
        if (bound.raises !== raises) return false;
      }
    }
    return true;
  };
  // Each failed sweep raises a start bound by at least one tick, and a bound never passes the
  // ideal start (where an order needs no more material than the plan gives it): this ends.
  while (!sweep());

  // Report.
  /**
   * The first run tick of op g that need m of op src (g or a predecessor) allows, with what every
   * order leveled took: the component's projected available covers it from there on.
   */
  const earliestRun = (src: number, m: number, g: number): number => {
    const a = mat.comp[m]! * H;
    let t = need[m]! - 1;
    while (t >= 0 && avail[a + t]! >= mat.qty[m]! - EPS) t--;
    let run = t + 1 - mat.offset[m]! + queue[src]!;
    for (let k = src + 1; k <= g; k++) run += minRun(k - 1) + move[k - 1]! + queue[k]!;
    return run;
  };
  const opsOut: LeveledOperation[] = [];
  const holds: MaterialHold[] = [];
  const unplacedOf = new Float64Array(orders.length);
  const late = new Uint8Array(orders.length);
  const byMaterial = new Uint8Array(orders.length);
  const reasonOf = new Array<LevelLimit>(G).fill("capacity");
  let unplacedTotal = 0;
  for (let o = 0; o < orders.length; o++) {
    // An operation never opened takes the reason of the successor that kept it closed.
    for (let g = opStart[o + 1]! - 1; g >= opStart[o]!; g--) {
      if (short[g] === 1 || (done[g] !== 1 && released[g] === 1 && low[g]! > 0)) reasonOf[g] = "material";
      else if (done[g] !== 1 && released[g] !== 1 && g + 1 < opStart[o + 1]!) reasonOf[g] = reasonOf[g + 1]!;
    }
  }
  for (let g = 0; g < G; g++) {
    const o = opOrder[g]!;
    if (done[g] !== 1 || short[g] === 1) late[o] = 1;
    if (wcOf[g]! < 0) continue;
    const placed = last[g]! >= 0;
    // Every ideal hour reaches the sweep by tick 0, so what is still carried is what is left.
    const un = done[g] === 1 && short[g] !== 1 ? 0 : placed ? cleanQty(pending[g]!) : hours[g]!;
    unplacedOf[o]! += un;
    unplacedTotal += un;
    const moved = !placed || first[g]! !== Math.max(idealStart[g]!, 0) || last[g]! !== Math.min(idealEnd[g]!, H) - 1;
    if (moved || un > 0) {
      const order = orders[o]!;
      const item = model.items[order.item]!.id;
      const workCenter = wcs.list[wcOf[g]!]!.id;
      opsOut.push({
        order: order.id,
        item,
        seq: seqOf[g]!,
        workCenter,
        hours: hours[g]!,
        from: tickLabel(cal, idealStart[g]!),
        to: placed ? tickLabel(cal, first[g]!) : null,
        unplaced: un,
        ...(un > 0 ? { reason: reasonOf[g]! } : {}),
      });
      if (un > 0 && reasonOf[g] === "material") {
        byMaterial[o] = 1;
        const src = lowSrc[g]!;
        const m = src >= 0 ? matNeed[src]! : -1;
        if (m >= 0) holds.push({ order: order.id, item, seq: seqOf[g]!, workCenter, component: model.items[mat.items[mat.comp[m]!]!]!.id, quantity: mat.qty[m]!, earliest: tickLabel(cal, earliestRun(src, m, g)), unplaced: un });
      }
    }
  }
  opsOut.sort((a, b) => compareStrings(a.order, b.order) || a.seq - b.seq);
  holds.sort((a, b) => compareStrings(a.order, b.order) || a.seq - b.seq);
  const releases: LeveledRelease[] = [];
  for (let o = 0; o < orders.length; o++) {
    const g = opStart[o]!;
    if (orders[o]!.planOrder < 0 || g === opStart[o + 1]!) continue;
    // a loading first operation starts at its first placed tick, even when not placed in full
    const run = wcOf[g]! >= 0 ? (last[g]! >= 0 ? first[g]! : null) : done[g] === 1 ? levStart[g]! : null;
    if (run === null) continue;
    const from = idealStart[g]! - queue[g]!;
    const to = Math.max(run - queue[g]!, 0);
    if (to < Math.max(from, 0)) releases.push({ order: orders[o]!.id, item: model.items[orders[o]!.item]!.id, from: tickLabel(cal, from), to: tickLabel(cal, to) });
  }
  releases.sort((a, b) => compareStrings(a.order, b.order));
  const lateIdx: number[] = [];
  for (let o = 0; o < orders.length; o++) if (late[o] === 1) lateIdx.push(o);
  lateIdx.sort((a, b) => orders[a]!.due - orders[b]!.due || compareStrings(orders[a]!.id, orders[b]!.id));
  return {
    workCenters: loadProfile(model, options.bucket ?? "day", wcs, pl, orders.map((o) => o.id)),
    operations: opsOut,
    unplaced: cleanQty(unplacedTotal),
    lateOrders: lateIdx.map((o) => {
      const order = orders[o]!;
      return { order: order.id, item: model.items[order.item]!.id, due: tickLabel(cal, order.due), unplaced: cleanQty(unplacedOf[o]!), reason: byMaterial[o] === 1 ? "material" : "capacity" };
    }),
    releases,
    materialHolds: holds,
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
