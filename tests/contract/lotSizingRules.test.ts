/**
 * The lot-sizing contract (lotSizingRule.contract.ts) run for each of the ten rules, each with
 * the law its own parameters impose, checked against an independent statement of the rule.
 */
import { expect } from "vitest";
import type { LotContext, LotSize, LotWindow } from "../../src/mrp/lotSizing/types.ts";
import { close, lotSizingRuleContract } from "./lotSizingRule.contract.ts";

/** Tolerance of the cost comparisons (the rules treat values within 1e-9 as ties). */
const atMost = (a: number, b: number) => a <= b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Sum of the nets due before `end`. */
function netsBefore(w: LotWindow, end: number): number {
  let s = 0;
  for (let k = 0; k < w.count && w.ticks[k]! < end; k++) s += w.nets[k]!;
  return s;
}

/** Holding cost of a lot received at entry `from` covering entries `from .. to - 1`. */
function holdingCost(w: LotWindow, from: number, to: number, holding: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h += holding * (w.ticks[k]! - w.ticks[from]!) * w.nets[k]!;
  return h;
}

/** The index one past the requirements a lot of `quantity` covers exactly. */
function coverOf(w: LotWindow, quantity: number): number {
  let s = 0;
  for (let k = 0; k < w.count; k++) {
    s += w.nets[k]!;
    if (close(s, quantity)) return k + 1;
  }
  throw new Error(`lot ${quantity} covers no whole requirements`);
}

/** Asserts a lot of whole `orderSize` orders, the fewest that cover the first requirement. */
function fewestOrders(ctx: LotContext, lot: LotSize, orderSize: number): void {
  expect(lot.orderSize).toBe(orderSize);
  const n0 = ctx.window.nets[0]!;
  expect(lot.quantity >= n0 || close(lot.quantity, n0)).toBe(true);
  expect(lot.quantity - orderSize < n0 && !close(lot.quantity - orderSize, n0)).toBe(true);
}

/** Asserts the cover is where a per-something cost stops strictly falling. */
function firstLocalMinimum(ctx: LotContext, cover: number, costOf: (k: number) => number): void {
  for (let k = 2; k <= cover; k++) expect(atMost(costOf(k), costOf(k - 1)), `cover ${k} is no cheaper than ${k - 1}`).toBe(true);
  if (cover < ctx.window.count) expect(atMost(costOf(cover), costOf(cover + 1)), `cover ${cover + 1} would be cheaper`).toBe(true);
}

lotSizingRuleContract("lot-for-lot", {
  lotSizing: { rule: "lot-for-lot" },
  ownLaw: (ctx, lot) => expect(lot).toEqual({ quantity: ctx.window.nets[0], orderSize: null }),
});

lotSizingRuleContract("fixed (25)", {
  lotSizing: { rule: "fixed", quantity: 25 },
  ownLaw: (ctx, lot) => fewestOrders(ctx, lot, 25),
  ownPlanLaw: (orders) => orders.forEach((o) => expect(o.quantity).toBe(25)),
});

lotSizingRuleContract("periods-of-supply (3)", {
  lotSizing: { rule: "periods-of-supply", periods: 3 },
  ownLaw: (ctx, lot) => {
    expect(lot.orderSize).toBeNull();
    expect(close(lot.quantity, netsBefore(ctx.window, ctx.window.ticks[0]! + 3))).toBe(true);
  },
});

lotSizingRuleContract("eoq", {
  lotSizing: { rule: "eoq" },
  ownLaw: (ctx, lot) => {
    const eoq = Math.sqrt((2 * ctx.demandPerTick * ctx.costs.setup) / ctx.costs.holding);
    // the EOQ rounded up to the item's decimals (0 here): a whole number in [eoq, eoq + 1)
    const size = lot.orderSize!;
    expect(Number.isInteger(size)).toBe(true);
    expect(size >= eoq - 1e-9 && size < eoq + 1).toBe(true);
    fewestOrders(ctx, lot, size);
  },
  ownPlanLaw: (orders) => orders.forEach((o) => expect(o.quantity).toBe(orders[0]!.quantity)),
});

lotSizingRuleContract("poq", {
  lotSizing: { rule: "poq" },
  ownLaw: (ctx, lot) => {
    const { setup, holding } = ctx.costs;
    const periods = Math.max(1, Math.round(Math.sqrt((2 * ctx.demandPerTick * setup) / holding) / ctx.demandPerTick));
    expect(lot.orderSize).toBeNull();
    expect(close(lot.quantity, netsBefore(ctx.window, ctx.window.ticks[0]! + periods))).toBe(true);
  },
});

lotSizingRuleContract("wagner-whitin", {
  lotSizing: { rule: "wagner-whitin" },
  ownLaw: (ctx, lot) => {
    const w = ctx.window;
    const { setup, holding } = ctx.costs;
    // the cheapest way to cover entries i.. by trying every split (windows hold at most 8)
    const cheapest = (i: number): number => {
      if (i === w.count) return 0;
      let best = Infinity;
      for (let j = i + 1; j <= w.count; j++) best = Math.min(best, setup + holdingCost(w, i, j, holding) + cheapest(j));
      return best;
    };
    const cover = coverOf(w, lot.quantity);
    // the first lot starts an optimal plan
    expect(atMost(setup + holdingCost(w, 0, cover, holding) + cheapest(cover), cheapest(0))).toBe(true);
  },
});

lotSizingRuleContract("silver-meal", {
  lotSizing: { rule: "silver-meal" },
  ownLaw: (ctx, lot) => {
    const w = ctx.window;
    const perTick = (k: number) => (ctx.costs.setup + holdingCost(w, 0, k, ctx.costs.holding)) / (w.ticks[k - 1]! - w.ticks[0]! + 1);
    firstLocalMinimum(ctx, coverOf(w, lot.quantity), perTick);
  },
});

lotSizingRuleContract("least-unit-cost", {
  lotSizing: { rule: "least-unit-cost" },
  ownLaw: (ctx, lot) => {
    const w = ctx.window;
    const perUnit = (k: number) => (ctx.costs.setup + holdingCost(w, 0, k, ctx.costs.holding)) / netsBefore(w, w.ticks[k - 1]! + 1);
    firstLocalMinimum(ctx, coverOf(w, lot.quantity), perUnit);
  },
});

lotSizingRuleContract("part-period-balancing", {
  lotSizing: { rule: "part-period-balancing" },
  ownLaw: (ctx, lot) => {
    const w = ctx.window;
    const { setup, holding } = ctx.costs;
    const cover = coverOf(w, lot.quantity);
    // candidates: lots up to the first whose holding cost reaches the setup cost
    let last = 1;
    while (last < w.count && holdingCost(w, 0, last, holding) < setup) last++;
    expect(cover).toBeLessThanOrEqual(last);
    const gap = (k: number) => Math.abs(holdingCost(w, 0, k, holding) - setup);
    for (let k = 1; k <= last; k++) expect(atMost(gap(cover), gap(k)), `cover ${k} balances better than ${cover}`).toBe(true);
  },
});

lotSizingRuleContract("min-max (10, 60)", {
  lotSizing: { rule: "min-max", min: 10, max: 60 },
  ownLaw: (ctx, lot) => {
    // order up to the max (no safety stock here), at least the triggering requirement
    expect(lot.orderSize).toBeNull();
    expect(close(lot.quantity, Math.max(ctx.window.nets[0]!, 60 - ctx.available))).toBe(true);
  },
});
