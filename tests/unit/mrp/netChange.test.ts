/** Net change stops where a replanned item's orders come out as before. */
import { describe, expect, it } from "vitest";
import { applyChanges, defineModel, plan, planToJson, replan, type ModelRecipe, type PlanResult } from "../../../src/index.js";
import { netChangeItems } from "../../../src/mrp/plan.js";

/**
 * A fixed lot of 100 on A absorbs a small change of its demand: A is replanned, its orders are
 * the same, so its component B (and B's component C) keep theirs. D, beside A, is the control:
 * its lot-for-lot orders follow its demand down to E. Ten unrelated items keep the edit a net
 * change.
 */
const model = defineModel({
  calendar: { periods: 8 },
  items: [
    { id: "A", source: "make", leadTime: 1, lotSizing: { rule: "fixed", quantity: 100 } },
    { id: "B", source: "make", leadTime: 1 },
    { id: "C", source: "buy", leadTime: 2 },
    { id: "D", source: "make", leadTime: 1 },
    { id: "E", source: "buy", leadTime: 1 },
    ...Array.from({ length: 10 }, (_, k) => ({ id: `X${k}`, source: "buy" as const })),
  ],
  bom: [
    { parent: "A", child: "B", quantity: 2 },
    { parent: "B", child: "C", quantity: 3 },
    { parent: "D", child: "E", quantity: 1 },
  ],
  demands: [
    { id: "SO-A", item: "A", due: 6, quantity: 40 },
    { id: "SO-D", item: "D", due: 6, quantity: 40 },
  ],
});

/**
 * Replans `model` after `recipe` from a fresh plan: the result, which must equal a full plan of
 * the edited model, and how many items the net change planned and kept.
 */
function replanned(recipe: ModelRecipe): { next: PlanResult; planned: number; kept: number } {
  const base = plan(model);
  const edit = applyChanges(model, recipe);
  const before = { ...netChangeItems };
  const next = replan(base, edit.model, { patches: edit.patches });
  const counts = { planned: netChangeItems.planned - before.planned, kept: netChangeItems.kept - before.kept };
  expect(planToJson(next)).toEqual(planToJson(plan(edit.model)));
  return { next, ...counts };
}

/** The quantity and due date of an item's planned orders. */
const ordersOf = (r: PlanResult, item: string) => r.plannedOrders.filter((o) => o.item === item).map((o) => [o.quantity, o.due]);

describe("net change", () => {
  it("keeps the components of an item whose orders did not change", () => {
    const { next, planned, kept } = replanned((d) => void (d.demands.find((x) => x.id === "SO-A")!.quantity = 45));
    // A is replanned (its demand changed); one order of 100 either way, so B and C are kept
    expect({ planned, kept }).toEqual({ planned: 1, kept: 2 });
    expect(ordersOf(next, "B")).toEqual([[200, 5]]);
  });

  it("replans the components of an item whose orders changed", () => {
    const { next, planned, kept } = replanned((d) => void (d.demands.find((x) => x.id === "SO-D")!.quantity = 45));
    expect({ planned, kept }).toEqual({ planned: 2, kept: 0 });
    expect(ordersOf(next, "E")).toEqual([[45, 5]]);
  });

  it("replans the components of a changed parent even when its own orders stay the same", () => {
    // assembly scrap on A changes what B needs, not A's orders
    const { next, planned, kept } = replanned((d) => void (d.items.find((x) => x.id === "A")!.assemblyScrap = 0.1));
    expect({ planned, kept }).toEqual({ planned: 3, kept: 0 });
    expect(ordersOf(next, "B")).toEqual([[220, 5]]);
  });
});
