import { describe, expect, it } from "vitest";
import { planCapacity } from "../../../src/capacity/capacity.js";
import { levelLoad } from "../../../src/capacity/level.js";
import { planRoughCutCapacity } from "../../../src/capacity/roughCut.js";
import { defineModel } from "../../../src/model/defineModel.js";
import type { ModelInput } from "../../../src/model/schema.js";
import { plan } from "../../../src/mrp/plan.js";

/**
 * A lamp made at PLANT on ASSY (a work center of the plant, 4 h per period) until period 4 and
 * bought there from period 4 on; the DC is replenished from the plant, one period in transit.
 * ASSY: setup 1 h, run 0.5 h per lamp.
 */
const input: ModelInput = {
  calendar: { periods: 6 },
  locations: [{ id: "PLANT" }, { id: "DC" }],
  items: [{ id: "LAMP", source: "make", leadTime: 1 }],
  workCenters: [
    { id: "ASSY", capacity: 4, location: "PLANT" },
    { id: "PACK", capacity: 10 },
  ],
  routings: [{ item: "LAMP", operations: [{ seq: 10, workCenter: "ASSY", setup: 1, run: 0.5 }] }],
  sources: [
    { id: "S-DC", item: "LAMP", location: "DC", kind: "transfer", shipFrom: "PLANT", leadTime: 1 },
    { id: "S-MAKE", item: "LAMP", location: "PLANT", kind: "make", to: 4 },
    { id: "S-BUY", item: "LAMP", location: "PLANT", kind: "buy", supplier: "SUP", from: 4 },
  ],
  scheduledReceipts: [{ id: "TR-1", item: "LAMP", location: "DC", shipFrom: "PLANT", due: 1, quantity: 5 }],
  demands: [
    { id: "D0", item: "LAMP", location: "DC", due: 1, quantity: 5 },
    { id: "D1", item: "LAMP", location: "DC", due: 3, quantity: 10 },
    { id: "D2", item: "LAMP", location: "DC", due: 5, quantity: 20 },
  ],
};

const loads = (w: { buckets: readonly { load: number }[] }) => w.buckets.map((b) => b.load);

describe("capacity of a supply network", () => {
  const model = defineModel(input);
  const result = plan(model);

  it("loads only the orders made where they are planned, on the work center of their location", () => {
    expect(result.plannedOrders.map((o) => [o.id, o.kind, o.quantity, o.release, o.due])).toEqual([
      ["LAMP@DC#1", "transfer", 10, 2, 3],
      ["LAMP@DC#2", "transfer", 20, 4, 5],
      ["LAMP@PLANT#1", "make", 10, 1, 2],
      ["LAMP@PLANT#2", "buy", 20, 3, 4],
    ]);
    const r = planCapacity(result);
    // LAMP@PLANT#1: 1 + 10 x 0.5 = 6 h in period 1. The purchase LAMP@PLANT#2 (20 lamps, 11 h if
    // made), the transfers and TR-1 in transit load nothing.
    const [assy, pack] = r.workCenters;
    expect(assy!.id).toBe("ASSY");
    expect(assy!.location).toBe("PLANT");
    expect(loads(assy!)).toEqual([6, 0, 0, 0, 0, 0]);
    expect(assy!.buckets[0]!.orders).toEqual(["LAMP@PLANT#1"]);
    expect(pack).toEqual(expect.objectContaining({ id: "PACK", peakUtilization: 0 }));
    expect(pack!.location).toBeUndefined();
    expect(r.messages).toEqual([
      {
        kind: "overload",
        workCenter: "ASSY",
        location: "PLANT",
        period: 1,
        load: 6,
        available: 4,
        orders: ["LAMP@PLANT#1"],
        message: "ASSY@PLANT: overloaded at period 1: load 6 h, available 4 h (150%); orders LAMP@PLANT#1",
      },
    ]);
  });

  it("levels the plant's load: 4 of the 6 h fit in period 1, 2 h are late", () => {
    const r = levelLoad(result);
    expect(loads(r.workCenters.find((w) => w.id === "ASSY")!)).toEqual([4, 0, 0, 0, 0, 0]);
    expect(r.operations).toEqual([{ order: "LAMP@PLANT#1", item: "LAMP@PLANT", seq: 10, workCenter: "ASSY", hours: 6, from: 0, to: 1, unplaced: 2, reason: "capacity" }]);
    expect(r.unplaced).toBe(2);
  });

  it("rough-cut follows each location's first source at the start: the DC's demand, a transit earlier, made at the plant", () => {
    // D0 at period 1: shipped at period 0, made at period -1: 1 + 5 x 0.5 = 3.5 h, late, on period 1.
    // D1 at period 3: shipped at 2, made in period 1: 1 + 10 x 0.5 = 6 h. D2 at period 5: 1 + 20 x 0.5 = 11 h in period 3.
    const r = planRoughCutCapacity(model);
    const assy = r.workCenters.find((w) => w.id === "ASSY")!;
    expect(loads(assy)).toEqual([9.5, 0, 11, 0, 0, 0]);
    expect(assy.buckets.map((b) => b.orders)).toEqual([["D0", "D1"], [], ["D2"], [], [], []]);
    expect(r.messages.map((m) => m.message)).toEqual([
      "ASSY@PLANT: overloaded at period 1: load 9.5 h, available 4 h (237.5%); orders D0, D1",
      "ASSY@PLANT: overloaded at period 3: load 11 h, available 4 h (275%); orders D2",
    ]);
  });

  it("a location with a make and a buy source makes by its first priority in rough-cut: a buy source first loads nothing", () => {
    const buyFirst = defineModel({
      ...input,
      sources: [
        { id: "S-DC", item: "LAMP", location: "DC", kind: "transfer", shipFrom: "PLANT", leadTime: 1 },
        { id: "S-BUY", item: "LAMP", location: "PLANT", kind: "buy", priority: 1 },
        { id: "S-MAKE", item: "LAMP", location: "PLANT", kind: "make", priority: 2 },
      ],
    });
    expect(planRoughCutCapacity(buyFirst).workCenters.every((w) => w.buckets.every((b) => b.load === 0))).toBe(true);
    expect(planCapacity(plan(buyFirst)).workCenters.every((w) => w.buckets.every((b) => b.load === 0))).toBe(true);
  });
});
