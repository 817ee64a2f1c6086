/**
 * Leveling respects material: an order moves earlier only while its components' projected
 * available covers it and every order needing them before; what material holds back is reported.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { levelLoad } from "../../../src/capacity/level.js";
import { plan } from "../../../src/mrp/plan.js";
import { replan } from "../../../src/mrp/replan.js";
import { applyChanges } from "../../../src/whatIf/applyChanges.js";
import { defineModel } from "../../../src/model/defineModel.js";
import type { ModelInput } from "../../../src/model/schema.js";

const workshop = JSON.parse(readFileSync(new URL("../../../examples/workshop.json", import.meta.url), "utf8")) as ModelInput;

describe("level: the workshop's frames and their tube", () => {
  // TUBE (3 × 1.05 = 3.15 per frame): FPO-1 (6) and FRAME#1 (4) take 31.5 in period 1, FRAME#2
  // (12) 37.8 in period 3, FRAME#3 (8) 25.2 in period 4. Receipts: TUBE#1 32 in period 1, PO-7 60
  // in period 2, TUBE#2 3 in period 4. Projected available: 0.5, 60.5, 22.7, 0.5.
  // WELD period 5 has 4.2 h of FRAME#3 on 3 h. Moving 1.2 h earlier means welding from period 3
  // or 4, so sawing (the first operation, where the tube is needed) from period 2 or 3. At
  // period 3 only 22.7 of tube is left after FRAME#2: FRAME#3 cannot start before period 4,
  // welding not before period 5, and the 1.2 h stay unplaced.
  it("does not start FRAME#3 before its tube: FRAME#2 needs it", () => {
    const r = levelLoad(plan(defineModel(workshop)));
    expect(r.operations).toEqual([{ order: "FRAME#3", item: "FRAME", seq: 20, workCenter: "WELD", hours: 4.2, from: 5, to: 5, unplaced: 1.2, reason: "material" }]);
    expect(r.materialHolds).toEqual([{ order: "FRAME#3", item: "FRAME", seq: 20, workCenter: "WELD", component: "TUBE", quantity: 25.2, earliest: 5, unplaced: 1.2 }]);
    expect(r.lateOrders).toEqual([{ order: "FRAME#3", item: "FRAME", due: 6, unplaced: 1.2, reason: "material" }]);
    expect(r.unplaced).toBe(1.2);
    expect(r.releases).toEqual([]);
    const load = (id: string) => r.workCenters.find((w) => w.id === id)!.buckets.map((b) => b.load);
    expect(load("WELD")).toEqual([0, 6, 0, 5.8, 3, 0, 0, 0]);
    expect(load("SAW")).toEqual([3.5, 0, 3.5, 2.5, 0, 0, 0, 0]);
  });

  it("moves FRAME#3 to period 2 once the tube covers both frames", () => {
    // PO-7 of 63: available 0.5, 63.5, 25.7, 0.5 (no TUBE#2 any more). Sawing FRAME#3 in period 2
    // takes 25.2 over periods 2 and 3: 38.3 and 0.5 are left, FRAME#2 still gets its 37.8.
    const json = { ...workshop, scheduledReceipts: [{ id: "PO-7", item: "TUBE", due: 2, quantity: 63 }] };
    const r = levelLoad(plan(defineModel(json)));
    expect(r.operations).toEqual([
      { order: "FRAME#3", item: "FRAME", seq: 10, workCenter: "SAW", hours: 2.5, from: 4, to: 2, unplaced: 0 },
      { order: "FRAME#3", item: "FRAME", seq: 20, workCenter: "WELD", hours: 4.2, from: 5, to: 3, unplaced: 0 },
    ]);
    expect(r.releases).toEqual([{ order: "FRAME#3", item: "FRAME", from: 4, to: 2 }]);
    expect(r.materialHolds).toEqual([]);
    expect(r.lateOrders).toEqual([]);
    expect(r.unplaced).toBe(0);
  });
});

/**
 * X, Y and Z each load WC-1 (8 h per tick) for 8 h in period 3 and need 8 of C when they start.
 * C: on hand `onHand`, PO-C of 8 in period 1, lead time 1.
 */
