/**
 * The storage of a plan: append-only columns shared between a plan and the net-change plans
 * derived from it. A derived plan appends the orders, requirements, pegs and events of the items
 * it replans and points those items at the new ranges; the old ranges stay for the plans that
 * still see them. A plan owns the tail of its arena only while no other plan has appended to it;
 * otherwise a derived plan copies the arena first.
 *
 * NOTE: sharing the columns makes a one-demand net change cost the replanned items plus a copy of
 * the per-item index arrays, instead of a copy of every column.
 *
 * NOTE: only the order columns outlive the planning of an item. The requirement and event
 * columns of the arena are scratch, holding the item being planned; a plan's requirements,
 * events and pegs are worked out again from its orders when first read (lazyColumns.ts).
 */
import { errorMessages } from "../errors/messages.js";
import { MrpError } from "../errors/MrpError.js";
import { ByteColumn, FloatColumn, IntColumn } from "../internal/growable.js";
import type { Model } from "../model/Model.js";
import type { Demand, Order } from "../model/schema.js";
import type { ExceptionKind, PlanColumns, PlanException, PlanResult, SourceChoice } from "./PlanResult.js";
import type { OrderSchedules } from "./orderSchedules.js";

/** Column lengths of one plan. */
export interface Counts {
  readonly orders: number;
  readonly reqs: number;
  readonly events: number;
  readonly demandRefs: number;
  readonly firmRefs: number;
}

/** The growable columns: orders, and the scratch columns of the item being planned. */
export interface Arena {
  readonly reqTick: IntColumn;
  readonly reqQty: FloatColumn;
  readonly reqKind: IntColumn;
  readonly reqSrc: IntColumn;
  readonly reqLine: IntColumn;
  readonly oItem: IntColumn;
  readonly oKind: ByteColumn;
  readonly oSeq: IntColumn;
  readonly oQty: FloatColumn;
  readonly oDue: IntColumn;
  readonly oRelease: IntColumn;
  readonly oSource: IntColumn;
  readonly evTick: IntColumn;
  readonly evGross: FloatColumn;
  readonly evSR: FloatColumn;
  readonly demandRefs: Demand[];
  readonly firmRefs: Order[];
  /** Why the orders of locations with several sources went to theirs, by order index. */
  readonly choices: Map<number, SourceChoice>;
  /** The counts of the plan that appended last. */
  owner: Counts | undefined;
}

/** What a plan keeps beside its columns. */
export interface PlanState {
  readonly arena: Arena;
  readonly counts: Counts;
  readonly itemOrderStart: Int32Array;
  readonly itemOrderEnd: Int32Array;
  /** Per open order of the model: the tick it is received at, after any reschedule-in. */
  readonly srEff: Int32Array;
  /** Action messages per item index, as raised (their text is written on first read). */
  readonly itemExceptions: ItemExceptions;
  /** The backward schedules of the orders this plan made, each computed at most once. */
  readonly schedules: OrderSchedules;
}

/** Reference of a raw exception to a demand, an open order, a firm order record, or an order. */
export type RawRef = { demand: number } | { receipt: number } | { firm: number } | { order: number } | null;

/** An action message before it gets ids and text. */
export interface RawException {
  readonly kind: ExceptionKind;
  readonly item: number;
  readonly ref: RawRef;
  readonly tick: number;
  readonly newTick?: number;
  /** The date as written in the input, for records dated outside the horizon. */
  readonly date?: number | string;
  readonly quantity: number;
  readonly ticksLate?: number;
}

/**
 * The action messages of one item as the engine raised them, with the model they refer to (a
 * net change keeps the batches of items it did not replan, which refer to the earlier model).
 */
export interface ExceptionBatch {
  readonly model: Model;
  readonly raw: readonly RawException[];
  /** Its late releases: `late0 .. late1` in the plan's {@link LateReleases}. */
  readonly late0: number;
  readonly late1: number;
  /** The public messages, once built. */
  list?: readonly PlanException[];
}

