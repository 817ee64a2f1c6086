/**
 * The explicit state of one planning run, shared by the per-item steps (collect events, net,
 * size lots, explode, peg, check safety stock): the model, the columns being filled, the
 * per-item ranges, the scratch arrays, and the fields of the item being planned.
 *
 * NOTE: one context serves every item. The steps take it as their first argument and reset the
 * per-item fields in place, so planning an item makes no closure and no context object.
 */
import type { Model, CompiledBom, CompiledNetwork } from "../model/Model.js";
import type { LotParts } from "./sources.js";
import type { Item } from "../model/schema.js";
import type { DemandNotice, DemandRequirement } from "../demand/demandsOf.js";
import type { ByteColumn, FloatColumn, IntColumn } from "../internal/growable.js";
import type { LotCosts, LotSizingPolicy, LotWindow } from "./lotSizing/types.js";
import type { OrderKind } from "./columns.js";
import { newOrderSchedules, type OrderSchedules } from "./orderSchedules.js";
import { arenaFor, derivedItemExceptions, newArena, newItemExceptions, stateOf, type Arena, type ItemExceptions, type RawException } from "./planState.js";
import type { PlanResult } from "./PlanResult.js";
import type { OrderSchedule } from "../routing/scheduleOrder.js";

/** Scratch arrays reused across items, grown on demand. */
export class Scratch {
  tick = new Int32Array(64);
  gross = new Float64Array(64);
  sr = new Float64Array(64);
  fpo = new Float64Array(64);
  winTick = new Int32Array(64);
  winNet = new Float64Array(64);
  ensure(n: number): void {
    if (n <= this.tick.length) return;
    let c = this.tick.length;
    while (c < n) c *= 2;
    this.tick = new Int32Array(c);
    this.gross = new Float64Array(c);
    this.sr = new Float64Array(c);
    this.fpo = new Float64Array(c);
    this.winTick = new Int32Array(c);
    this.winNet = new Float64Array(c);
  }
}

/** The lot window handed to the lot-sizing rules, rewritten in place for every lot. */
export interface WindowView {
  ticks: Int32Array;
  nets: Float64Array;
  count: number;
}

const factors = new WeakMap<readonly Item[], Float64Array>();

const NO_EVENTS = new Int32Array(0);

/**
 * `1 + assemblyScrap` per item index, computed once per item list: an edit that leaves the items
 * alone keeps the list, so the models of a net change share the factors.
 */
function assemblyFactors(model: Model): Float64Array {
  const items = model.items;
  let f = factors.get(items);
  if (f === undefined) {
    f = new Float64Array(model.itemCount);
    for (let i = 0; i < model.itemCount; i++) f[i] = 1 + items[i]!.assemblyScrap;
    factors.set(items, f);
  }
  return f;
}

/** One planning run: what every step reads and writes. */
export class PlanContext {
  readonly model: Model;
  readonly horizon: number;
  readonly bom: CompiledBom;
  readonly items: readonly Item[];
  readonly maxPerItem: number;
  readonly maxOrders: number;
  readonly arena: Arena;
  // the arena's columns, unpacked once
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
  /** Per-item ranges of orders and events. */
  readonly itemOrderStart: Int32Array;
  readonly itemOrderEnd: Int32Array;
  /**
   * The events of every item, for the second pass that keeps them; empty in a planning run,
   * which records only the item being planned (`eventStart .. eventEnd`).
   */
  itemEventStart = NO_EVENTS;
  itemEventEnd = NO_EVENTS;
  /** The recorded events of the item being planned. */
  eventStart = 0;
  eventEnd = 0;
  readonly itemExceptions: ItemExceptions;
  /** Scheduled receipts: effective tick after reschedule-in, and whether pulled in. */
  readonly srEff: Int32Array;
  readonly srPulled: Uint8Array;
  /** `1 + assemblyScrap` per item index. */
  readonly asmFactor: Float64Array;
  /** The backward schedules of the orders this run makes. */
  readonly schedules: OrderSchedules;
  readonly scratch = new Scratch();
  readonly dreqs: DemandRequirement[] = [];
  readonly notices: DemandNotice[] = [];
  /** Order quantities of one lot after the order modifiers. */
  readonly quantities: number[] = [];
  readonly windowView: WindowView;
  /** What a lot-sizing rule is told, rewritten in place for every lot (the rules keep nothing of it). */
  readonly lotContext: { window: LotWindow; costs: LotCosts; demandPerTick: number; available: number };
  /** Pegging scratch: the item's open orders and orders in supply order, the requirements ahead of its own. */
  readonly pegReceipts: number[] = [];
  readonly pegOrders: number[] = [];
  readonly pegLead: number[] = [];
  readonly pegLeadQty: number[] = [];
  /** Items planned so far in this run, and how many it plans: they project the columns' final size. */
  done = 0;
  total = 1;
  /** How many orders the order columns hold without growing. */
  orderRoom: number;
  /** Pegging cursor: the requirement being covered, and how much of it is still open. */
  pegCursor = 0;
  pegLeft = 0;

