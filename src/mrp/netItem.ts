/**
 * The netting walk of one item: over its event ticks, projected available falls by gross
 * requirements and rises by receipts; where it would fall below the trigger, later open orders
 * (all of them, or those within the item's reschedule horizon) are pulled in first, then a lot is
 * planned (a phantom passes the net requirement through instead).
 *
 * Complexity: O(K + L + S log K) for K events, L lots and S open orders (each is pulled in at
 * most once; its own event is found by binary search).
 */
import { cleanQty, EPS } from "../internal/quantity.js";
import { lowerBound } from "../internal/sort.js";
import { OrderKind } from "./columns.js";
import { newOrder, type PlanContext } from "./planContext.js";
import { sizeLot } from "./sizeLot.js";

/** Nets `ctx.item` over its events, making its planned orders; sets its order range. */
export function netItem(ctx: PlanContext): void {
  const { model, horizon, it, phantom, trigger, srEff, srPulled, raw } = ctx;
  const i = ctx.item;
  const srEv = model.scheduledReceipts;
  const { s0, s1 } = ctx;
  const K = ctx.events;
  const T = ctx.scratch.tick;
  const G = ctx.scratch.gross;
  const S = ctx.scratch.sr;
  const F = ctx.scratch.fpo;
  let covered = ctx.available0;
  // no reschedule horizon: any later open order may be pulled in (open orders first, then new ones)
  const rh = phantom ? 0 : (it.rescheduleHorizon ?? Infinity);
  // open orders before `sNext` are received or pulled in already (they are in tick order)
  let sNext = s0;
  let seq = 0;
  for (let k = 0; k < K; k++) {
    const t = T[k]!;
    covered += S[k]! + F[k]! - G[k]!;
    if (!(covered < trigger - EPS)) continue;
    // Pull in later open orders within the reschedule horizon.
    if (rh > 0) {
      while (sNext < s1 && (srPulled[sNext] || srEff[sNext]! <= t)) sNext++;
      for (let s = sNext; s < s1 && covered < trigger - EPS; s++) {
        const st = srEff[s]!;
        if (st > t + rh || srEv.tick[s]! >= horizon) break;
        const q = srEv.records[s]!.quantity;
        // move the receipt's quantity from its own event to this one
        const m = lowerBound(T, st, k + 1, K);
        S[m] = S[m]! - q;
        S[k] = S[k]! + q;
        srPulled[s] = 1;
        raw.push({ kind: "reschedule-in", item: i, ref: { receipt: s }, tick: st, newTick: t, quantity: q });
        srEff[s] = t;
        covered += q;
      }
      if (!(covered < trigger - EPS)) continue;
    }
    if (phantom) {
      const q = cleanQty(trigger - covered);
      newOrder(ctx, i, OrderKind.Phantom, seq++, q, t, t, undefined);
      covered += q;
      continue;
    }
    covered = sizeLot(ctx, k, t, covered, seq);
    seq = ctx.nextSeq;
  }
  ctx.itemOrderEnd[i] = ctx.oItem.length;
}

/** Appends the item's events (tick, gross requirement, receipts) for its records. */
export function recordEvents(ctx: PlanContext): void {
  const i = ctx.item;
  const K = ctx.events;
  const { evTick, evGross, evSR } = ctx;
  const T = ctx.scratch.tick;
  const G = ctx.scratch.gross;
  const S = ctx.scratch.sr;
  ctx.eventStart = evTick.length;
  for (let k = 0; k < K; k++) {
    evTick.push(T[k]!);
    evGross.push(cleanQty(G[k]!));
    evSR.push(cleanQty(S[k]!));
  }
  ctx.eventEnd = evTick.length;
  if (ctx.itemEventStart.length !== 0) {
    ctx.itemEventStart[i] = ctx.eventStart;
    ctx.itemEventEnd[i] = ctx.eventEnd;
  }
}
