/**
 * The contract every lot-sizing rule keeps, run against each rule by lotSizingRules.test.ts.
 *
 * A rule sits behind one interface (`LotSizingPolicy`): given the open net requirements (the
 * window), the item's costs, the mean requirement per tick and the projected available, it sizes
 * the next lot. Whatever the rule, the lot
 *   1. covers the requirement that triggered it, and is a finite positive quantity;
 *   2. is whole orders of `orderSize` when the rule sets one;
 *   3. is the same for the same context, and leaves the context as it found it;
 *   4. depends only on the requirements within the rule's own look-ahead;
 *   5. never splits a requirement when the rule looks ahead (it covers whole requirements);
 *   6. is what the rule's parameters say it is (each rule's own law, given by its test).
 * Planned through `plan()`, every rule covers every net requirement in time (projected on hand
 * never goes negative), orders only positive quantities, and plans the same model the same way.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policyFor } from "../../src/mrp/lotSizing/policyFor.ts";
import type { LotContext, LotSize, LotSizingPolicy, LotWindow } from "../../src/mrp/lotSizing/types.ts";
import { defineModel, itemRecords, ItemSchema, plan, planToJson, type LotSizing, type PlannedOrder } from "../../src/index.ts";

/** A lot-sizing rule as a model states it, with the law its parameters impose. */
export interface LotSizingRuleUnderTest {
  /** The rule and its parameters, as in an item's `lotSizing`. */
  readonly lotSizing: LotSizing;
  /** Asserts what the rule's parameters say the lot for `ctx` must be. */
  readonly ownLaw: (ctx: LotContext, lot: LotSize) => void;
  /** Asserts what the rule's parameters say about the planned orders of one item, if anything. */
  readonly ownPlanLaw?: (orders: readonly PlannedOrder[]) => void;
}

/** Relative tolerance of quantity comparisons (sums of decimal nets). */
const TOL = 1e-9;
export const close = (a: number, b: number) => Math.abs(a - b) <= TOL * Math.max(1, Math.abs(a), Math.abs(b));

/** A window of 1-8 open requirements on strictly increasing ticks, with positive nets. */
const windowArb = fc
  .array(fc.record({ gap: fc.integer({ min: 1, max: 4 }), net: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constantFrom(0.5, 2.25, 17.5)) }), { minLength: 1, maxLength: 8 })
  .chain((entries) =>
    fc.integer({ min: 0, max: 5 }).map((start) => {
      const ticks = new Int32Array(entries.length);
      const nets = new Float64Array(entries.length);
      let t = start;
      entries.forEach((e, k) => {
        if (k > 0) t += e.gap;
        ticks[k] = t;
        nets[k] = e.net;
      });
      return { ticks, nets, count: entries.length } satisfies LotWindow;
    }),
  );

/** A lot context; `available` is what is left before the lot, at most the trigger level. */
const contextArb = fc
  .record({
    window: windowArb,
    setup: fc.constantFrom(1, 10, 50, 200, 1000),
    holding: fc.constantFrom(0.1, 0.5, 1, 2, 5),
    demandPerTick: fc.constantFrom(0.5, 5, 20, 75),
    level: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ window, setup, holding, demandPerTick, level }) => ({
    window,
    costs: { setup, holding },
    demandPerTick,
    available: level - window.nets[0]!,
  }));

/** The policy of the rule for an item with the context's costs (as the engine builds it). */
function policyOf(rule: LotSizing, ctx: LotContext): LotSizingPolicy {
  const item = ItemSchema.parse({ id: "X", source: "buy", lotSizing: rule, cost: { setup: ctx.costs.setup, holding: ctx.costs.holding } });
  return policyFor(item, ctx.demandPerTick).policy;
}

/** The window cut to what a policy with `lookAhead` may look at. */
function within(w: LotWindow, lookAhead: number): LotWindow {
  let n = 1;
  if (lookAhead === Infinity) n = w.count;
  else if (lookAhead > 0) while (n < w.count && w.ticks[n]! < w.ticks[0]! + lookAhead) n++;
  return { ticks: w.ticks.slice(0, n), nets: w.nets.slice(0, n), count: n };
}

const RUNS = { seed: 11, numRuns: 400 };

