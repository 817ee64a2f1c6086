/**
 * The below-safety-stock check of one item: projected on hand (on hand less allocated, plus
 * receipts and orders, less gross requirements) walked over the item's events and order due
 * ticks; every stretch where it ends a tick under safety stock is one message with the worst
 * shortfall of the stretch.
 *
 * Complexity: O(K + O log O) for K events and O orders.
 */
import { cleanQty, EPS } from "../internal/quantity.js";
import type { PlanContext } from "./planContext.js";

/** Raises below-safety-stock for every stretch where `ctx.item`'s projected on hand ends under `ss`. */
export function belowSafetyStock(ctx: PlanContext, ss: number): void {
  const i = ctx.item;
  const raw = ctx.raw;
  const evTick = ctx.evTick.data;
  const evSR = ctx.evSR.data;
  const evGross = ctx.evGross.data;
  const oDue = ctx.oDue.data;
  const oQty = ctx.oQty.data;
  const e1 = ctx.eventEnd;
  const o0 = ctx.itemOrderStart[i]!;
  const o1 = ctx.itemOrderEnd[i]!;
  const ords = ctx.pegOrders;
  ords.length = 0;
  for (let o = o0; o < o1; o++) ords.push(o);
  ords.sort((a, b) => oDue[a]! - oDue[b]! || a - b);
  let poh = ctx.available0;
  let e = ctx.eventStart;
  let b = 0;
  let startT = -1;
  let worst = 0;
  while (e < e1 || b < ords.length) {
    const te = e < e1 ? evTick[e]! : Infinity;
    const tb = b < ords.length ? oDue[ords[b]!]! : Infinity;
    const t = Math.min(te, tb);
    while (e < e1 && evTick[e] === t) {
      poh += evSR[e]! - evGross[e]!;
      e++;
    }
    while (b < ords.length && oDue[ords[b]!] === t) poh += oQty[ords[b++]!]!;
    if (poh < ss - EPS) {
      if (startT < 0) {
        startT = t;
        worst = 0;
      }
      worst = Math.max(worst, ss - poh);
    } else if (startT >= 0) {
      raw.push({ kind: "below-safety-stock", item: i, ref: null, tick: startT, newTick: t, quantity: cleanQty(worst) });
      startT = -1;
    }
  }
  if (startT >= 0) raw.push({ kind: "below-safety-stock", item: i, ref: null, tick: startT, newTick: ctx.horizon - 1, quantity: cleanQty(worst) });
}