  // the item being planned
  /** Item index. */
  item = 0;
  it!: Item;
  phantom = false;
  /** Fixed lead time (0 for a phantom). */
  lead = 0;
  /** The source index the orders made next are given to (the column `oSource`), -1 for none. */
  orderSource = -1;
  /** The supply network of the model, if it has one. */
  readonly network: CompiledNetwork | undefined;
  /** Quantity given to each source of the network so far (quota ratings). */
  readonly given: Float64Array;
  /** The parts of the lot being sized, at a location with several sources. */
  readonly parts: LotParts = { count: 0, source: [], quantity: [], why: undefined };
  /** The next order sequence number of the item, after the lot just sized. */
  nextSeq = 0;
  /** Whether the release comes from the routing's backward schedule. */
  routed = false;
  /** On hand less allocated. */
  available0 = 0;
  /** The position below which netting orders (safety stock, or the min-max trigger). */
  trigger = 0;
  policy: LotSizingPolicy | null = null;
  /** Mean gross requirement per tick. */
  demandPerTick = 0;
  /** The item's action messages (a fresh array once one was raised). */
  raw: RawException[] = [];
  /**
   * The item's requirement indexes, sorted: the first `localCount` entries.
   * NOTE: a typed array that keeps its room from item to item; a list emptied per item
   * (`length = 0` frees its storage) was allocated again for every item, a fifth of what a plan
   * allocated on the heap.
   */
  local = new Int32Array(256);
  /** How many entries of `local` are the item's. */
  localCount = 0;
  /** Its scheduled receipts `s0 .. s1` and firm planned order records `f0 .. f1`. */
  s0 = 0;
  s1 = 0;
  f0 = 0;
  f1 = 0;
  /** End of its firm planned orders in the order columns. */
  firmEnd = 0;
  /** Number of distinct event ticks in the scratch arrays. */
  events = 0;

  /** `arena`: the columns to fill, instead of a fresh arena or the one `base` appended to. */
  constructor(model: Model, maxPerItem: number, maxOrders: number, base: PlanResult | undefined, arena0?: Arena) {
    const n = model.itemCount;
    this.model = model;
    this.horizon = model.calendar.horizon;
    this.bom = model.bom;
    this.items = model.items;
    this.maxPerItem = maxPerItem;
    this.maxOrders = maxOrders;
    const arena = arena0 ?? (base ? arenaFor(base) : newArena(model));
    this.arena = arena;
    this.reqTick = arena.reqTick;
    this.reqQty = arena.reqQty;
    this.reqKind = arena.reqKind;
    this.reqSrc = arena.reqSrc;
    this.reqLine = arena.reqLine;
    this.oItem = arena.oItem;
    this.oKind = arena.oKind;
    this.oSeq = arena.oSeq;
    this.oQty = arena.oQty;
    this.oDue = arena.oDue;
    this.oRelease = arena.oRelease;
    this.oSource = arena.oSource;
    this.evTick = arena.evTick;
    this.evGross = arena.evGross;
    this.evSR = arena.evSR;
    const prev = base ? stateOf(base) : undefined;
    this.itemOrderStart = prev ? prev.itemOrderStart.slice() : new Int32Array(n);
    this.itemOrderEnd = prev ? prev.itemOrderEnd.slice() : new Int32Array(n);
    this.itemExceptions = prev ? derivedItemExceptions(prev.itemExceptions) : newItemExceptions(n);
    const srEv = model.scheduledReceipts;
    // a loop, not Int32Array.from with a function: this runs for every net change
    const eff = new Int32Array(srEv.tick.length);
    for (let s = 0; s < eff.length; s++) {
      const t = srEv.tick[s]!;
      eff[s] = t < 0 ? 0 : t;
    }
    this.srEff = eff;
    this.srPulled = new Uint8Array(srEv.tick.length);
    this.asmFactor = assemblyFactors(model);
    this.network = model.network;
    this.orderRoom = Math.min(...orderColumns(this).map((c) => c.data.length));
    this.given = new Float64Array(model.network?.sources.length ?? 0);
    this.schedules = newOrderSchedules(arena.oItem.length);
    this.windowView = { ticks: this.scratch.winTick, nets: this.scratch.winNet, count: 0 };
    this.lotContext = { window: this.windowView, costs: { setup: 0, holding: 0 }, demandPerTick: 0, available: 0 };
  }
}

/**
 * Appends a requirement; returns its index.
 *
 * NOTE: the five columns of a requirement grow together, so one capacity check covers them and
 * the values are stored directly: this and {@link newOrder} run once per requirement and order,
 * millions of times in a dense plan.
 */
