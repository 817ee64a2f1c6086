/**
 * Net change equals regeneration: for random models and random edits (demands added, removed,
 * moved and resized, stock changed, BOM lines added and removed, lot rules changed, open orders
 * changed), `replan(plan(before), after, patches)` prints exactly what `plan(after)` prints. Chains
 * of edits and two edits from the same plan (which must not disturb each other) are covered too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, defineModel, plan, summarizePlan, planToJson, replan, type Model, type ModelRecipe, type PlanResult } from "../../src/index.ts";
import { replanPaths } from "../../src/mrp/replan.ts";
import { netChangeItems } from "../../src/mrp/plan.ts";
import { H, modelArb, type Json } from "../helpers/modelArb.js";

/**
 * The random model plus 12 unrelated bought items: `replan` regenerates when an edit dirties a
 * quarter of the items or more, and the bare models (1-6 items) sent 65 % of the edits there.
 * Padded (13-18 items), nearly every edit dirties fewer than a quarter, so net change runs.
 */
const PAD = Array.from({ length: 12 }, (_, k) => `PAD${String(k).padStart(2, "0")}`);
const paddedModelArb = modelArb().map((json: Json) => ({ ...json, items: [...json.items, ...PAD.map((id) => ({ id, source: "buy" as const, leadTime: 1, cost: { setup: 50, holding: 1 } }))] }));

/** Runs `body`, then returns the share of its replans that took the net-change path. */
function netChangeShare(body: () => void): { share: number; replans: number } {
  const before = { ...replanPaths };
  body();
  const net = replanPaths.netChange - before.netChange;
  const replans = net + replanPaths.regenerative - before.regenerative;
  return { share: net / replans, replans };
}

/** One random edit, as an immer recipe over the model's data. */
const editArb: fc.Arbitrary<{ name: string; recipe: (m: Model) => ModelRecipe }> = fc.oneof(
  fc.record({ k: fc.nat(), q: fc.integer({ min: 1, max: 80 }) }).map(({ k, q }) => ({
    name: "resize a demand",
    recipe: (): ModelRecipe => (d) => {
      if (d.demands.length > 0) d.demands[k % d.demands.length]!.quantity = q;
    },
  })),
  fc.record({ k: fc.nat(), due: fc.integer({ min: 0, max: H + 1 }) }).map(({ k, due }) => ({
    name: "move a demand",
    recipe: (): ModelRecipe => (d) => {
      if (d.demands.length > 0) d.demands[k % d.demands.length]!.due = due;
    },
  })),
  fc.record({ k: fc.nat(), j: fc.nat() }).map(({ k, j }) => ({
    name: "move a demand to another item",
    recipe: (m: Model): ModelRecipe => (d) => {
      if (d.demands.length > 0) d.demands[k % d.demands.length]!.item = m.items[j % m.itemCount]!.id;
    },
  })),
  fc.nat().map((k) => ({
    name: "remove a demand",
    recipe: (): ModelRecipe => (d) => {
      if (d.demands.length > 0) d.demands.splice(k % d.demands.length, 1);
    },
  })),
  fc.record({ k: fc.nat(), due: fc.integer({ min: 1, max: H }), q: fc.integer({ min: 1, max: 50 }) }).map(({ k, due, q }) => ({
    name: "add a demand",
    recipe: (m: Model): ModelRecipe => (d) => {
      d.demands.push({ id: `NEW-${k}`, item: m.items[k % m.itemCount]!.id, due, quantity: q, kind: "order" });
    },
  })),
  fc.record({ k: fc.nat(), q: fc.constantFrom(0, 7, 25, 100) }).map(({ k, q }) => ({
    name: "change stock",
    recipe: (m: Model): ModelRecipe => (d) => {
      d.items[k % m.itemCount]!.onHand = q;
    },
  })),
  fc.record({ k: fc.nat(), rule: fc.constantFrom("lot-for-lot", "wagner-whitin", "silver-meal", "poq") }).map(({ k, rule }) => ({
    name: "change a lot rule",
    recipe: (m: Model): ModelRecipe => (d) => {
      d.items[k % m.itemCount]!.lotSizing = { rule } as never;
    },
  })),
  fc.record({ a: fc.nat(), b: fc.nat(), q: fc.constantFrom(1, 2, 3) }).map(({ a, b, q }) => ({
    name: "add a BOM line",
    recipe: (m: Model): ModelRecipe => (d) => {
      // items are sorted by id; lines from a lower to a higher index of the generator's order
      // could close a cycle here, so only add lines to items that have no children at all
      const ids = m.items.map((i) => i.id);
      const parent = ids[a % ids.length]!;
      const leaves = ids.filter((id) => id !== parent && !d.bom.some((l) => l.parent === id) && !reaches(d.bom, id, parent));
      if (leaves.length === 0) return;
      d.bom.push({ parent, child: leaves[b % leaves.length]!, quantity: q, scrap: 0, fixed: false, offset: 0, operation: null, from: null, to: null });
    },
  })),
  fc.nat().map((k) => ({
    name: "remove a BOM line",
    recipe: (): ModelRecipe => (d) => {
      if (d.bom.length > 0) d.bom.splice(k % d.bom.length, 1);
    },
  })),
  fc.record({ k: fc.nat(), q: fc.integer({ min: 1, max: 60 }) }).map(({ k, q }) => ({
    name: "resize an open order",
    recipe: (): ModelRecipe => (d) => {
      if (d.scheduledReceipts.length > 0) d.scheduledReceipts[k % d.scheduledReceipts.length]!.quantity = q;
    },
  })),
);

