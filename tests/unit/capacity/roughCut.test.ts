import { describe, expect, it } from "vitest";
import { buildBillOfResources } from "../../../src/capacity/billOfResources.js";
import { planRoughCutCapacity } from "../../../src/capacity/roughCut.js";
import { defineModel } from "../../../src/model/defineModel.js";
import type { DemandInput } from "./fixtures.js";

function model(demands: readonly DemandInput[], operationLine = false) {
  return defineModel({
    calendar: { periods: 6 },
    items: [
      { id: "A", source: "make", leadTime: 2 },
      { id: "B", source: "make", leadTime: 1 },
    ],
    bom: [{ parent: "A", child: "B", quantity: 2, operation: operationLine ? 20 : null }],
    workCenters: [
      { id: "ASSY", capacity: 8 },
      { id: "MILL", capacity: 8 },
      { id: "PAINT", capacity: 4 },
    ],
    routings: [
      {
        item: "A",
        operations: [
          { seq: 10, workCenter: "PAINT", run: 0.1 },
          { seq: 20, workCenter: "ASSY", run: 0.5 },
        ],
      },
      { item: "B", operations: [{ seq: 10, workCenter: "MILL", setup: 1, run: 0.25 }] },
    ],
    demands: [...demands],
  });
}

describe("billOfResources", () => {
  it("offsets each component's operations by the lead times above it", () => {
    // A: op 20 runs the tick before due (offset 1), op 10 the tick before (offset 2). B is needed
    // at A's release (lead time 2: tick -2), runs 1 + 2 x 0.25 = 1.5 h in one tick: offset 3.
    expect(buildBillOfResources(model([]), "A")).toEqual({
      item: "A",
      rows: [
        { workCenter: "ASSY", item: "A", seq: 20, hoursPerUnit: 0.5, hoursPerOrder: 0, offset: 1, ticks: 1 },
        { workCenter: "MILL", item: "B", seq: 10, hoursPerUnit: 0.5, hoursPerOrder: 1, offset: 3, ticks: 1 },
        { workCenter: "PAINT", item: "A", seq: 10, hoursPerUnit: 0.1, hoursPerOrder: 0, offset: 2, ticks: 1 },
      ],
    });
  });

  it("needs a component at the start of the operation its line names", () => {
    // B on op 20 of A: needed at tick -1, so B runs at offset 2.
    const rows = buildBillOfResources(model([], true), "A").rows;
    expect(rows.find((r) => r.item === "B")!.offset).toBe(2);
  });
});

describe("roughCutCapacity", () => {
  it("loads the mps demands only, through the bill of resources", () => {
    const r = planRoughCutCapacity(
      model([
        { id: "MPS-1", item: "A", due: 4, quantity: 10, kind: "mps" },
        { id: "SO-1", item: "A", due: 5, quantity: 100 },
      ]),
    );
    // Due tick 3: ASSY 5 h at tick 2, PAINT 1 h at tick 1, MILL 10 x 0.5 + 1 = 6 h at tick 0.
    expect(r.workCenters.map((w) => [w.id, w.peakUtilization, w.buckets.map((b) => b.load)])).toEqual([
      ["MILL", 0.75, [6, 0, 0, 0, 0, 0]],
      ["ASSY", 0.625, [0, 0, 5, 0, 0, 0]],
      ["PAINT", 0.25, [0, 1, 0, 0, 0, 0]],
    ]);
    expect(r.workCenters[1]!.buckets[2]).toEqual({ period: 3, load: 5, available: 8, utilization: 0.625, orders: ["MPS-1"] });
  });

  it("without mps demands, loads the end items' demands; past work loads the first tick", () => {
    const r = planRoughCutCapacity(
      model([
        { id: "SO-1", item: "A", due: 3, quantity: 4 },
        { id: "SO-B", item: "B", due: 2, quantity: 50 },
      ]),
    );
    // Due tick 2: ASSY 2 h at tick 1, PAINT 0.4 h at tick 0, MILL 3 h at tick -1 -> tick 0.
    const byId = new Map(r.workCenters.map((w) => [w.id, w.buckets.map((b) => b.load)]));
    expect(byId.get("ASSY")).toEqual([0, 2, 0, 0, 0, 0]);
    expect(byId.get("PAINT")).toEqual([0.4, 0, 0, 0, 0, 0]);
    expect(byId.get("MILL")).toEqual([3, 0, 0, 0, 0, 0]);
    expect(r.workCenters.find((w) => w.id === "MILL")!.buckets[0]!.orders).toEqual(["SO-1"]);
  });
});
