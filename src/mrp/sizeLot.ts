/**
 * One lot of a net requirement: the item's lot-sizing rule sizes it over the open net
 * requirements it may look ahead over, the order modifiers split and round it into orders, and
 * each order is received at the need tick (less the safety lead time, not before the planning
 * time fence) and released by lead time or routing.
 *
 * Complexity: O(k) for a window of k open net requirements (O(k^2) for Wagner-Whitin), plus the
 * orders made.
 */
import { cleanQty, EPS } from "../internal/quantity.js";
import { PlanLimitError } from "../errors/PlanLimitError.js";
import { scheduleOrder } from "../routing/scheduleOrder.js";
import type { LotWindow } from "./lotSizing/types.js";
import { applyOrderModifiers, orderCount, type Modifiers } from "./orderModifiers.js";
import { SourceKind } from "../model/Model.js";
import { chooseSources, choosesSource } from "./sources.js";
import { OrderKind } from "./columns.js";
import { lotForLotPolicy } from "./lotSizing/lotForLot.js";
import { pushLateRelease } from "./planState.js";
import { newOrder, type PlanContext, type Scratch, type WindowView } from "./planContext.js";

/**
 * Covers the net requirement at event `k` (tick `t`, projected available `covered` below the
 * trigger) with the orders of one lot; returns the projected available after them.
 * `seq` is the item's next order sequence number; the orders take `seq`, `seq + 1`, ...
 */
export function sizeLot(ctx: PlanContext, k: number, t: number, covered: number, seq: number): number {
  const { it, raw } = ctx;
  const i = ctx.item;
  const trigger = ctx.trigger;
  const policy = ctx.policy!;
  const w = buildWindow(ctx.windowView, ctx.scratch, k, ctx.events, covered, trigger, policy.lookAhead);
  // lot for lot, the most common rule, is the window's first net: no call, no objects per lot
  let lotQuantity = w.nets[0]!;
  let orderSize: number | null = null;
  if (policy !== lotForLotPolicy) {
    const lc = ctx.lotContext;
    lc.window = w;
    lc.costs = it.cost;
    lc.demandPerTick = ctx.demandPerTick;
    lc.available = covered;
    const sized = policy.size(lc);
    lotQuantity = sized.quantity;
    orderSize = sized.orderSize;
  }
  let receipt = t - it.safetyLeadTime;
  if (receipt < 0) receipt = 0;
  if (receipt < it.planningTimeFence) receipt = it.planningTimeFence;
  const first = ctx.oItem.length;
  const net = ctx.network;
  if (choosesSource(net, i)) {
    // a location with several sources: the lot goes to one of them, or is split among them
    const parts = ctx.parts;
    chooseSources(net, i, t, lotQuantity, it.decimals, ctx.given, parts);
    for (let k = 0; k < parts.count; k++) {
      const s = parts.source[k]!;
      const size = parts.count > 1 ? null : orderSize;
      ctx.orderSource = s;
      // no source effective: the item's own lead time and routing
      const kind = s < 0 ? SourceKind.Make : net.sourceKind[s]!;
      const before = ctx.oItem.length;
      covered = makeOrders(ctx, parts.quantity[k]!, size, s < 0 ? it.orderModifiers : (net.sources[s]!.orderModifiers ?? it.orderModifiers), receipt, seq, ctx.routed && kind === SourceKind.Make, s < 0 ? ctx.lead : kind === SourceKind.Make && ctx.routed ? 0 : net.sourceLead[s]!, covered);
      seq += ctx.oItem.length - before;
      if (s >= 0) ctx.given[s] = ctx.given[s]! + sumOf(ctx.quantities);
      for (let o = before; o < ctx.oItem.length; o++) ctx.arena.choices.set(o, parts.why!);
    }
    ctx.orderSource = -1;
  } else {
    covered = makeOrders(ctx, lotQuantity, orderSize, it.orderModifiers, receipt, seq, ctx.routed, ctx.lead, covered);
    seq += ctx.oItem.length - first;
  }
  ctx.nextSeq = seq;
  if (receipt > t) {
    raw.push({ kind: "time-fence", item: i, ref: { order: first }, tick: t, newTick: receipt, quantity: cleanQty(trigger - (covered - sumOfOrders(ctx, first))) });
  }
  return covered;
}

/**
 * The orders of one lot (or of one source's part of it): split and rounded by the order
 * modifiers, received at `receipt`, released by lead time or routing; returns the projected
 * available after them.
 */
function makeOrders(ctx: PlanContext, lot: number, orderSize: number | null, mods: Modifiers, receipt: number, seq: number, routed: boolean, lead: number, covered: number): number {
  const { it, quantities } = ctx;
  const i = ctx.item;
  // bound the work before it is done: the orders this lot splits into, counted arithmetically
  const made = ctx.oItem.length - ctx.itemOrderStart[i]!;
  const count = orderCount(lot, orderSize, mods, it.decimals);
  if (made + count > ctx.maxPerItem) throw new PlanLimitError("orders-per-item", it.id, ctx.maxPerItem, made + count);
  if (ctx.oItem.length + count > ctx.maxOrders) throw new PlanLimitError("orders", it.id, ctx.maxOrders, ctx.oItem.length + count);
  applyOrderModifiers(lot, orderSize, mods, it.decimals, quantities);
  if (made + quantities.length > ctx.maxPerItem) throw new PlanLimitError("orders-per-item", it.id, ctx.maxPerItem, made + quantities.length);
  for (const q of quantities) {
    const schedule = routed ? scheduleOrder(ctx.model, i, q, receipt) : undefined;
    const rel = schedule !== undefined ? schedule.release : receipt - lead;
    const o = newOrder(ctx, i, OrderKind.Planned, seq++, q, receipt, rel < 0 ? 0 : rel, schedule);
    if (rel < 0) pushLateRelease(ctx.itemExceptions, o, rel);
    covered += q;
  }
  return covered;
}

/** The quantity of the orders from `first` on. */
function sumOfOrders(ctx: PlanContext, first: number): number {
  let s = 0;
  for (let o = first; o < ctx.oItem.length; o++) s += ctx.oQty.data[o]!;
  return s;
}

function sumOf(a: readonly number[]): number {
  let s = 0;
  for (const x of a) s += x;
  return s;
}

/**
 * The open lot-for-lot net requirements from event k on, given that projected available is
 * `covered` (below `trigger`) at event k: after each net the position is back at the trigger.
 */
function buildWindow(view: WindowView, s: Scratch, k: number, K: number, covered: number, trigger: number, lookAhead: number): LotWindow {
  view.ticks = s.winTick;
  view.nets = s.winNet;
  const t0 = s.tick[k]!;
  s.winTick[0] = t0;
  s.winNet[0] = trigger - covered;
  let count = 1;
  if (lookAhead > 0) {
    const end = t0 + lookAhead;
    let pos = trigger;
    for (let m = k + 1; m < K; m++) {
      const t = s.tick[m]!;
      if (t >= end) break;
      pos += s.sr[m]! + s.fpo[m]! - s.gross[m]!;
      if (pos < trigger - EPS) {
        s.winTick[count] = t;
        s.winNet[count] = trigger - pos;
        count++;
        pos = trigger;
      }
    }
  }
  view.count = count;
  return view;
}