/** Whether `from` reaches `to` going down the BOM. */
function reaches(bom: readonly { parent: string; child: string }[], from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x === to) return true;
    for (const l of bom) if (l.parent === x && !seen.has(l.child)) (seen.add(l.child), stack.push(l.child));
  }
  return false;
}

const print = (r: PlanResult) => JSON.stringify({ plan: planToJson(r), summary: summarizePlan(r) });

describe("replan", () => {
  it("equals a regenerative plan after any edit (500 random models and edits)", () => {
    const kept0 = netChangeItems.kept;
    const { share, replans } = netChangeShare(() =>
      fc.assert(
        fc.property(paddedModelArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (json, edits) => {
          const before = defineModel(json);
          let prevPlan = plan(before);
          let model = before;
          for (const e of edits) {
            const { model: next, patches } = applyChanges(model, e.recipe(model));
            const net = replan(prevPlan, next, { patches });
            // the edited model plans as the same model defined from scratch would
            const fresh = plan(defineModel(JSON.parse(JSON.stringify(next.data))));
            expect(print(net), e.name).toBe(print(fresh));
            prevPlan = net;
            model = next;
          }
        }),
        { seed: 42, numRuns: 500 },
      ),
    );
    // the oracle reaches its subject: most edits were planned by net change, not regenerated
    expect(replans).toBeGreaterThan(500);
    expect(share).toBeGreaterThanOrEqual(0.9);
    // and net changes kept items below a change whose parents made the same orders again
    expect(netChangeItems.kept - kept0).toBeGreaterThan(50);
  }, 180_000);

  it("equals a regenerative plan without patches too, and two edits of one plan do not disturb each other", () => {
    const { share, replans } = netChangeShare(() =>
      fc.assert(
        fc.property(paddedModelArb, editArb, editArb, (json, e1, e2) => {
          const before = defineModel(json);
          const base = plan(before);
          const a = applyChanges(before, e1.recipe(before)).model;
          const b = applyChanges(before, e2.recipe(before)).model;
          const ra = replan(base, a);
          const rb = replan(base, b);
          const ra2 = replan(ra, b);
          expect(print(ra)).toBe(print(plan(a)));
          expect(print(rb)).toBe(print(plan(b)));
          expect(print(ra2)).toBe(print(plan(b)));
          // the base plan still prints what it printed
          expect(print(base)).toBe(print(plan(before)));
        }),
        { seed: 7, numRuns: 300 },
      ),
    );
    expect(replans).toBe(900);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it("replans only what changed: one demand touches its item and the items below it", () => {
    const model = defineModel({
      calendar: { periods: 4 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "B", source: "buy" },
        { id: "X", source: "make" },
        { id: "Y", source: "buy" },
        // unrelated items, so that the change touches less than a quarter of the model
        ...["P1", "P2", "P3", "P4", "P5", "P6"].map((id) => ({ id, source: "buy" as const })),
      ],
      bom: [
        { parent: "A", child: "B", quantity: 2 },
        { parent: "X", child: "Y", quantity: 1 },
      ],
      demands: [
        { id: "SO-A", item: "A", due: 3, quantity: 5 },
        { id: "SO-X", item: "X", due: 3, quantity: 5 },
      ],
    });
    const base = plan(model);
    const { model: next, patches } = applyChanges(model, (d) => {
      d.demands.find((x) => x.id === "SO-A")!.quantity = 9;
    });
    const net = replan(base, next, { patches });
    // X and Y kept their order objects' columns: the same order indexes as before
    const c0 = base.columns;
    const c1 = net.columns;
    for (const id of ["X", "Y"]) {
      const i = next.itemIndex.get(id)!;
      expect(c1.itemOrderStart[i]).toBe(c0.itemOrderStart[i]);
    }
    for (const id of ["A", "B"]) {
      const i = next.itemIndex.get(id)!;
      expect(c1.itemOrderStart[i]).toBeGreaterThanOrEqual(c0.orderItem.length);
    }
    expect(net.plannedOrders.map((o) => `${o.id} ${o.quantity}`)).toEqual(["A#1 9", "X#1 5", "B#1 18", "Y#1 5"]);
  });
});