/**
 * The action messages of a plan by item: `index[i]` is 1 + the position of item `i`'s batch in
 * `batches`, or 0 when the item raised none.
 *
 * NOTE: `batches` is append-only and shared with the net-change plans derived from this one, which
 * append the batches of the items they replan; each plan reads only the entries its own index
 * points at. A net change copies the index (four bytes per item), not a list of references: that
 * copy was most of a one-demand net change on a 100,000-item model.
 */
export interface ItemExceptions {
  readonly index: Int32Array;
  readonly batches: ExceptionBatch[];
  /** The late releases of every batch (append-only and shared like `batches`). */
  readonly late: LateReleases;
}

/**
 * Late releases, the most common action message (1.5 million on the 1,000,000-item dense
 * benchmark model), kept as two numbers each: the order, and the tick it should have been
 * released at. The rest of the message follows from the order: its item and quantity, the
 * first tick (0) it is released at instead, and how late that is.
 *
 * NOTE: as objects (a message and its reference) they were about 100 MB of that plan's heap, and
 * most of what the minor collections had to copy while planning.
 */
export interface LateReleases {
  readonly order: IntColumn;
  readonly tick: IntColumn;
}

/** The message store of a plan of `n` items, before any message. */
export function newItemExceptions(n: number): ItemExceptions {
  return { index: new Int32Array(n), batches: [], late: { order: new IntColumn(1024), tick: new IntColumn(1024) } };
}

/** The message store of a net change over `prev`'s: the index copied, the lists shared. */
export function derivedItemExceptions(prev: ItemExceptions): ItemExceptions {
  return { index: prev.index.slice(), batches: prev.batches, late: prev.late };
}

/** Raises a late release of order `o`, which should have been released at `tick` (< 0). */
export function pushLateRelease(x: ItemExceptions, o: number, tick: number): void {
  x.late.order.push(o);
  x.late.tick.push(tick);
}

/**
 * The raw messages of a batch, its late releases included (made into messages here, after the
 * others, in the order they were raised). `orderItem` and `orderQty` are the plan's order columns.
 */
export function rawOf(x: ItemExceptions, batch: ExceptionBatch, orderItem: Int32Array, orderQty: Float64Array): readonly RawException[] {
  if (batch.late0 === batch.late1) return batch.raw;
  const out = batch.raw.slice();
  const order = x.late.order.data;
  const tick = x.late.tick.data;
  for (let k = batch.late0; k < batch.late1; k++) {
    const o = order[k]!;
    const t = tick[k]!;
    out.push({ kind: "late-release", item: orderItem[o]!, ref: { order: o }, tick: t, newTick: 0, quantity: orderQty[o]!, ticksLate: -t });
  }
  return out;
}

/** The message batch of item `i`, if it raised any. */
export function batchOf(x: ItemExceptions, i: number): ExceptionBatch | undefined {
  const k = x.index[i]!;
  return k === 0 ? undefined : x.batches[k - 1];
}

/** Sets the message batch of item `i` (none when `batch` is undefined). */
export function setBatch(x: ItemExceptions, i: number, batch: ExceptionBatch | undefined): void {
  if (batch === undefined) x.index[i] = 0;
  else x.index[i] = x.batches.push(batch);
}

const states = new WeakMap<PlanResult, PlanState>();

/** Registers the state of a result. */
export function attachState(result: PlanResult, state: PlanState): void {
  states.set(result, state);
}

/** The state of a result made by `plan` or `replan`. */
export function stateOf(result: PlanResult): PlanState {
  const s = states.get(result);
  if (s === undefined) throw new MrpError("not_a_plan_result", errorMessages.notAPlanResult());
  return s;
}

