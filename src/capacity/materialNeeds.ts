/**
 * What the loaded orders need of their components, for leveling that respects material
 * (docs/capacity.md): each plan order's requirements on its components, taken from the plan
 * itself (so scrap, effectivity, offsets and lines on operations count exactly as planning
 * counted them), grouped by the operation whose start they follow, and each component's
 * projected available per tick as the plan leaves it.
 * Internal to the capacity functions.
 *
 * Complexity: O(R + N · R_o + C · (H + E_c + O_c)) for R requirements in the plan, N loaded
 * orders of R_o operations, and C components over H ticks with their events and orders.
 */
import { cleanQty } from "../internal/quantity.js";
import type { PlanResult } from "../mrp/PlanResult.js";
import { RequirementKind } from "../mrp/columns.js";
import type { LoadedOrder } from "./loadedOrders.js";

/** The material needs of the loaded orders' operations, and the components' availability. */
export interface MaterialNeeds {
  /** Needs of operation g (flattened as in leveling): `start[g] .. start[g + 1]`. */
  readonly start: Int32Array;
  /** Component of each need, as an index into `items` and `available`. */
  readonly comp: Int32Array;
  /** Quantity the order needs of the component. */
  readonly qty: Float64Array;
  /** Tick the plan needs it at. */
  readonly tick: Int32Array;
  /** Ticks between the operation's start and the need (the BOM line's offset). */
  readonly offset: Int32Array;
  /** Item index of each component. */
  readonly items: readonly number[];
  /**
   * Projected available of each component at the end of each tick, as the plan leaves it:
   * on hand less allocated, plus every receipt (scheduled receipts as the MRP record has them,
   * planned, firm planned and phantom pass-through orders at their due tick), less every gross
   * requirement. Component k's tick t is at `k * horizon + t`.
   */
  readonly available: Float64Array;
}

/**
 * The needs of the loaded orders' operations (`opStart[o] .. opStart[o + 1]` are the operations
 * of loaded order o). Scheduled receipts need nothing: planning does not explode them, their
 * components are the items' allocated stock.
 */
export function materialNeeds(result: PlanResult, orders: readonly LoadedOrder[], opStart: Int32Array): MaterialNeeds {
  const { model, columns: c } = result;
  const H = model.calendar.horizon;
  const bom = model.bom;
  const G = opStart[orders.length]!;
  const loadedOf = new Int32Array(c.orderItem.length).fill(-1);
  for (let o = 0; o < orders.length; o++) if (orders[o]!.planOrder >= 0) loadedOf[orders[o]!.planOrder] = o;

  // The latest requirement per (parent order, BOM line): after a net change the columns may keep
  // an older copy of a replanned component's requirements, and the latest one is the plan's.
  const reqLine = c.reqLine;
  const lines = bom.parent.length;
  const seen = new Set<number>();
  const picks: number[] = [];
  for (let r = c.reqTick.length - 1; r >= 0; r--) {
    if (c.reqKind[r] !== RequirementKind.Order) continue;
    const src = c.reqSrc[r]!;
    if (loadedOf[src]! < 0) continue;
    const key = src * lines + reqLine[r]!;
    if (seen.has(key)) continue;
    seen.add(key);
    picks.push(r);
  }
  picks.reverse();

  // Each need goes to the operation its line names (its start), or to the first operation;
  // grouped by operation, in requirement order.
  const opOf = new Int32Array(picks.length);
  const start = new Int32Array(G + 1);
  for (let k = 0; k < picks.length; k++) {
    const r = picks[k]!;
    const o = loadedOf[c.reqSrc[r]!]!;
    const seq = bom.operation[reqLine[r]!]!;
    let at = 0;
    if (!Number.isNaN(seq)) {
      const ops = orders[o]!.schedule.operations;
      for (let j = 1; j < ops.length; j++) {
        if (ops[j]!.seq === seq) {
          at = j;
          break;
        }
      }
    }
    const g = opStart[o]! + at;
    // an order without operations has no operation to follow
    opOf[k] = g < opStart[o + 1]! ? g : -1;
    if (opOf[k]! >= 0) start[g + 1]!++;
  }
  for (let g = 0; g < G; g++) start[g + 1]! += start[g]!;
  const n = start[G]!;
  const comp = new Int32Array(n);
  const qty = new Float64Array(n);
  const tick = new Int32Array(n);
  const offset = new Int32Array(n);
  const compOf = new Map<number, number>();
  const items: number[] = [];
  const cursor = start.slice(0, G);
  for (let k = 0; k < picks.length; k++) {
    const g = opOf[k]!;
    if (g < 0) continue;
    const r = picks[k]!;
    const l = reqLine[r]!;
    const item = bom.child[l]!;
    let ci = compOf.get(item);
    if (ci === undefined) {
      ci = items.length;
      compOf.set(item, ci);
      items.push(item);
    }
    const m = cursor[g]!++;
    comp[m] = ci;
    qty[m] = c.reqQty[r]!;
    tick[m] = c.reqTick[r]!;
    offset[m] = bom.offset[l]!;
  }

  const available = new Float64Array(items.length * H);
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    const base = k * H;
    // receipts less gross requirements per tick, then the running total
    for (let e = c.itemEventStart[i]!; e < c.itemEventEnd[i]!; e++) {
      const t = Math.max(c.eventTick[e]!, 0);
      if (t < H) available[base + t]! += c.eventReceipts[e]! - c.eventGross[e]!;
    }
    for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) {
      const t = Math.max(c.orderDue[o]!, 0);
      if (t < H) available[base + t]! += c.orderQty[o]!;
    }
    const it = model.items[i]!;
    let poh = it.onHand - it.allocated;
    for (let t = 0; t < H; t++) {
      poh = cleanQty(poh + available[base + t]!);
      available[base + t] = poh;
    }
  }
  return { start, comp, qty, tick, offset, items, available };
}