/** Registers the contract's tests for one rule. */
export function lotSizingRuleContract(name: string, rule: LotSizingRuleUnderTest): void {
  describe(`lot-sizing rule ${name}`, () => {
    it("covers the triggering requirement with a finite positive lot, in whole orders", () => {
      fc.assert(
        fc.property(contextArb, (ctx) => {
          const lot = policyOf(rule.lotSizing, ctx).size(ctx);
          expect(Number.isFinite(lot.quantity)).toBe(true);
          expect(lot.quantity).toBeGreaterThan(0);
          expect(lot.quantity >= ctx.window.nets[0]! || close(lot.quantity, ctx.window.nets[0]!)).toBe(true);
          if (lot.orderSize !== null) {
            expect(lot.orderSize).toBeGreaterThan(0);
            const orders = lot.quantity / lot.orderSize;
            expect(close(orders, Math.round(orders)) && Math.round(orders) >= 1).toBe(true);
          }
        }),
        RUNS,
      );
    });

    it("is deterministic and leaves its context unchanged", () => {
      fc.assert(
        fc.property(contextArb, (ctx) => {
          const ticks = Array.from(ctx.window.ticks);
          const nets = Array.from(ctx.window.nets);
          const costs = { ...ctx.costs };
          const policy = policyOf(rule.lotSizing, ctx);
          const first = policy.size(ctx);
          expect(policy.size(ctx)).toEqual(first);
          expect(policyOf(rule.lotSizing, ctx).size(ctx)).toEqual(first);
          expect(Array.from(ctx.window.ticks)).toEqual(ticks);
          expect(Array.from(ctx.window.nets)).toEqual(nets);
          expect(ctx.costs).toEqual(costs);
        }),
        RUNS,
      );
    });

    it("depends only on the requirements within its look-ahead", () => {
      fc.assert(
        fc.property(contextArb, (ctx) => {
          const policy = policyOf(rule.lotSizing, ctx);
          expect(policy.lookAhead).toBeGreaterThanOrEqual(0);
          expect(policy.size({ ...ctx, window: within(ctx.window, policy.lookAhead) })).toEqual(policy.size(ctx));
        }),
        RUNS,
      );
    });

    it("covers whole requirements when it looks ahead", () => {
      fc.assert(
        fc.property(contextArb, (ctx) => {
          const policy = policyOf(rule.lotSizing, ctx);
          if (policy.lookAhead === 0) return;
          const lot = policy.size(ctx);
          expect(lot.orderSize).toBeNull();
          let sum = 0;
          let whole = false;
          for (let k = 0; k < ctx.window.count && !whole; k++) {
            sum += ctx.window.nets[k]!;
            whole = close(sum, lot.quantity);
          }
          expect(whole, `lot ${lot.quantity} is not the sum of the first requirements`).toBe(true);
        }),
        RUNS,
      );
    });

    it("sizes the lot as its parameters say", () => {
      fc.assert(
        fc.property(contextArb, (ctx) => {
          rule.ownLaw(ctx, policyOf(rule.lotSizing, ctx).size(ctx));
        }),
        RUNS,
      );
    });

    it("through plan(): covers every net requirement in time, with positive orders, the same way every time", () => {
      const demandsArb = fc.array(fc.record({ due: fc.integer({ min: 2, max: 12 }), quantity: fc.integer({ min: 1, max: 90 }) }), { minLength: 1, maxLength: 8 });
      fc.assert(
        fc.property(demandsArb, fc.constantFrom(0, 15, 40), (demands, onHand) => {
          const json = {
            calendar: { periods: 12 },
            items: [{ id: "X", source: "buy", leadTime: 1, onHand, lotSizing: rule.lotSizing, cost: { setup: 60, holding: 1 } }],
            demands: demands.map((d, k) => ({ id: `D${k}`, item: "X", due: d.due, quantity: d.quantity })),
          };
          const result = plan(defineModel(json));
          for (const o of result.plannedOrders) {
            expect(Number.isFinite(o.quantity)).toBe(true);
            expect(o.quantity).toBeGreaterThan(0);
          }
          for (const r of itemRecords(result, "X")) expect(r.projectedOnHand, `period ${r.period}`).toBeGreaterThanOrEqual(0);
          const received = result.plannedOrders.reduce((s, o) => s + o.quantity, 0);
          const needed = demands.reduce((s, d) => s + d.quantity, 0) - onHand;
          expect(received).toBeGreaterThanOrEqual(needed);
          rule.ownPlanLaw?.(result.plannedOrders);
          expect(planToJson(plan(defineModel(structuredClone(json))))).toEqual(planToJson(result));
        }),
        { seed: 5, numRuns: 150 },
      );
    });
  });
}
