/**
 * Regenerative MRP (docs/concepts.md): items in low-level-code order, each netted bucketlessly over
 * its own events (requirements, open orders, firm planned orders), lots sized by the item's rule,
 * offset by lead time, then exploded into its components' requirements. Work grows with events
 * and BOM lines, never with items x horizon.
 *
 * Complexity: O(L + E log E) for L BOM-line explosions and E events, plus the look-ahead of the
 * lot-sizing rules (O(k) per lot, O(k^2) for Wagner-Whitin).
 * Reference: Orlicky, Material Requirements Planning (1975); APICS CPIM dictionary.
 *
 * Each item goes through named steps over one {@link PlanContext}: collect its requirements
 * (its demands, and what its parents' orders need of it: explode), its supplies and its events;
 * net (sizing lots); the open-order messages of pegging; check safety stock. The plan keeps the
 * orders: its requirements, events and pegs are worked out again when first read
 * (lazyColumns.ts).
 *
 * NOTE: every column is a typed array filled in place; the per-item scratch arrays are reused
 * and the steps take the one context, so the hot loop allocates nothing per tick, makes no
 * closure per item and never touches a string id.
 */
import type { Model } from "../model/Model.js";
import { InvalidOptionError } from "../errors/InvalidOptionError.js";
import { errorMessages } from "../errors/messages.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the TSDoc of plan links to it
import type { PlanLimitError } from "../errors/PlanLimitError.js";
import { buildResult } from "./buildResult.js";
import type { PlanResult } from "./PlanResult.js";
import { countsOf, setBatch, type PlanState, type RawException } from "./planState.js";
import { clearScratch, lazyColumnsOf, keptReceiptTicks, reserveEvents } from "./lazyColumns.js";
import { enterItem, PlanContext } from "./planContext.js";
import { collectRequirements } from "./collectRequirements.js";
import { collectEvents, collectSupplies } from "./collectEvents.js";
import { netItem, recordEvents } from "./netItem.js";
import { pegItem } from "./pegItem.js";
import { belowSafetyStock } from "./belowSafetyStock.js";

/**
 * The bounds of a plan's work (see {@link PlanOptions}).
 *
 * @category Planning
 */
export interface PlanLimits {
  /**
   * Most planned orders one item may get; default 100,000. A lot rule or an order maximum that
   * would need more ends the plan with a {@link PlanLimitError} before the orders are made.
   */
  readonly maxOrdersPerItem?: number;
  /** Most planned orders in the whole plan; default 50,000,000. More ends the plan with a {@link PlanLimitError}. */
  readonly maxOrders?: number;
}

/**
 * Default of {@link PlanLimits.maxOrdersPerItem}.
 *
 * @category Planning
 */
export const DEFAULT_MAX_ORDERS_PER_ITEM = 100_000;
/**
 * Default of {@link PlanLimits.maxOrders}.
 *
 * @category Planning
 */
export const DEFAULT_MAX_ORDERS = 50_000_000;

/**
 * How far a plan has come (see {@link PlanOptions.onProgress}).
 *
 * @category Planning
 */
export interface PlanProgress {
  /** Items planned so far. */
  readonly items: number;
  /** Items the plan plans in all (the changed items of a net change). */
  readonly of: number;
}

/**
 * How a change reaches an item in a net change.
 * @internal
 */
export const ChangeReach = {
  /** Its own fields, routing or sources changed: its components are replanned too. */
  Own: 1,
  /** It is below a changed item: replanned only when a parent's orders changed. */
  Below: 2,
  /**
   * Only its records (demands, open and firm planned orders) or the BOM lines it is a child on
   * changed: replanned, and its components only when its orders change.
   */
  Inputs: 3,
} as const;

/**
 * What a net change starts from: the previous plan, the items that may change in planning order,
 * and how the change reaches each of them.
 * @internal
 */