export function pushRequirement(ctx: PlanContext, tick: number, qty: number, kind: number, src: number, line: number): number {
  const r = ctx.reqTick.length;
  if (r >= ctx.reqTick.data.length || r >= ctx.reqQty.data.length || r >= ctx.reqKind.data.length || r >= ctx.reqSrc.data.length || r >= ctx.reqLine.data.length) {
    const n = roomFor(ctx, r + 1);
    for (const col of [ctx.reqTick, ctx.reqQty, ctx.reqKind, ctx.reqSrc, ctx.reqLine]) col.reserve(n);
  }
  ctx.reqTick.data[r] = tick;
  ctx.reqQty.data[r] = qty;
  ctx.reqKind.data[r] = kind;
  ctx.reqSrc.data[r] = src;
  ctx.reqLine.data[r] = line;
  ctx.reqTick.length = ctx.reqQty.length = ctx.reqKind.length = ctx.reqSrc.length = ctx.reqLine.length = r + 1;
  return r;
}

/** Appends requirement `r` to the item's list (`ctx.local`). */
export function pushLocal(ctx: PlanContext, r: number): void {
  const n = ctx.localCount;
  if (n === ctx.local.length) {
    const next = new Int32Array(2 * n);
    next.set(ctx.local);
    ctx.local = next;
  }
  ctx.local[n] = r;
  ctx.localCount = n + 1;
}

/** Appends an order (with its schedule when one was computed); returns its index. */
export function newOrder(ctx: PlanContext, item: number, kind: OrderKind, seq: number, qty: number, due: number, release: number, schedule: OrderSchedule | undefined): number {
  const o = ctx.oItem.length;
  if (o >= ctx.orderRoom) growOrders(ctx, o + 1);
  ctx.oItem.data[o] = item;
  ctx.oKind.data[o] = kind;
  ctx.oSeq.data[o] = seq;
  ctx.oQty.data[o] = qty;
  ctx.oDue.data[o] = due;
  ctx.oRelease.data[o] = release;
  ctx.oItem.length = ctx.oKind.length = ctx.oSeq.length = ctx.oQty.length = ctx.oDue.length = ctx.oRelease.length = o + 1;
  const net = ctx.network;
  if (net !== undefined) {
    // kept as the source's place among its item's sources: a net change keeps the orders of items
    // whose sources did not change, while the indexes of other items' sources may move
    const src = ctx.orderSource;
    ctx.oSource.data[o] = src < 0 ? -1 : src - net.sourceStart[item]!;
    ctx.oSource.length = o + 1;
  }
  if (schedule !== undefined) ctx.schedules.byOrder.set(o, schedule);
  return o;
}

/**
 * The size to grow a column to that must hold `n` values: what the items planned so far project
 * for the whole run (values per item so far times the items), at least twice `n`, at most eight
 * times. A net change's order columns (whose first `first` orders are the previous plan's) grow
 * by what its own items project, and by an eighth at least.
 *
 * NOTE: growing a column allocates outside the JavaScript heap, and every 64 MB or so of such
 * allocation makes V8 collect the whole heap. Doubling from a small start made a dense plan grow
 * each column about five times and pay a full collection for most of them; the projection gets
 * near the final size in two steps.
 */
export function roomFor(ctx: PlanContext, n: number, first = 0): number {
  const done = ctx.done;
  if (first > 0) {
    // a net change appends to the previous plan's orders (`first` of them): it projects what it
    // appends, and grows by an eighth at least (twice, or eight times, a million-item plan's
    // order columns would be gigabytes more for a few thousand orders)
    const appended = done > 0 ? Math.min(Math.ceil(((n - first) * ctx.total * 1.05) / done), 8 * (n - first)) : n - first;
    return Math.max(first + appended, n + (n >> 3));
  }
  const projected = done > 0 ? Math.ceil((n * ctx.total * 1.25) / done) : 2 * n;
  return Math.min(Math.max(projected, 2 * n), 32 * n);
}

/** The order columns a plan writes: the source column only in a model with a network. */
function orderColumns(ctx: PlanContext): (IntColumn | FloatColumn | ByteColumn)[] {
  const cols = [ctx.oItem, ctx.oKind, ctx.oSeq, ctx.oQty, ctx.oDue, ctx.oRelease];
  if (ctx.network !== undefined) cols.push(ctx.oSource);
  return cols;
}

/** Makes room in every order column for `n` orders. */
function growOrders(ctx: PlanContext, n: number): void {
  const cols = orderColumns(ctx);
  const room = roomFor(ctx, n, ctx.schedules.first);
  for (const col of cols) col.reserve(room);
  ctx.orderRoom = Math.min(...cols.map((c) => c.data.length));
}

/**
 * Points the context at item `i`: its fields, lead time, routing and source, and its available
 * stock. The planning run and the second pass that works out a plan's columns enter items alike.
 */
export function enterItem(ctx: PlanContext, i: number): void {
  const it = ctx.items[i]!;
  const phantom = it.source === "phantom";
  if (ctx.raw.length !== 0) ctx.raw = [];
  ctx.item = i;
  ctx.it = it;
  ctx.phantom = phantom;
  ctx.lead = phantom ? 0 : it.leadTime;
  ctx.routed = !phantom && it.leadTimeFrom === "routing" && ctx.model.routings[i] !== undefined;
  ctx.orderSource = ctx.network === undefined ? -1 : ctx.network.single[i]!;
  ctx.available0 = it.onHand - it.allocated;
}