/** A fresh arena sized for a model. */
export function newArena(model: Model): Arena {
  // requirements and events are scratch for one item (see the NOTE above)
  const r = 1024;
  const o = model.itemCount + model.demands.records.length + 1024;
  return {
    reqTick: new IntColumn(r),
    reqQty: new FloatColumn(r),
    reqKind: new IntColumn(r),
    reqSrc: new IntColumn(r),
    reqLine: new IntColumn(r),
    oItem: new IntColumn(o),
    oKind: new ByteColumn(o),
    oSeq: new IntColumn(o),
    oQty: new FloatColumn(o),
    oDue: new IntColumn(o),
    oRelease: new IntColumn(o),
    // written only in a model with a network
    oSource: new IntColumn(model.network === undefined ? 16 : o),
    evTick: new IntColumn(r),
    evGross: new FloatColumn(r),
    evSR: new FloatColumn(r),
    demandRefs: [],
    firmRefs: [],
    choices: new Map(),
    owner: undefined,
  };
}

/**
 * The arena a plan derived from `result` appends to: the same one when `result` appended last,
 * else a copy truncated to `result`'s columns.
 */
export function arenaFor(result: PlanResult): Arena {
  const st = stateOf(result);
  const a = st.arena;
  const c = st.counts;
  if (a.owner === c) return a;
  return {
    reqTick: a.reqTick.copy(c.reqs),
    reqQty: a.reqQty.copy(c.reqs),
    reqKind: a.reqKind.copy(c.reqs),
    reqSrc: a.reqSrc.copy(c.reqs),
    reqLine: a.reqLine.copy(c.reqs),
    oItem: a.oItem.copy(c.orders),
    oKind: a.oKind.copy(c.orders),
    oSeq: a.oSeq.copy(c.orders),
    oQty: a.oQty.copy(c.orders),
    oDue: a.oDue.copy(c.orders),
    oRelease: a.oRelease.copy(c.orders),
    oSource: a.oSource.copy(Math.min(c.orders, a.oSource.length)),
    evTick: a.evTick.copy(c.events),
    evGross: a.evGross.copy(c.events),
    evSR: a.evSR.copy(c.events),
    demandRefs: a.demandRefs.slice(0, c.demandRefs),
    firmRefs: a.firmRefs.slice(0, c.firmRefs),
    choices: new Map([...a.choices].filter(([o]) => o < c.orders)),
    owner: undefined,
  };
}

/** The current lengths of an arena. */
export function countsOf(a: Arena): Counts {
  return {
    orders: a.oItem.length,
    reqs: a.reqTick.length,
    events: a.evTick.length,
    demandRefs: a.demandRefs.length,
    firmRefs: a.firmRefs.length,
  };
}

/** The columns a plan keeps from its run: those of {@link PlanColumns} not worked out on first read. */
export type OrderColumns = Omit<PlanColumns, LazyColumn>;

/** The columns of {@link PlanColumns} worked out from the orders on first read. */
export type LazyColumn =
  | "pegStart"
  | "pegEnd"
  | "pegReq"
  | "pegQty"
  | "reqTick"
  | "reqQty"
  | "reqKind"
  | "reqSrc"
  | "reqLine"
  | "demandRefs"
  | "itemEventStart"
  | "itemEventEnd"
  | "eventTick"
  | "eventGross"
  | "eventReceipts";

/** Views of the arena's order columns up to the plan's counts (no copy). */
export function columnsOf(a: Arena, st: PlanState): OrderColumns {
  const c = st.counts;
  return {
    orderItem: a.oItem.data.subarray(0, c.orders),
    orderKind: a.oKind.data.subarray(0, c.orders),
    orderSeq: a.oSeq.data.subarray(0, c.orders),
    orderQty: a.oQty.data.subarray(0, c.orders),
    orderDue: a.oDue.data.subarray(0, c.orders),
    orderRelease: a.oRelease.data.subarray(0, c.orders),
    orderSource: a.oSource.data.subarray(0, c.orders),
    orderChoices: a.choices,
    itemOrderStart: st.itemOrderStart,
    itemOrderEnd: st.itemOrderEnd,
    firmRefs: a.firmRefs,
  };
}
