/** Routing lead times and operation-timed components in the netting engine. */
import { describe, expect, it } from "vitest";
import { defineModel, itemRecords, plan } from "../../../src/index.js";

// WC-1 has 8 hours per period.
// A (20 units due period 10): op 20 runs 0.1 h/unit = 2 h -> 1 period, queue 1: periods 8..9 (start 8);
// op 10: setup 2 + 0.5 h/unit = 12 h -> 2 periods, move 1: run in periods 5..6, move in 7; start 5.
// So A is released in period 5 (a routing lead time of 5), B (on op 10) is needed in period 5 and
// C (on op 20) in period 8.
const model = defineModel({
  calendar: { periods: 10 },
  items: [
    { id: "A", source: "make", leadTimeFrom: "routing", leadTime: 1 },
    { id: "B", source: "buy" },
    { id: "C", source: "buy" },
    { id: "D", source: "buy" },
  ],
  bom: [
    { parent: "A", child: "B", quantity: 1, operation: 10 },
    { parent: "A", child: "C", quantity: 2, operation: 20 },
    { parent: "A", child: "D", quantity: 1 },
  ],
  workCenters: [{ id: "WC-1", capacity: 8 }],
  routings: [
    {
      item: "A",
      operations: [
        { seq: 10, workCenter: "WC-1", setup: 2, run: 0.5, move: 1 },
        { seq: 20, workCenter: "WC-1", run: 0.1, queue: 1 },
      ],
    },
  ],
  demands: [{ id: "SO-1", item: "A", due: 10, quantity: 20 }],
});

describe("routing lead times", () => {
  const result = plan(model);

  it("releases a routed item by its backward operation schedule for the order quantity", () => {
    expect(result.plannedOrders.find((o) => o.item === "A")).toMatchObject({ id: "A#1", quantity: 20, release: 5, due: 10 });
  });

  it("needs a component on an operation when that operation starts", () => {
    expect(itemRecords(result, "B").map((r) => r.grossRequirements)).toEqual([0, 0, 0, 0, 20, 0, 0, 0, 0, 0]);
    expect(itemRecords(result, "C").map((r) => r.grossRequirements)).toEqual([0, 0, 0, 0, 0, 0, 0, 40, 0, 0]);
  });

  it("needs a component without an operation at the release", () => {
    expect(itemRecords(result, "D").map((r) => r.grossRequirements)).toEqual([0, 0, 0, 0, 20, 0, 0, 0, 0, 0]);
  });

  it("a larger order takes longer: 40 units need 22 h on op 10 (3 periods) and 4 h on op 20", () => {
    const big = defineModel({ ...model.data, demands: [{ id: "SO-1", item: "A", due: 10, quantity: 40 }] });
    // op 20: 4 h -> 1 period, queue 1: start 8; op 10: 22 h -> 3 periods + move 1: start 4
    expect(plan(big).plannedOrders.find((o) => o.item === "A")).toMatchObject({ release: 4, due: 10 });
  });
});
