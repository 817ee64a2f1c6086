/**
 * The columns a plan works out again when they are first read: its requirements, the events of
 * its records and its pegs. A run keeps only its orders (and the tick each open order ends up
 * received at); every other column follows from them, the model and the same steps the run took,
 * so a summary, which reads the orders and the messages alone, never pays for them.
 *
 * The second pass goes over every item in planning order, as the run did: it collects the item's
 * requirements (its demands, and what its parents' orders need of it), merges its events, replays
 * the reschedule-ins the run made (from the open orders' final ticks), records the events and
 * pegs the item's supplies, first due first covered. The columns it fills are the ones the run
 * used to keep, value for value.
 *
 * NOTE: on the 1,000,000-item dense benchmark model these columns were 1.3 GB of the plan's
 * 2.2 GB (22 million requirements, 18 million events, 23 million pegs and two peg offsets per
 * order); a plan that is only summarised now never allocates them.
 *
 * Complexity: the first read costs what the collecting, event and pegging steps of the run cost,
 * O(L + E log E) for L BOM-line explosions and E events; later reads are free.
 */
import { FloatColumn, IntColumn } from "../internal/growable.js";
import { lowerBound } from "../internal/sort.js";
import type { Model } from "../model/Model.js";
import { collectEvents } from "./collectEvents.js";
import { collectRequirements } from "./collectRequirements.js";
import { OrderKind } from "./columns.js";
import { recordEvents } from "./netItem.js";
import { pegItem, type PegSink } from "./pegItem.js";
import { enterItem, PlanContext, roomFor } from "./planContext.js";
import type { PlanColumns, PlanResult } from "./PlanResult.js";
import { columnsOf, stateOf, type Arena, type LazyColumn, type PlanState } from "./planState.js";

/** Empties the scratch columns of the item being planned (requirements, events, demand refs). */
export function clearScratch(ctx: PlanContext): void {
  ctx.reqTick.length = ctx.reqQty.length = ctx.reqKind.length = ctx.reqSrc.length = ctx.reqLine.length = 0;
  ctx.evTick.length = ctx.evGross.length = ctx.evSR.length = 0;
  const refs = ctx.arena.demandRefs;
  if (refs.length !== 0) refs.length = 0;
}

/** Makes room in the event columns for the item's events (`ctx.events` of them). */
export function reserveEvents(ctx: PlanContext): void {
  const ev = ctx.evTick.length + ctx.events;
  if (ev > ctx.evTick.data.length || ev > ctx.evGross.data.length || ev > ctx.evSR.data.length) {
    const n = roomFor(ctx, ev);
    ctx.evTick.reserve(n);
    ctx.evGross.reserve(n);
    ctx.evSR.reserve(n);
  }
}

/**
 * The final receipt ticks of a net change's open orders: the run's own for the items it
 * replanned, the previous plan's for the others (whose open orders are the same records, at the
 * same place in their item's range).
 */
export function keptReceiptTicks(ctx: PlanContext, base: PlanResult, replanned: (item: number) => boolean): Int32Array {
  const eff = ctx.srEff;
  const prevEff = stateOf(base).srEff;
  const a = base.model.scheduledReceipts;
  const b = ctx.model.scheduledReceipts;
  for (let s = 0; s < b.records.length; s++) {
    const i = b.item[s]!;
    if (!replanned(i)) eff[s] = prevEff[a.start[i]! + (s - b.start[i]!)]!;
  }
  return eff;
}

/** The columns the second pass works out. */
type Worked = Pick<PlanColumns, LazyColumn>;

/**
 * The plan's columns: the orders it kept, and the requirement, event and peg columns, worked
 * out on the first read of any of them. `model` gives the plan's model (a plan made in a worker
 * compiles it on this side when first needed).
 */
export function lazyColumnsOf(a: Arena, st: PlanState, model: () => Model): PlanColumns {
  const kept = columnsOf(a, st);
  let w: Worked | undefined;
  const get = (): Worked => (w ??= workOut(model(), st));
  return {
    ...kept,
    get pegStart() {
      return get().pegStart;
    },
    get pegEnd() {
      return get().pegEnd;
    },
    get pegReq() {
      return get().pegReq;
    },
    get pegQty() {
      return get().pegQty;
    },
    get reqTick() {
      return get().reqTick;
    },
    get reqQty() {
      return get().reqQty;
    },
    get reqKind() {
      return get().reqKind;
    },
    get reqSrc() {
      return get().reqSrc;
    },
    get reqLine() {
      return get().reqLine;
    },
    get demandRefs() {
      return get().demandRefs;
    },
    get itemEventStart() {
      return get().itemEventStart;
    },
    get itemEventEnd() {
      return get().itemEventEnd;
    },
    get eventTick() {
      return get().eventTick;
    },
    get eventGross() {
      return get().eventGross;
    },
    get eventReceipts() {
      return get().eventReceipts;
    },
  };
}