function contention(onHand: number): ModelInput {
  const ids = ["X", "Y", "Z"];
  return {
    calendar: { periods: 4 },
    items: [...ids.map((id) => ({ id, source: "make" as const, leadTime: 1 })), { id: "C", source: "buy", leadTime: 1, onHand }],
    bom: ids.map((parent) => ({ parent, child: "C", quantity: 1 })),
    workCenters: [{ id: "WC-1", capacity: 8 }],
    routings: ids.map((item) => ({ item, operations: [{ seq: 10, workCenter: "WC-1", run: 1 }] })),
    scheduledReceipts: [{ id: "PO-C", item: "C", due: 1, quantity: 8 }],
    demands: ids.map((item) => ({ id: `SO-${item}`, item, due: 4, quantity: 8 })),
  };
}

describe("level: orders competing for one component", () => {
  it("moves only as many orders as the component covers, in priority order", () => {
    // C needs 24 in period 3: PO-C 8, planned order 16 due period 3. Available 8, 8, 0.
    // Period 3 overloaded 24 h on 8: X keeps it; Y moves to period 2, taking the 8 of C there;
    // Z could go to period 1 (free capacity) but would need 8 of C in periods 1 and 2, and
    // period 2's is Y's. Z is unplaced: material, C not available before its planned start.
    const r = levelLoad(plan(defineModel(contention(0))));
    expect(r.operations).toEqual([
      { order: "Y#1", item: "Y", seq: 10, workCenter: "WC-1", hours: 8, from: 3, to: 2, unplaced: 0 },
      { order: "Z#1", item: "Z", seq: 10, workCenter: "WC-1", hours: 8, from: 3, to: null, unplaced: 8, reason: "material" },
    ]);
    expect(r.releases).toEqual([{ order: "Y#1", item: "Y", from: 3, to: 2 }]);
    expect(r.materialHolds).toEqual([{ order: "Z#1", item: "Z", seq: 10, workCenter: "WC-1", component: "C", quantity: 8, earliest: 3, unplaced: 8 }]);
    expect(r.lateOrders).toEqual([{ order: "Z#1", item: "Z", due: 4, unplaced: 8, reason: "material" }]);
    expect(r.workCenters[0]!.buckets.map((b) => b.load)).toEqual([0, 8, 8, 0]);
  });

  it("moves all of them when there is material, and an order short of capacity says so", () => {
    // On hand 16: available 24, 24, 0 (planned order 0). Y to period 2, Z to period 1.
    const r = levelLoad(plan(defineModel(contention(16))));
    expect(r.releases).toEqual([
      { order: "Y#1", item: "Y", from: 3, to: 2 },
      { order: "Z#1", item: "Z", from: 3, to: 1 },
    ]);
    expect(r.materialHolds).toEqual([]);
    expect(r.unplaced).toBe(0);
    // A fourth order finds no capacity at all: capacity, not material.
    const four = contention(100);
    const json = {
      ...four,
      items: [...four.items!, { id: "W", source: "make" as const, leadTime: 1 }],
      bom: [...four.bom!, { parent: "W", child: "C", quantity: 1 }],
      routings: [...four.routings!, { item: "W", operations: [{ seq: 10, workCenter: "WC-1", run: 1 }] }],
      demands: [...four.demands!, { id: "SO-W", item: "W", due: 4, quantity: 8 }],
    };
    const r4 = levelLoad(plan(defineModel(json)));
    expect(r4.lateOrders).toEqual([{ order: "Z#1", item: "Z", due: 4, unplaced: 8, reason: "capacity" }]);
    expect(r4.materialHolds).toEqual([]);
  });
});

