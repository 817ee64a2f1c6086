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
import { stateOf } from "../mrp/planState.js";
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
   * requirement.
   */
  readonly available: readonly Float64Array[];
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
  const loadedOf = new Map<number, number>();
  for (let o = 0; o < orders.length; o++) if (orders[o]!.planOrder >= 0) loadedOf.set(orders[o]!.planOrder, o);

  // The latest requirement per (parent order, BOM line): after a net change the columns may keep
  // an older copy of a replanned component's requirements, and the latest one is the plan's.
  const reqLine = stateOf(result).arena.reqLine.data;
  const R = c.reqTick.length;
  const lines = bom.lines.length;
  const latest = new Map<number, number>();
  for (let r = 0; r < R; r++) {
    if (c.reqKind[r] !== RequirementKind.Order) continue;
    const src = c.reqSrc[r]!;
    if (!loadedOf.has(src)) continue;
    latest.set(src * lines + reqLine[r]!, r);
  }

  // Each need goes to the operation its line names (its start), or to the first operation.
  const perOp: number[][] = Array.from({ length: G }, () => []);
  for (const r of latest.values()) {
    const o = loadedOf.get(c.reqSrc[r]!)!;
    const ops = orders[o]!.schedule.operations;
    if (ops.length === 0) continue;
    const seq = bom.operation[reqLine[r]!]!;
    let k = 0;
    if (!Number.isNaN(seq)) {
      const at = ops.findIndex((op) => op.seq === seq);
      if (at > 0) k = at;
    }
    perOp[opStart[o]! + k]!.push(r);
  }

  const start = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) start[g + 1] = start[g]! + perOp[g]!.length;
  const n = start[G]!;
  const comp = new Int32Array(n);
  const qty = new Float64Array(n);
  const tick = new Int32Array(n);
  const offset = new Int32Array(n);
  const compOf = new Map<number, number>();
  const items: number[] = [];
  let m = 0;
  for (let g = 0; g < G; g++) {
    // requirement order keeps the result independent of Map iteration details
    for (const r of perOp[g]!.sort((a, b) => a - b)) {
      const l = reqLine[r]!;
      const item = bom.child[l]!;
      let k = compOf.get(item);
      if (k === undefined) {
        k = items.length;
        compOf.set(item, k);
        items.push(item);
      }
      comp[m] = k;
      qty[m] = c.reqQty[r]!;
      tick[m] = c.reqTick[r]!;
      offset[m] = bom.offset[l]!;
      m++;
    }
  }

  const available = items.map((i) => {
    const delta = new Float64Array(H);
    for (let e = c.itemEventStart[i]!; e < c.itemEventEnd[i]!; e++) {
      const t = Math.max(c.eventTick[e]!, 0);
      if (t < H) delta[t]! += c.eventReceipts[e]! - c.eventGross[e]!;
    }
    for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) {
      const t = Math.max(c.orderDue[o]!, 0);
      if (t < H) delta[t]! += c.orderQty[o]!;
    }
    const it = model.items[i]!;
    const out = new Float64Array(H);
    let poh = it.onHand - it.allocated;
    for (let t = 0; t < H; t++) {
      poh = cleanQty(poh + delta[t]!);
      out[t] = poh;
    }
    return out;
  });
  return { start, comp, qty, tick, offset, items, available };
}
