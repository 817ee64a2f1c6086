/**
 * The supply side of one item and its events: firm planned orders become orders of the plan
 * (released by lead time or routing), open orders dated before the start or beyond the horizon
 * are flagged, and
 * requirements, open orders and firm orders merge into distinct event ticks, in the scratch
 * arrays, for the netting walk.
 *
 * Complexity: O(N + S + F) for N requirements, S open orders and F firm planned orders.
 */
import { EPS } from "../internal/quantity.js";
import { scheduleOrder } from "../routing/scheduleOrder.js";
import { policyFor } from "./lotSizing/policyFor.js";
import { OrderKind } from "./columns.js";
import { pushLateRelease } from "./planState.js";
import { newOrder, type PlanContext } from "./planContext.js";
import { SourceKind } from "../model/Model.js";
import { choosesSource, prioritySource } from "./sources.js";

/** Makes the orders of `ctx.item`'s firm planned orders and flags its open orders past due or beyond the horizon. */
export function collectSupplies(ctx: PlanContext): void {
  const { model, horizon, raw } = ctx;
  const i = ctx.item;
  const srEv = model.scheduledReceipts;
  const fpoEv = model.firmPlannedOrders;
  const s0 = (ctx.s0 = srEv.start[i]!);
  const s1 = (ctx.s1 = srEv.start[i + 1]!);
  const f0 = (ctx.f0 = fpoEv.start[i]!);
  const f1 = (ctx.f1 = fpoEv.start[i + 1]!);
  for (let s = s0; s < s1; s++) {
    if (srEv.tick[s]! >= horizon) raw.push({ kind: "beyond-horizon", item: i, ref: { receipt: s }, tick: srEv.tick[s]!, date: srEv.records[s]!.due, quantity: srEv.records[s]!.quantity });
    else if (srEv.tick[s]! < 0) raw.push({ kind: "past-due-receipt", item: i, ref: { receipt: s }, tick: srEv.tick[s]!, newTick: 0, date: srEv.records[s]!.due, quantity: srEv.records[s]!.quantity });
  }

  ctx.itemOrderStart[i] = ctx.oItem.length;
  const firmRefs = ctx.arena.firmRefs;
  const net = ctx.network;
  const chooses = choosesSource(net, i);
  for (let f = f0; f < f1; f++) {
    const due = fpoEv.tick[f]!;
    const d = due < 0 ? 0 : due;
    const q = fpoEv.records[f]!.quantity;
    let routed = ctx.routed;
    let lead = ctx.lead;
    if (chooses) {
      // a firm order at a location with several sources comes from the first effective on its due date
      const s = prioritySource(net, i, d);
      ctx.orderSource = s;
      if (s >= 0) {
        routed = routed && net.sourceKind[s] === SourceKind.Make;
        lead = net.sourceLead[s]!;
      }
    }
    const schedule = routed ? scheduleOrder(model, i, q, d) : undefined;
    const rel = schedule !== undefined ? schedule.release : d - lead;
    if (rel >= horizon) {
      // due and released after the horizon: nothing of it falls inside the plan
      raw.push({ kind: "beyond-horizon", item: i, ref: { firm: f }, tick: due, date: fpoEv.records[f]!.due, quantity: q });
      continue;
    }
    const o = newOrder(ctx, i, OrderKind.Firm, firmRefs.push(fpoEv.records[f]!) - 1, q, d, rel < 0 ? 0 : rel, schedule);
    if (rel < 0) pushLateRelease(ctx.itemExceptions, o, rel);
  }
  if (chooses) ctx.orderSource = -1;
  ctx.firmEnd = ctx.oItem.length;
}

/**
 * Chooses the item's lot-sizing policy and merges its requirements, open orders and firm orders
 * into distinct event ticks with gross requirements, receipts and firm receipts
 * (`ctx.scratch`, `ctx.events` of them). An item starting below its trigger gets an event at 0.
 */
export function collectEvents(ctx: PlanContext): void {
  const { model, horizon, local, srEff, it } = ctx;
  const i = ctx.item;
  const srEv = model.scheduledReceipts;
  const { s0, s1, f0, f1, firmEnd } = ctx;
  const reqTick = ctx.reqTick.data;
  const reqQty = ctx.reqQty.data;
  const nl = ctx.localCount;
  const dpt = demandPerTick(local, nl, reqQty, horizon);
  ctx.demandPerTick = dpt;
  if (ctx.phantom) {
    ctx.trigger = 0;
    ctx.policy = null;
  } else {
    const { trigger, policy } = policyFor(it, dpt);
    ctx.trigger = trigger;
    ctx.policy = policy;
  }
  const trigger = ctx.trigger;
  const scratch = ctx.scratch;
  scratch.ensure(nl + (s1 - s0) + (f1 - f0) + 2);
  const T = scratch.tick;
  const G = scratch.gross;
  const S = scratch.sr;
  const F = scratch.fpo;
  const oDue = ctx.oDue.data;
  const oQty = ctx.oQty.data;
  let K = 0;
  let a = 0;
  let b = s0;
  let c = ctx.itemOrderStart[i]!;
  if (ctx.available0 < trigger - EPS) {
    T[0] = 0;
    G[0] = 0;
    S[0] = 0;
    F[0] = 0;
    K = 1;
  }
  while (b < s1 && srEv.tick[b]! >= horizon) b++; // (sorted: beyond-horizon receipts are last; guard anyway)
  for (;;) {
    const ta = a < nl ? reqTick[local[a]!]! : Infinity;
    while (b < s1 && srEv.tick[b]! >= horizon) b++;
    const tb = b < s1 ? srEff[b]! : Infinity;
    const tc = c < firmEnd ? oDue[c]! : Infinity;
    const t = Math.min(ta, tb, tc);
    if (t === Infinity) break;
    if (K === 0 || T[K - 1] !== t) {
      T[K] = t;
      G[K] = 0;
      S[K] = 0;
      F[K] = 0;
      K++;
    }
    const k = K - 1;
    if (t === ta) G[k] = G[k]! + reqQty[local[a++]!]!;
    else if (t === tb) S[k] = S[k]! + srEv.records[b++]!.quantity;
    else F[k] = F[k]! + oQty[c++]!;
  }
  ctx.events = K;
}

/** Mean gross requirement per tick over the horizon (for eoq and poq). */
function demandPerTick(reqs: Int32Array, n: number, qty: Float64Array, horizon: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += qty[reqs[k]!]!;
  return horizon > 0 ? s / horizon : 0;
}