export interface NetChangeBase {
  readonly result: PlanResult;
  /** The changed items and every item below them, in planning order. */
  readonly items: Int32Array;
  /**
   * A {@link ChangeReach} per item. An item below a change is replanned only when one of its
   * parents was replanned and either changed itself or made different orders: a parent whose
   * orders came out as before places the same requirements on its components. The plan adds its
   * own flags to these as it goes (the array is the net change's own).
   */
  readonly reach: Uint8Array;
}

/**
 * Options of {@link plan}. The model carries every planning parameter; the options only bound the
 * work, so that one hostile model cannot exhaust the memory of the process planning it.
 *
 * @category Planning
 */
export interface PlanOptions extends PlanLimits {
  /**
   * Net change: replan only `items` (item indexes in planning order), keeping the others from
   * `result`. Used by {@link replan}.
   * @internal
   */
  readonly base?: NetChangeBase;
  /**
   * Called after each low-level code is planned (all items of one BOM level, top first), and once
   * at the end with `items === of`. Planning runs on in the same call: a progress bar can be drawn
   * from here, but the plan cannot be paused.
   */
  readonly onProgress?: (progress: PlanProgress) => void;
}

/**
 * Plans a model: gross-to-net netting, lot sizing, lead-time offsetting, pegging and action
 * messages for every item.
 *
 * @param model - a model from {@link defineModel}
 * @param options - bounds of the work: `maxOrdersPerItem`, `maxOrders`
 * @returns the plan: planned orders with pegging, exceptions, and columns for records
 * @throws {@link PlanLimitError} when the plan would need more orders than the bounds allow, or a
 * requirement above 1e250
 * @example
 * ```ts
 * const model = defineModel({
 *   calendar: { periods: 4 },
 *   items: [{ id: "A", source: "buy", leadTime: 1, onHand: 5 }],
 *   demands: [{ id: "SO-1", item: "A", due: 3, quantity: 20 }],
 * });
 * plan(model).plannedOrders
 * //=> [{ id: "A#1", item: "A", quantity: 15, release: 2, due: 3, pegging: [{ source: "SO-1", date: 3, quantity: 15 }] }]
 * ```
 *
 * @category Planning
 */
export function plan(model: Model, options: PlanOptions = {}): PlanResult {
  const base = options.base;
  const maxPerItem = limitOf(options.maxOrdersPerItem, DEFAULT_MAX_ORDERS_PER_ITEM, "maxOrdersPerItem");
  const maxOrders = limitOf(options.maxOrders, DEFAULT_MAX_ORDERS, "maxOrders");
  const ctx = new PlanContext(model, maxPerItem, maxOrders, base?.result);
  const late = ctx.itemExceptions.late;

  // the items to plan, in planning order: all of them, or the changed ones of a net change
  const todo = base ? base.items : model.planningOrder;
  // a net change marks the items it plans, and those whose orders differ from the previous
  // plan's, in the flags it was given (no array per item for a change of a few items)
  const flags = base?.reach;
  ctx.total = todo.length;
  const onProgress = options.onProgress;
  const llc = model.lowLevelCode;
  let level = todo.length > 0 ? llc[todo[0]!]! : 0;
  for (const i of todo) {
    if (onProgress !== undefined && llc[i] !== level) {
      level = llc[i]!;
      onProgress({ items: ctx.done, of: todo.length });
    }
    if (flags?.[i] === ChangeReach.Below && !parentChanged(model, i, flags)) {
      netChangeItems.kept++;
      ctx.done++;
      continue;
    }
    const before0 = ctx.itemOrderStart[i]!;
    const before1 = ctx.itemOrderEnd[i]!;
    const late0 = late.order.length;
    enterItem(ctx, i);
    clearScratch(ctx);

    // 1. Requirements of the item, sorted by tick, then source.
    collectRequirements(ctx);
    // 2. Supplies: open orders and firm planned orders of the item.
    collectSupplies(ctx);
    // 3. Distinct event ticks with gross requirements, receipts and firm orders.
    collectEvents(ctx);
    // 4. Netting walk, sizing a lot at every net requirement.
    netItem(ctx);
    // 5. Open-order messages of the pegging (first due, first covered); the pegs are recorded
    // when first read.
    pegItem(ctx, null);
    // 6. Below safety stock, over the item's events (the records' events are recorded when
    // first read).
    const ss = ctx.phantom ? 0 : ctx.it.safetyStock;
    if (ss > 0) {
      reserveEvents(ctx);
      recordEvents(ctx);
      belowSafetyStock(ctx, ss);
    }
    // 7. Action messages of the item, with ids and text.
    const late1 = late.order.length;
    setBatch(ctx.itemExceptions, i, ctx.raw.length === 0 && late0 === late1 ? undefined : { model, raw: ctx.raw.length === 0 ? NO_MESSAGES : ctx.raw, late0, late1 });
    if (flags !== undefined) {
      netChangeItems.planned++;
      const own = flags[i] === ChangeReach.Own;
      flags[i]! |= PLANNED;
      if (own || !sameOrders(ctx, before0, before1, ctx.itemOrderStart[i]!, ctx.itemOrderEnd[i]!)) flags[i]! |= CHANGED;
    }
    ctx.done++;
  }

  onProgress?.({ items: ctx.done, of: todo.length });
  clearScratch(ctx);
  const arena = ctx.arena;
  const state: PlanState = {
    arena,
    counts: countsOf(arena),
    itemOrderStart: ctx.itemOrderStart,
    itemOrderEnd: ctx.itemOrderEnd,
    srEff: base ? keptReceiptTicks(ctx, base.result, (i) => (base.reach[i]! & PLANNED) !== 0) : ctx.srEff,
    itemExceptions: ctx.itemExceptions,
    schedules: ctx.schedules,
  };
  arena.owner = state.counts;
  return buildResult(model, lazyColumnsOf(arena, state, () => model), state);
}

