import { describe, expect, it } from "vitest";
import { planCapacity } from "../../../src/capacity/capacity.js";
import { levelLoad } from "../../../src/capacity/level.js";
import { plan } from "../../../src/mrp/plan.js";
import { defineModel } from "../../../src/model/defineModel.js";
import type { ModelInput } from "../../../src/model/schema.js";

/** One 8-hour operation per unit-hour item on WC-1 (8 h per tick), due in period 3. */
function oneTickModel(ids: readonly string[]): ModelInput {
  return {
    calendar: { periods: 4 },
    items: ids.map((id) => ({ id, source: "make" as const, leadTime: 1 })),
    workCenters: [{ id: "WC-1", capacity: 8 }],
    routings: ids.map((item) => ({ item, operations: [{ seq: 10, workCenter: "WC-1", run: 1 }] })),
    demands: ids.map((item) => ({ id: `SO-${item}`, item, due: 3, quantity: 8 })),
  };
}

describe("level", () => {
  it("moves the lower-priority operation of an overloaded tick into earlier free capacity", () => {
    const result = plan(defineModel(oneTickModel(["A", "B"])));
    const crp = planCapacity(result).workCenters[0]!;
    expect(crp.overloads).toEqual([{ period: 2, load: 16, available: 8, orders: ["A#1", "B#1"] }]);
    const r = levelLoad(result);
    expect(r.operations).toEqual([{ order: "B#1", item: "B", seq: 10, workCenter: "WC-1", hours: 8, from: 2, to: 1, unplaced: 0 }]);
    expect(r.unplaced).toBe(0);
    expect(r.lateOrders).toEqual([]);
    expect(r.workCenters[0]!.buckets.map((b) => [b.load, b.orders])).toEqual([
      [8, ["B#1"]],
      [8, ["A#1"]],
      [0, []],
      [0, []],
    ]);
    expect(r.workCenters[0]!.overloads).toEqual([]);
  });

  it("reports what does not fit before the planning start as unplaced, and its order as late", () => {
    const r = levelLoad(plan(defineModel(oneTickModel(["A", "B", "C"]))));
    expect(r.operations).toEqual([
      { order: "B#1", item: "B", seq: 10, workCenter: "WC-1", hours: 8, from: 2, to: 1, unplaced: 0 },
      { order: "C#1", item: "C", seq: 10, workCenter: "WC-1", hours: 8, from: 2, to: null, unplaced: 8, reason: "capacity" },
    ]);
    expect(r.unplaced).toBe(8);
    expect(r.lateOrders).toEqual([{ order: "C#1", item: "C", due: 3, unplaced: 8, reason: "capacity" }]);
    expect(r.workCenters[0]!.buckets.map((b) => b.load)).toEqual([8, 8, 0, 0]);
  });

  it("keeps the operation order: a predecessor moves before its moved successor, across work centers", () => {
    const model = defineModel({
      calendar: { periods: 4 },
      items: [
        { id: "C", source: "make", leadTime: 1 },
        { id: "D", source: "make", leadTime: 2 },
      ],
      workCenters: [
        { id: "WC-1", capacity: 8 },
        { id: "WC-2", capacity: 8 },
      ],
      routings: [
        { item: "C", operations: [{ seq: 10, workCenter: "WC-1", run: 1 }] },
        {
          item: "D",
          operations: [
            { seq: 10, workCenter: "WC-2", run: 1 },
            { seq: 20, workCenter: "WC-1", run: 1 },
          ],
        },
      ],
      demands: [
        { id: "SO-C", item: "C", due: 4, quantity: 8 },
        { id: "SO-D", item: "D", due: 4, quantity: 8 },
      ],
    });
    // Ideal: C#1 at tick 2 on WC-1; D#1 op 20 at tick 2 on WC-1, op 10 at tick 1 on WC-2.
    const r = levelLoad(plan(model));
    expect(r.operations).toEqual([
      { order: "D#1", item: "D", seq: 10, workCenter: "WC-2", hours: 8, from: 2, to: 1, unplaced: 0 },
      { order: "D#1", item: "D", seq: 20, workCenter: "WC-1", hours: 8, from: 3, to: 2, unplaced: 0 },
    ]);
    expect(r.lateOrders).toEqual([]);
    const byId = new Map(r.workCenters.map((w) => [w.id, w.buckets.map((b) => b.load)]));
    expect(byId.get("WC-1")).toEqual([0, 8, 8, 0]);
    expect(byId.get("WC-2")).toEqual([8, 0, 0, 0]);
  });

  it("leaves a plan without overloads as it is", () => {
    const result = plan(defineModel(oneTickModel(["A"])));
    const r = levelLoad(result);
    expect(r.operations).toEqual([]);
    expect(r.workCenters).toEqual(planCapacity(result).workCenters);
  });

  it("splits an operation over earlier ticks when only part of a tick is free, earlier due first", () => {
    const model = defineModel({
      calendar: { periods: 5 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "B", source: "make", leadTime: 1 },
      ],
      workCenters: [{ id: "WC-1", capacity: 10 }],
      routings: [
        { item: "A", operations: [{ seq: 10, workCenter: "WC-1", run: 1 }] },
        { item: "B", operations: [{ seq: 10, workCenter: "WC-1", run: 1, queue: 1, move: 1 }] },
      ],
      demands: [
        { id: "SO-A", item: "A", due: 4, quantity: 6 },
        { id: "SO-A2", item: "A", due: 3, quantity: 7 },
        { id: "SO-B", item: "B", due: 5, quantity: 8 },
      ],
    });
    // Ideal: A#1 (7 h, due tick 2) at tick 1; A#2 (6 h, due tick 3) at tick 2; B#1 (8 h, due tick 4,
    // move 1: run ends at tick 3) at tick 2. Tick 2: A#2 (earlier due) keeps 6 h, B#1 gets the 4 h
    // left; its other 4 h go to tick 1 (3 h free after A#1) and tick 0 (1 h).
    const result = plan(model);
    expect(planCapacity(result).workCenters[0]!.buckets.map((b) => b.load)).toEqual([0, 7, 14, 0, 0]);
    const r = levelLoad(result);
    expect(r.operations).toEqual([{ order: "B#1", item: "B", seq: 10, workCenter: "WC-1", hours: 8, from: 3, to: 1, unplaced: 0 }]);
    expect(r.workCenters[0]!.buckets.map((b) => [b.load, b.orders])).toEqual([
      [1, ["B#1"]],
      [10, ["A#1", "B#1"]],
      [10, ["A#2", "B#1"]],
      [0, []],
      [0, []],
    ]);
  });

  it("reports an order late when an outsourced step would have to start before the planning start", () => {
    const model = defineModel({
      calendar: { periods: 4 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "B", source: "make", leadTime: 1 },
      ],
      workCenters: [{ id: "WC-1", capacity: 8 }],
      routings: [
        { item: "A", operations: [{ seq: 10, workCenter: "WC-1", run: 1 }] },
        {
          item: "B",
          operations: [
            { seq: 10, workCenter: null, outsourced: { leadTime: 1, cost: 1 } },
            { seq: 20, workCenter: "WC-1", run: 1 },
          ],
        },
      ],
      demands: [
        { id: "SO-A", item: "A", due: 3, quantity: 8 },
        { id: "SO-B", item: "B", due: 3, quantity: 8 },
      ],
    });
    // Tick 1: A#1 keeps it (A before B). B#1 op 20 moves to tick 0, so its outsourced op 10
    // would run at tick -1: nothing is unplaced, but B#1 will be late.
    const r = levelLoad(plan(model));
    expect(r.operations).toEqual([{ order: "B#1", item: "B", seq: 20, workCenter: "WC-1", hours: 8, from: 2, to: 1, unplaced: 0 }]);
    expect(r.unplaced).toBe(0);
    expect(r.lateOrders).toEqual([{ order: "B#1", item: "B", due: 3, unplaced: 0, reason: "capacity" }]);
  });

  it("reports work that would have to end before the planning start as unplaced", () => {
    // Due in period 1: the operation ideally runs at tick -1; planCapacity() loads it on tick 0, but it
    // must end before its due tick 0 and leveling never goes before the start: 8 h unplaced.
    const r = levelLoad(plan(defineModel({ ...oneTickModel(["A"]), demands: [{ id: "SO-A", item: "A", due: 1, quantity: 8 }] })));
    expect(r.operations).toEqual([{ order: "A#1", item: "A", seq: 10, workCenter: "WC-1", hours: 8, from: 0, to: null, unplaced: 8, reason: "capacity" }]);
    expect(r.lateOrders).toEqual([{ order: "A#1", item: "A", due: 1, unplaced: 8, reason: "capacity" }]);
    expect(r.workCenters[0]!.buckets.map((b) => b.load)).toEqual([0, 0, 0, 0]);
  });
});

