import { describe, expect, it } from "vitest";
import { computeAvailableHours } from "../../../src/capacity/availableHours.js";
import { planCapacity } from "../../../src/capacity/capacity.js";
import { plan } from "../../../src/mrp/plan.js";
import { MrpError } from "../../../src/errors/MrpError.js";
import { defineModel } from "../../../src/model/defineModel.js";

describe("capacity", () => {
  it("loads planned orders, firm planned orders and scheduled receipts, hours spread evenly over run ticks", () => {
    const model = defineModel({
      calendar: { periods: 6 },
      items: [{ id: "A", source: "make", leadTime: 2 }],
      workCenters: [
        { id: "WC-1", capacity: 8, efficiency: 1.25, utilization: 0.75 },
        { id: "WC-2", capacity: 4 },
        { id: "WC-0", capacity: 0 },
      ],
      routings: [
        {
          item: "A",
          operations: [
            { seq: 10, workCenter: "WC-1", setup: 2, run: 0.5 },
            { seq: 20, workCenter: null, outsourced: { leadTime: 1, cost: 4 } },
          ],
        },
      ],
      demands: [{ id: "SO-1", item: "A", due: 6, quantity: 32 }],
      firmPlannedOrders: [{ id: "FPO-1", item: "A", due: 3, quantity: 4 }],
      scheduledReceipts: [{ id: "PO-1", item: "A", due: 2, quantity: 8 }],
    });
    const result = plan(model);
    expect(result.plannedOrders.map((o) => [o.id, o.quantity, o.due])).toEqual([["A#1", 20, 6]]);
    // Available 8 x 0.75 = 6 h per tick. A#1: (2 + 20 x 0.5) / 1.25 = 9.6 h -> 2 ticks before the
    // outsourced step (tick 4): 4.8 h in ticks 2 and 3. FPO-1: 3.2 h at tick 0; PO-1: 4.8 h at
    // tick -1, which loads tick 0.
    const r = planCapacity(result);
    expect(r.workCenters.map((w) => [w.id, w.peakUtilization])).toEqual([
      ["WC-1", 1.333333333],
      ["WC-0", 0],
      ["WC-2", 0],
    ]);
    const wc1 = r.workCenters[0]!;
    expect(wc1.buckets).toEqual([
      { period: 1, load: 8, available: 6, utilization: 1.333333333, orders: ["FPO-1", "PO-1"] },
      { period: 2, load: 0, available: 6, utilization: 0, orders: [] },
      { period: 3, load: 4.8, available: 6, utilization: 0.8, orders: ["A#1"] },
      { period: 4, load: 4.8, available: 6, utilization: 0.8, orders: ["A#1"] },
      { period: 5, load: 0, available: 6, utilization: 0, orders: [] },
      { period: 6, load: 0, available: 6, utilization: 0, orders: [] },
    ]);
    expect(wc1.overloads).toEqual([{ period: 1, load: 8, available: 6, orders: ["FPO-1", "PO-1"] }]);
    expect(r.workCenters[1]!.buckets[0]).toEqual({ period: 1, load: 0, available: 0, utilization: 0, orders: [] });
  });

  it("follows capacity changes; load on a shut-down work center has no utilization and ranks first", () => {
    const model = defineModel({
      calendar: { periods: 4 },
      items: [
        { id: "B", source: "make", leadTime: 1 },
        { id: "C", source: "make", leadTime: 1 },
      ],
      workCenters: [
        { id: "WC-U", capacity: 1 },
        {
          id: "WC-S",
          capacity: 8,
          changes: [
            { from: 4, capacity: 8 },
            { from: 2, capacity: 0 },
          ],
        },
      ],
      routings: [
        { item: "B", operations: [{ seq: 10, workCenter: "WC-S", run: 1 }] },
        { item: "C", operations: [{ seq: 10, workCenter: "WC-U", run: 1 }] },
      ],
      demands: [
        { id: "SO-B", item: "B", due: 3, quantity: 4 },
        { id: "SO-C", item: "C", due: 2, quantity: 2 },
      ],
    });
    expect(computeAvailableHours(model, "WC-S")).toEqual([8, 0, 0, 8]);
    // B#1: 4 h, one tick at the base capacity, at tick 1 (shut down). C#1: 2 h over 2 ticks at 1 h
    // per tick, ticks -1 and 0: both hours load tick 0.
    const r = planCapacity(plan(model));
    expect(r.workCenters.map((w) => [w.id, w.peakUtilization, w.buckets.map((b) => b.utilization)])).toEqual([
      ["WC-S", null, [0, null, 0, 0]],
      ["WC-U", 2, [2, 0, 0, 0]],
    ]);
    expect(r.workCenters[0]!.overloads).toEqual([{ period: 2, load: 4, available: 0, orders: ["B#1"] }]);
    // the overloads as messages, in time order (the ranking puts WC-S first)
    expect(r.messages).toEqual([
      { kind: "overload", workCenter: "WC-U", period: 1, load: 2, available: 1, orders: ["C#1"], message: "WC-U: overloaded at period 1: load 2 h, available 1 h (200%); orders C#1" },
      { kind: "overload", workCenter: "WC-S", period: 2, load: 4, available: 0, orders: ["B#1"], message: "WC-S: overloaded at period 2: load 4 h, available 0 h (no capacity); orders B#1" },
    ]);
  });

  it("raises one overload message per overloaded bucket, by bucket then work center", () => {
    const model = defineModel({
      calendar: { periods: 3 },
      items: [
        { id: "P", source: "make", leadTime: 1 },
        { id: "Q", source: "make", leadTime: 1 },
      ],
      workCenters: [
        { id: "WC-B", capacity: 2 },
        { id: "WC-A", capacity: 2 },
      ],
      routings: [
        { item: "P", operations: [{ seq: 10, workCenter: "WC-B", run: 1 }] },
        { item: "Q", operations: [{ seq: 10, workCenter: "WC-A", run: 1 }, { seq: 20, workCenter: "WC-B", run: 1 }] },
      ],
      demands: [
        { id: "SO-P", item: "P", due: 3, quantity: 3 },
        { id: "SO-Q", item: "Q", due: 3, quantity: 3 },
      ],
    });
    // Both orders are due at tick 2. WC-B runs 2 h per tick: P#1's 3 h and Q#1's last operation
    // (3 h) each take ticks 0 and 1, 1.5 h a tick, so WC-B carries 3 h in periods 1 and 2. Q#1's
    // first operation (3 h on WC-A) would run in ticks -2 and -1: all of it loads period 1.
    const r = planCapacity(plan(model));
    expect(r.messages).toEqual([
      { kind: "overload", workCenter: "WC-A", period: 1, load: 3, available: 2, orders: ["Q#1"], message: "WC-A: overloaded at period 1: load 3 h, available 2 h (150%); orders Q#1" },
      { kind: "overload", workCenter: "WC-B", period: 1, load: 3, available: 2, orders: ["P#1", "Q#1"], message: "WC-B: overloaded at period 1: load 3 h, available 2 h (150%); orders P#1, Q#1" },
      { kind: "overload", workCenter: "WC-B", period: 2, load: 3, available: 2, orders: ["P#1", "Q#1"], message: "WC-B: overloaded at period 2: load 3 h, available 2 h (150%); orders P#1, Q#1" },
    ]);
  });

  it("reports days or weeks in day calendars, with changes dated on a weekend taking effect the next working day", () => {
    const model = defineModel({
      calendar: { unit: "day", start: "2026-01-07", end: "2026-01-16" },
      items: [{ id: "D", source: "make", leadTime: 2 }],
      workCenters: [{ id: "WC-D", capacity: 8, changes: [{ from: "2026-01-10", capacity: 4 }] }],
      routings: [{ item: "D", operations: [{ seq: 10, workCenter: "WC-D", run: 1 }] }],
      demands: [{ id: "SO-D", item: "D", due: "2026-01-13", quantity: 12 }],
    });
    expect(computeAvailableHours(model, "WC-D")).toEqual([8, 8, 8, 4, 4, 4, 4, 4]);
    const result = plan(model);
    // 12 h over 2 ticks at the base 8 h per tick, before tick 4 (Tue 13): Fri 9 and Mon 12.
    expect(planCapacity(result, { bucket: "week" }).workCenters[0]!.buckets).toEqual([
      { start: "2026-01-05", load: 6, available: 24, utilization: 0.25, orders: ["D#1"] },
      { start: "2026-01-12", load: 6, available: 20, utilization: 0.3, orders: ["D#1"] },
    ]);
    const days = planCapacity(result).workCenters[0]!;
    expect(days.buckets.map((b) => [b.start, b.load])).toEqual([
      ["2026-01-07", 0],
      ["2026-01-08", 0],
      ["2026-01-09", 6],
      ["2026-01-12", 6],
      ["2026-01-13", 0],
      ["2026-01-14", 0],
      ["2026-01-15", 0],
      ["2026-01-16", 0],
    ]);
    expect(days.overloads).toEqual([{ start: "2026-01-12", load: 6, available: 4, orders: ["D#1"] }]);
    expect(planCapacity(result).messages).toEqual([
      { kind: "overload", workCenter: "WC-D", start: "2026-01-12", load: 6, available: 4, orders: ["D#1"], message: "WC-D: overloaded at 2026-01-12: load 6 h, available 4 h (150%); orders D#1" },
    ]);
  });

  it("availableHours throws unknown_work_center for a work center the model does not have", () => {
    const model = defineModel({ calendar: { periods: 1 }, items: [] });
    expect(() => computeAvailableHours(model, "NOPE")).toThrow(MrpError);
    expect(() => computeAvailableHours(model, "NOPE")).toThrow(expect.objectContaining({ code: "unknown_work_center" }));
  });
});