/**
 * How many items net changes planned, and how many below a change they kept from the previous
 * plan, since the module loaded. Read by the tests (it never changes a result); not part of the
 * public API.
 *
 * @internal
 */
export const netChangeItems = { planned: 0, kept: 0 };

/** Flags a net change adds to an item's {@link ChangeReach}: planned in this run, and its orders or own fields changed. */
const PLANNED = 4;
const CHANGED = 8;

/** Whether one of item `c`'s parents was replanned and changed (a net change). */
function parentChanged(model: Model, c: number, flags: Uint8Array): boolean {
  const bom = model.bom;
  for (let k = bom.parentStart[c]!; k < bom.parentStart[c + 1]!; k++) if ((flags[bom.parent[bom.parentLines[k]!]!]! & CHANGED) !== 0) return true;
  return false;
}

/** Whether the orders `a0 .. a1` and `b0 .. b1` are the same, field by field. */
function sameOrders(ctx: PlanContext, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  const { oKind, oSeq, oQty, oDue, oRelease, oSource } = ctx;
  const src = ctx.network !== undefined;
  for (let k = 0; k < a1 - a0; k++) {
    const a = a0 + k;
    const b = b0 + k;
    if (oKind.data[a] !== oKind.data[b] || oSeq.data[a] !== oSeq.data[b] || oQty.data[a] !== oQty.data[b] || oDue.data[a] !== oDue.data[b] || oRelease.data[a] !== oRelease.data[b]) return false;
    if (src && oSource.data[a] !== oSource.data[b]) return false;
  }
  return true;
}

/** The raw messages of an item that raised only late releases (the context's list is reused). */
const NO_MESSAGES: readonly RawException[] = Object.freeze([]);

/** A bound option: a whole number >= 1 (Infinity allowed), or the default when missing. */
function limitOf(v: number | undefined, fallback: number, name: string): number {
  if (v === undefined) return fallback;
  if (!(v >= 1) || (Number.isFinite(v) && !Number.isInteger(v))) throw new InvalidOptionError("invalid_quantity", name, v, errorMessages.notACount(v));
  return v;
}