/** The second pass: every item's requirements, events and pegs, from the plan's orders. */
function workOut(model: Model, st: PlanState): Worked {
  const kept = st.arena;
  const orders = st.counts.orders;
  // about as many requirements, events and pegs as orders on both benchmark shapes
  const room = orders + 1024;
  const arena: Arena = {
    ...kept,
    reqTick: new IntColumn(room),
    reqQty: new FloatColumn(room),
    reqKind: new IntColumn(room),
    reqSrc: new IntColumn(room),
    reqLine: new IntColumn(room),
    evTick: new IntColumn(room),
    evGross: new FloatColumn(room),
    evSR: new FloatColumn(room),
    demandRefs: [],
    owner: undefined,
  };
  const ctx = new PlanContext(model, Infinity, Infinity, undefined, arena);
  ctx.itemOrderStart.set(st.itemOrderStart);
  ctx.itemOrderEnd.set(st.itemOrderEnd);
  // this pass keeps every item's events
  ctx.itemEventStart = new Int32Array(model.itemCount);
  ctx.itemEventEnd = new Int32Array(model.itemCount);
  const sink: PegSink = { start: new Int32Array(orders), end: new Int32Array(orders), req: new IntColumn(room), qty: new FloatColumn(room) };
  const srEv = model.scheduledReceipts;
  const fpoEv = model.firmPlannedOrders;
  const oKind = kept.oKind.data;
  ctx.total = model.itemCount;
  for (const i of model.planningOrder) {
    enterItem(ctx, i);
    collectRequirements(ctx);
    // the supplies as the run made them: firm planned orders first in the item's orders
    ctx.s0 = srEv.start[i]!;
    ctx.s1 = srEv.start[i + 1]!;
    ctx.f0 = fpoEv.start[i]!;
    ctx.f1 = fpoEv.start[i + 1]!;
    let firmEnd = ctx.itemOrderStart[i]!;
    while (firmEnd < ctx.itemOrderEnd[i]! && oKind[firmEnd] === OrderKind.Firm) firmEnd++;
    ctx.firmEnd = firmEnd;
    collectEvents(ctx);
    replayPullIns(ctx, st.srEff);
    reserveEvents(ctx);
    recordEvents(ctx);
    pegItem(ctx, sink);
    ctx.done++;
  }
  const reqs = arena.reqTick.length;
  const events = arena.evTick.length;
  return {
    pegStart: sink.start,
    pegEnd: sink.end,
    pegReq: sink.req.data.subarray(0, sink.req.length),
    pegQty: sink.qty.data.subarray(0, sink.qty.length),
    reqTick: arena.reqTick.data.subarray(0, reqs),
    reqQty: arena.reqQty.data.subarray(0, reqs),
    reqKind: arena.reqKind.data.subarray(0, reqs),
    reqSrc: arena.reqSrc.data.subarray(0, reqs),
    reqLine: arena.reqLine.data.subarray(0, reqs),
    demandRefs: arena.demandRefs,
    itemEventStart: ctx.itemEventStart,
    itemEventEnd: ctx.itemEventEnd,
    eventTick: arena.evTick.data.subarray(0, events),
    eventGross: arena.evGross.data.subarray(0, events),
    eventReceipts: arena.evSR.data.subarray(0, events),
  };
}

/**
 * Moves the receipts of the open orders the run pulled in (those whose final tick `eff` is
 * before their own) from their own event to the one they were pulled to, in the order the
 * netting walk moved them (by the tick pulled to, then open order), so every sum comes out as the
 * walk left it; then sets the item's open orders to their final ticks, which the pegging reads.
 */
function replayPullIns(ctx: PlanContext, eff: Int32Array): void {
  const { s0, s1 } = ctx;
  if (s0 === s1) return;
  const srEv = ctx.model.scheduledReceipts;
  const own = ctx.srEff;
  const T = ctx.scratch.tick;
  const S = ctx.scratch.sr;
  const K = ctx.events;
  const pulled = ctx.pegReceipts;
  let n = 0;
  for (let s = s0; s < s1; s++) if (srEv.tick[s]! < ctx.horizon && eff[s] !== own[s]) pulled[n++] = s;
  pulled.length = n;
  // by the tick pulled to, then open order (insertion sort: an item has a few open orders)
  for (let x = 1; x < n; x++) {
    const v = pulled[x]!;
    let y = x - 1;
    while (y >= 0 && (eff[pulled[y]!]! > eff[v]! || (eff[pulled[y]!] === eff[v] && pulled[y]! > v))) {
      pulled[y + 1] = pulled[y]!;
      y--;
    }
    pulled[y + 1] = v;
  }
  for (const s of pulled) {
    const q = srEv.records[s]!.quantity;
    const k = lowerBound(T, eff[s]!, 0, K);
    const m = lowerBound(T, own[s]!, k + 1, K);
    S[m] = S[m]! - q;
    S[k] = S[k]! + q;
  }
  for (let s = s0; s < s1; s++) own[s] = eff[s]!;
}
