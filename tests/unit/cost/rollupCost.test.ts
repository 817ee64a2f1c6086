import { describe, expect, it } from "vitest";
import { rollupCost } from "../../../src/cost/rollupCost.js";
import { MrpError } from "../../../src/errors/MrpError.js";
import { defineModel } from "../../../src/model/defineModel.js";

describe("rollupCost", () => {
  const model = defineModel({
    calendar: { periods: 4 },
    items: [
      { id: "P", source: "make", costingLotSize: 10, assemblyScrap: 0.25, cost: { setup: 5 } },
      { id: "C", source: "buy", cost: { material: 5 } },
      { id: "F", source: "buy", cost: { material: 1.5 } },
    ],
    bom: [
      { parent: "P", child: "C", quantity: 2, scrap: 0.1 },
      { parent: "P", child: "F", quantity: 4, fixed: true },
    ],
    workCenters: [
      { id: "WC-A", capacity: 8, rate: 40 },
      { id: "WC-B", capacity: 8, rate: 30, efficiency: 0.8 },
    ],
    routings: [
      {
        item: "P",
        operations: [
          { seq: 10, workCenter: "WC-A", setup: 2, run: 0.5 },
          { seq: 20, workCenter: "WC-B", setup: 0.4, run: 0.2 },
          { seq: 30, workCenter: null, outsourced: { leadTime: 2, cost: 3 } },
        ],
      },
    ],
  });

  it("adds material, setup over the costing lot, labour at work-center rates, outsourced cost and scrap", () => {
    // own setup (5 + 2 h x 40 + 0.4 h / 0.8 x 30) / 10 = 10; labour 0.5 x 40 + 0.2 / 0.8 x 30 = 27.5;
    // outsourced 3. C: 2 x 1.1 x 1.25 = 2.75 per unit at 5; F: fixed 4 per order / 10 = 0.4 at 1.5.
    expect(rollupCost(model, { item: "P" })).toEqual([
      {
        id: "P",
        unitCost: 54.85,
        material: 14.35,
        setup: 10,
        labour: 27.5,
        outsourced: 3,
        levels: [
          { level: 0, material: 0, setup: 10, labour: 27.5, outsourced: 3, total: 40.5 },
          { level: 1, material: 14.35, setup: 0, labour: 0, outsourced: 0, total: 14.35 },
        ],
        components: [
          { item: "C", quantity: 2.75, unitCost: 5, contribution: 13.75 },
          { item: "F", quantity: 0.4, unitCost: 1.5, contribution: 0.6 },
        ],
      },
    ]);
  });

  it("costs every item in id order without levels when no item is given", () => {
    expect(rollupCost(model).map((r) => [r.id, r.unitCost, "levels" in r])).toEqual([
      ["C", 5, false],
      ["F", 1.5, false],
      ["P", 54.85, false],
    ]);
  });

  it("counts a shared sub-assembly once per path and reports it on each level", () => {
    const m = defineModel({
      calendar: { periods: 1 },
      items: [
        { id: "T", source: "make" },
        { id: "U", source: "make" },
        { id: "S", source: "buy", cost: { material: 2 } },
      ],
      bom: [
        { parent: "T", child: "S", quantity: 1 },
        { parent: "T", child: "U", quantity: 1 },
        { parent: "U", child: "S", quantity: 2 },
      ],
    });
    const [t] = rollupCost(m, { item: "T" });
    expect(t!.unitCost).toBe(6);
    expect(t!.components).toEqual([
      { item: "S", quantity: 1, unitCost: 2, contribution: 2 },
      { item: "U", quantity: 1, unitCost: 4, contribution: 4 },
    ]);
    expect(t!.levels!.map((l) => l.total)).toEqual([0, 2, 4]);
  });

  it("ignores lines not effective at the as-of date", () => {
    const m = defineModel({
      calendar: { periods: 6 },
      items: [
        { id: "A", source: "make" },
        { id: "OLD", source: "buy", cost: { material: 1 } },
        { id: "NEW", source: "buy", cost: { material: 3 } },
      ],
      bom: [
        { parent: "A", child: "OLD", quantity: 1, to: 4 },
        { parent: "A", child: "NEW", quantity: 1, from: 4 },
      ],
    });
    expect(rollupCost(m, { item: "A" })[0]!.unitCost).toBe(1);
    expect(rollupCost(m, { item: "A", date: 5 })[0]!.unitCost).toBe(3);
  });

  it("handles a 100,000-level chain without recursion", () => {
    const n = 100_000;
    const id = (k: number) => `C${String(k).padStart(6, "0")}`;
    const m = defineModel({
      calendar: { periods: 1 },
      items: Array.from({ length: n }, (_, k) => ({ id: id(k), source: k === n - 1 ? ("buy" as const) : ("make" as const), cost: { material: 1 } })),
      bom: Array.from({ length: n - 1 }, (_, k) => ({ parent: id(k), child: id(k + 1), quantity: 1 })),
    });
    const all = rollupCost(m);
    expect(all[0]!.unitCost).toBe(n);
    expect(all[n - 1]!.unitCost).toBe(1);
    expect(rollupCost(m, { item: id(n - 3) })[0]!.levels!.map((l) => l.total)).toEqual([1, 1, 1]);
  });

  it("throws unknown_item for an item the model does not have", () => {
    expect(() => rollupCost(model, { item: "NOPE" })).toThrow(MrpError);
    try {
      rollupCost(model, { item: "NOPE" });
    } catch (e) {
      expect((e as MrpError).code).toBe("unknown_item");
    }
  });
});
