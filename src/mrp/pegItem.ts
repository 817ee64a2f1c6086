/**
 * Pegging of one item, first due first covered: on hand, then open orders, firm and planned
 * orders by receipt tick cover its requirements in order (stock allocated beyond on hand and the
 * stock level it keeps first). Each part an order covers is a peg; an open order that covers
 * nothing is flagged for cancelling, one received before it is needed for rescheduling out.
 *
 * The walk runs twice per item: while planning, only for the open-order messages (no pegs are
 * kept, and an item without open orders in the horizon is skipped); and when the pegging is
 * first read, to record the pegs (see lazyColumns.ts), with no messages.
 *
 * Complexity: O(S log S + O log O + R) for S open orders, O orders and R requirements (the sorts
 * are skipped when already in order, the usual case).
 */
import type { FloatColumn, IntColumn } from "../internal/growable.js";
import { cleanQty, EPS } from "../internal/quantity.js";
import { PegTarget } from "./columns.js";
import type { PlanContext } from "./planContext.js";

/** Where the pegs of a plan are written: per order its range, and the pegs themselves. */
export interface PegSink {
  /** Pegs of order o: `start[o] .. end[o]` in `req` / `qty`. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly req: IntColumn;
  readonly qty: FloatColumn;
}

/**
 * Pegs `ctx.item`'s supplies to its requirements. Without a sink it flags the open orders not
 * needed as due (and records nothing); with one it records the pegs (and raises nothing).
 */
export function pegItem(ctx: PlanContext, sink: PegSink | null): void {
  const { model, horizon, srEff, raw, local: reqs } = ctx;
  const i = ctx.item;
  const available0 = ctx.available0;
  const level = ctx.trigger;
  const srEv = model.scheduledReceipts;
  const reqTick = ctx.reqTick.data;
  const reqQty = ctx.reqQty.data;
  const oDue = ctx.oDue.data;
  const oKind = ctx.oKind.data;
  const oQty = ctx.oQty.data;
  const s0 = srEv.start[i]!;
  const s1 = srEv.start[i + 1]!;
  const o0 = ctx.itemOrderStart[i]!;
  const o1 = ctx.itemOrderEnd[i]!;
  // Supplies in order: on hand, then by receipt tick (open orders before firm before planned).
  // NOTE: the scratch lists are written by index and truncated, never emptied first (`length = 0`
  // frees their storage, and this runs once per item)
  const srIdx = ctx.pegReceipts;
  let ns = 0;
  for (let s = s0; s < s1; s++) if (srEv.tick[s]! < horizon) srIdx[ns++] = s;
  srIdx.length = ns;
  // the messages concern open orders only
  if (sink === null && ns === 0) return;
  if (!sortedBy(srIdx, srEff)) srIdx.sort((a, b) => srEff[a]! - srEff[b]! || a - b);
  const ords = ctx.pegOrders;
  for (let o = o0; o < o1; o++) ords[o - o0] = o;
  ords.length = o1 - o0;
  if (!sortedByDueThenKind(ords, oDue, oKind)) ords.sort((a, b) => oDue[a]! - oDue[b]! || oKind[b]! - oKind[a]! || a - b);
  // Requirements in FIFO order: stock allocated beyond on hand, then the stock level the item
  // keeps (safety stock, or the min-max trigger), both at the first tick; then the item's own.
  const lead = ctx.pegLead;
  const leadQty = ctx.pegLeadQty;
  lead.length = 0;
  leadQty.length = 0;
  if (available0 < 0) {
    lead.push(PegTarget.Allocated);
    leadQty.push(-available0);
  }
  if (level > 0) {
    lead.push(PegTarget.Level);
    leadQty.push(level);
  }
  const P = lead.length;
  ctx.pegCursor = 0;
  ctx.pegLeft = P + ctx.localCount > 0 ? (P > 0 ? leadQty[0]! : reqQty[reqs[0]!]!) : 0;
  if (available0 > 0) take(ctx, available0, -1, sink);
  let a = 0;
  let b = 0;
  // without a sink the walk ends with the last open order: what follows raises nothing
  while (a < srIdx.length || (b < ords.length && sink !== null)) {
    const useSR = a < srIdx.length && (b >= ords.length || srEff[srIdx[a]!]! <= oDue[ords[b]!]!);
    if (useSR) {
      const s = srIdx[a++]!;
      const first = take(ctx, srEv.records[s]!.quantity, -1, sink);
      const due = srEff[s]!;
      if (sink !== null) continue;
      if (first < 0) {
        raw.push({ kind: "cancel", item: i, ref: { receipt: s }, tick: due, quantity: srEv.records[s]!.quantity });
      } else {
        const needT = first < P ? 0 : reqTick[reqs[first - P]!]!;
        if (needT > due) raw.push({ kind: "reschedule-out", item: i, ref: { receipt: s }, tick: due, newTick: needT, quantity: srEv.records[s]!.quantity });
      }
    } else {
      const o = ords[b++]!;
      if (sink === null) take(ctx, oQty[o]!, -1, null);
      else {
        sink.start[o] = sink.req.length;
        take(ctx, oQty[o]!, o, sink);
        sink.end[o] = sink.req.length;
      }
    }
  }
}

/**
 * Covers the item's requirements from the cursor (`ctx.pegCursor`, `ctx.pegLeft` still open of
 * it) on with `supply`, first due first covered. For an order (`o >= 0`) each part is recorded
 * as a peg in `sink`; returns the first requirement touched, or -1.
 */
function take(ctx: PlanContext, supply: number, o: number, sink: PegSink | null): number {
  const reqs = ctx.local;
  const lead = ctx.pegLead;
  const leadQty = ctx.pegLeadQty;
  const reqQty = ctx.reqQty.data;
  const P = lead.length;
  const total = P + ctx.localCount;
  let ri = ctx.pegCursor;
  let rLeft = ctx.pegLeft;
  let left = supply;
  let first = -1;
  while (left > EPS && ri < total) {
    if (rLeft > EPS) {
      const q = left < rLeft ? left : rLeft;
      if (first < 0) first = ri;
      if (o >= 0 && sink !== null) {
        sink.req.push(ri < P ? lead[ri]! : reqs[ri - P]!);
        sink.qty.push(Number.isInteger(q) ? q : cleanQty(q));
      }
      left -= q;
      rLeft -= q;
    }
    if (rLeft <= EPS) {
      ri++;
      rLeft = ri < total ? (ri < P ? leadQty[ri]! : reqQty[reqs[ri - P]!]!) : 0;
    }
  }
  ctx.pegCursor = ri;
  ctx.pegLeft = rLeft;
  return first;
}

/** Whether indexes are already in ascending order of `key` (ties in index order). */
function sortedBy(idx: readonly number[], key: Int32Array): boolean {
  for (let k = 1; k < idx.length; k++) {
    const d = key[idx[k - 1]!]! - key[idx[k]!]!;
    if (d > 0 || (d === 0 && idx[k - 1]! > idx[k]!)) return false;
  }
  return true;
}

/** Whether orders are already by due tick, firm before planned, then index. */
function sortedByDueThenKind(idx: readonly number[], due: Int32Array, kind: Uint8Array): boolean {
  for (let k = 1; k < idx.length; k++) {
    const a = idx[k - 1]!;
    const b = idx[k]!;
    const d = due[a]! - due[b]! || kind[b]! - kind[a]! || a - b;
    if (d > 0) return false;
  }
  return true;
}
