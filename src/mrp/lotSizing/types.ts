import { EPS } from "../../internal/quantity.js";

/**
 * The open net requirements a lot-sizing rule looks ahead over: lot-for-lot net requirements
 * still open after earlier lots, in tick order. Entry 0 is the requirement that triggered the lot.
 */
export interface LotWindow {
  /** Need tick of each open net requirement, ascending. */
  readonly ticks: Int32Array;
  /** Quantity of each open net requirement (> 0). */
  readonly nets: Float64Array;
  /** How many entries are valid. */
  readonly count: number;
}

/** Costs of an item used by the cost-based rules. */
export interface LotCosts {
  /** Cost per order. */
  readonly setup: number;
  /** Cost per unit per tick held (charged on end-of-tick inventory). */
  readonly holding: number;
}

/**
 * A rule that decides how many entries of the window the next lot covers (at least 1).
 */
export type CoverRule = (window: LotWindow, costs: LotCosts) => number;

/** `a < b`, where values within a relative {@link EPS} of each other count as equal (a tie). */
export function strictlyLess(a: number, b: number): boolean {
  if (!Number.isFinite(b)) return a < b;
  return a < b - EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Holding cost of covering entry k from a lot received for entry 0. */
export function holdingOf(w: LotWindow, k: number, holding: number): number {
  return holding * (w.ticks[k]! - w.ticks[0]!) * w.nets[k]!;
}

/** What the netting engine tells a lot-sizing rule when a lot is needed. */
export interface LotContext {
  /** The open net requirements, entry 0 being the one that triggered the lot. */
  readonly window: LotWindow;
  /** Setup and holding cost of the item. */
  readonly costs: LotCosts;
  /** Mean gross requirement per tick over the horizon (for `eoq` and `poq`). */
  readonly demandPerTick: number;
  /** Projected available (with earlier lots) at the trigger tick, before this lot. */
  readonly available: number;
}

/**
 * A lot: `quantity` in total; when `orderSize` is set the lot is `quantity / orderSize` orders of
 * `orderSize` each and order modifiers do not apply (`fixed`, `eoq`).
 */
export interface LotSize {
  readonly quantity: number;
  readonly orderSize: number | null;
}

/** One lot-sizing rule behind the common interface. */
export interface LotSizingPolicy {
  /**
   * How far the engine must look ahead: `0` only the triggering requirement, a positive number
   * the requirements due within that many ticks, `Infinity` all of them.
   */
  readonly lookAhead: number;
  /** The lot for the window. */
  size(ctx: LotContext): LotSize;
}

/** Sum of the first `cover` nets of the window. */
export function sumNets(w: LotWindow, cover: number): number {
  let s = 0;
  for (let k = 0; k < cover; k++) s += w.nets[k]!;
  return s;
}
