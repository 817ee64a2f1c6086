/** Edge cases of netting, pegging and validation found while checking the engine by hand. */
import { describe, expect, it } from "vitest";
import { applyChanges, defineModel, itemRecords, pegToDemands, plan, summarizePlan, replan, safeDefineModel } from "../../../src/index.js";

const kinds = (json: unknown) => plan(defineModel(json)).exceptions.map((e) => `${e.kind} ${e.ref ?? ""} ${e.date}${e.newDate === undefined ? "" : `>${e.newDate}`}`);

describe("netting edge cases", () => {
  it("raises no below-safety-stock when the first period's receipt restores it", () => {
    // on hand 5 < safety stock 10: a planned order of 5 arrives in period 1 (late), then 10 for D1
    const json = { calendar: { periods: 4 }, items: [{ id: "A", source: "buy", leadTime: 1, onHand: 5, safetyStock: 10 }], demands: [{ id: "D1", item: "A", due: 3, quantity: 10 }] };
    expect(itemRecords(plan(defineModel(json)), "A").map((r) => r.projectedOnHand)).toEqual([10, 10, 10, 10]);
    expect(kinds(json)).toEqual(["late-release A#1 0>1"]);
  });

  it("explodes a firm planned order due after the horizon when it is released inside it", () => {
    // A has lead time 4; F1 due period 8 is released in period 4, so B needs 10 in period 4
    const json = {
      calendar: { periods: 6 },
      items: [{ id: "A", source: "make", leadTime: 4 }, { id: "B", source: "buy" }],
      bom: [{ parent: "A", child: "B", quantity: 1 }],
      firmPlannedOrders: [{ id: "F1", item: "A", due: 8, quantity: 10 }],
    };
    expect(itemRecords(plan(defineModel(json)), "B").map((r) => r.grossRequirements)).toEqual([0, 0, 0, 10, 0, 0]);
    expect(kinds(json)).toEqual([]);
  });

  it("pegs stock allocated beyond on hand, so a pulled-in order is not also cancelled", () => {
    // available = 0 - 3: PO-1 (23, period 3) is pulled in to period 1 and covers the allocation
    const json = {
      calendar: { periods: 4 },
      items: [{ id: "A", source: "buy", allocated: 3, rescheduleHorizon: 2 }],
      scheduledReceipts: [{ id: "PO-1", item: "A", due: 3, quantity: 23 }],
    };
    expect(kinds(json)).toEqual(["reschedule-in PO-1 3>1"]);
    const alone = plan(defineModel({ calendar: { periods: 4 }, items: [{ id: "A", source: "buy", allocated: 3 }] }));
    expect(alone.plannedOrders[0]!.pegging).toEqual([{ source: "allocated", date: 1, quantity: 3 }]);
  });

  it("pegs the min-max trigger level, so a pulled-in order is not also cancelled", () => {
    const json = {
      calendar: { periods: 4 },
      items: [{ id: "A", source: "buy", onHand: 10, rescheduleHorizon: 2, lotSizing: { rule: "min-max", min: 4, max: 23 } }],
      scheduledReceipts: [{ id: "PO-1", item: "A", due: 3, quantity: 10 }],
      demands: [{ id: "D1", item: "A", due: 2, quantity: 8 }],
    };
    expect(kinds(json)).toEqual(["reschedule-in PO-1 3>2"]);
  });

  it("rounds the maximum down to the decimals before splitting", () => {
    const json = {
      calendar: { periods: 1 },
      items: [{ id: "A", source: "buy", orderModifiers: { maximum: 12.5 } }],
      demands: [{ id: "D1", item: "A", due: 1, quantity: 30 }],
    };
    expect(plan(defineModel(json)).plannedOrders.map((o) => o.quantity)).toEqual([12, 12, 6]);
  });

  it("plans one lot by part-period balancing when holding costs nothing", () => {
    const json = {
      calendar: { periods: 4 },
      items: [{ id: "A", source: "buy", lotSizing: { rule: "part-period-balancing" }, cost: { setup: 100, holding: 0 } }],
      demands: [1, 2, 3, 4].map((p) => ({ id: `D${p}`, item: "A", due: p, quantity: 10 })),
    };
    expect(plan(defineModel(json)).plannedOrders.map((o) => [o.quantity, o.due])).toEqual([[40, 1]]);
  });
});

describe("validation of order modifiers and fences", () => {
  const codes = (item: object, periods = 4) => {
    const r = safeDefineModel({ calendar: { periods }, items: [{ id: "A", source: "buy", ...item }] });
    return r.success ? [] : r.error.issues.map((i) => `${i.code} ${i.path.join(".")}`);
  };
  it("rejects a maximum that, rounded down to the multiple, is below the minimum", () => {
    expect(codes({ orderModifiers: { minimum: 15, multiple: 10, maximum: 18 } })).toEqual(["too_small items.0.orderModifiers.maximum"]);
  });
  it("rejects a multiple or a fixed lot the decimals cannot order", () => {
    expect(codes({ orderModifiers: { multiple: 1.5 } })).toEqual(["invalid_value items.0.orderModifiers.multiple"]);
    expect(codes({ lotSizing: { rule: "fixed", quantity: 2.5 } })).toEqual(["invalid_value items.0.lotSizing.quantity"]);
    expect(codes({ decimals: 1, lotSizing: { rule: "fixed", quantity: 2.5 } })).toEqual([]);
  });
  it("rejects a planning time fence that reaches past the horizon", () => {
    expect(codes({ planningTimeFence: 5 }, 3)).toEqual(["too_big items.0.planningTimeFence"]);
    expect(codes({ planningTimeFence: 2 }, 3)).toEqual([]);
  });
});

describe("a 100,000-level chain", () => {
  it("plans, pegs and replans without recursion", () => {
    const N = 100_000;
    const items = Array.from({ length: N }, (_, i) => ({ id: `I${i}`, source: i === N - 1 ? ("buy" as const) : ("make" as const) }));
    const bom = Array.from({ length: N - 1 }, (_, i) => ({ parent: `I${i}`, child: `I${i + 1}`, quantity: 1 }));
    const model = defineModel({ calendar: { periods: 4 }, items, bom, demands: [{ id: "D", item: "I0", due: 2, quantity: 3 }] });
    const result = plan(model);
    expect(result.plannedOrders).toHaveLength(N);
    const peg = pegToDemands(result, `I${N - 1}#1`);
    expect(peg).toHaveLength(1);
    expect(peg[0]!.demand).toBe("D");
    expect(peg[0]!.quantity).toBe(3);
    expect(peg[0]!.path).toHaveLength(N);
    expect(peg[0]!.path[N - 1]).toBe("I0#1");
    const { model: next, patches } = applyChanges(model, (d) => {
      d.demands[0]!.quantity = 4;
    });
    expect(summarizePlan(replan(result, next, { patches })).plannedQuantity).toBe(4 * N);
  });
});