describe("level: a component needed at a later operation", () => {
  // A: op 10 on WC-1 (8 h), op 20 on WC-2 (8 h); C is needed when op 20 starts (BOM line on
  // operation 20). Two orders of A due period 5; both ops of the second overloaded.
  // C arrives only in period 4 (PO-C), when op 20 of both orders runs. Op 10 may move earlier
  // freely (it needs no C); op 20 of A#2 may not (C is not there before period 4).
  const json: ModelInput = {
    calendar: { periods: 5 },
    items: [
      { id: "A", source: "make", leadTime: 2, leadTimeFrom: "routing" },
      { id: "C", source: "buy", leadTime: 0 },
    ],
    bom: [{ parent: "A", child: "C", quantity: 1, operation: 20 }],
    workCenters: [
      { id: "WC-1", capacity: 8 },
      { id: "WC-2", capacity: 8 },
    ],
    routings: [
      {
        item: "A",
        operations: [
          { seq: 10, workCenter: "WC-1", run: 1 },
          { seq: 20, workCenter: "WC-2", run: 1 },
        ],
      },
    ],
    scheduledReceipts: [{ id: "PO-C", item: "C", due: 4, quantity: 16 }],
    firmPlannedOrders: [
      { id: "F1", item: "A", due: 5, quantity: 8 },
      { id: "F2", item: "A", due: 5, quantity: 8 },
    ],
  };

  it("holds the operation that needs the component, not its predecessor", () => {
    // Ideal: op 10 in period 3, op 20 in period 4, both orders. F1 keeps both slots. F2's op 20
    // cannot move before period 4 (C): its 8 h stay unplaced there; its op 10 then runs before
    // what was placed of op 20 — nothing was, so it is unplaced too, for the same reason.
    const r = levelLoad(plan(defineModel(json)));
    expect(r.operations).toEqual([
      { order: "F2", item: "A", seq: 10, workCenter: "WC-1", hours: 8, from: 3, to: null, unplaced: 8, reason: "material" },
      { order: "F2", item: "A", seq: 20, workCenter: "WC-2", hours: 8, from: 4, to: null, unplaced: 8, reason: "material" },
    ]);
    expect(r.materialHolds).toEqual([{ order: "F2", item: "A", seq: 20, workCenter: "WC-2", component: "C", quantity: 8, earliest: 4, unplaced: 8 }]);
  });

  it("moves the operation when the component is on hand", () => {
    const onHand = { ...json, items: [json.items[0]!, { id: "C", source: "buy" as const, leadTime: 0, onHand: 8 }] };
    const r = levelLoad(plan(defineModel(onHand)));
    expect(r.operations).toEqual([
      { order: "F2", item: "A", seq: 10, workCenter: "WC-1", hours: 8, from: 3, to: 2, unplaced: 0 },
      { order: "F2", item: "A", seq: 20, workCenter: "WC-2", hours: 8, from: 4, to: 3, unplaced: 0 },
    ]);
    expect(r.releases).toEqual([{ order: "F2", item: "A", from: 3, to: 2 }]);
    expect(r.materialHolds).toEqual([]);
  });
});

describe("level: after a net change", () => {
  it("levels a replanned plan as it levels the same plan made from scratch", () => {
    // The component's requirements are replanned while the parents' orders stay: the columns
    // keep the old copy beside the new one, and leveling must read the new one only.
    const base = defineModel(contention(0));
    const before = plan(base);
    const { model: next, patches } = applyChanges(base, (d) => {
      d.scheduledReceipts!.find((r) => r.id === "PO-C")!.quantity = 16;
    });
    const fresh = levelLoad(plan(next));
    expect(levelLoad(replan(before, next, { patches }))).toEqual(fresh);
    // with 16 of C, Y and Z both move: periods 2 and 1 take 8 each
    expect(fresh.releases).toEqual([
      { order: "Y#1", item: "Y", from: 3, to: 2 },
      { order: "Z#1", item: "Z", from: 3, to: 1 },
    ]);
  });
});
