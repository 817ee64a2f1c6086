import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rollupCost } from "../../../src/cost/rollupCost.js";
import { UnknownItemError } from "../../../src/errors/UnknownItemError.js";
import { defineModel } from "../../../src/model/defineModel.js";
import type { ModelInput } from "../../../src/model/schema.js";

const drp = JSON.parse(readFileSync(new URL("../../../examples/network.json", import.meta.url), "utf8")) as ModelInput;

describe("cost roll-up of a supply network", () => {
  it("DRP: a DC costs what the plant that ships to it costs", () => {
    // LAMP: own material 4; BULB 2.5; a lamp takes 2 bulbs: 4 + 2 x 2.5 = 9 at the plant
    const model = defineModel({
      ...drp,
      items: drp.items!.map((i) => ({ ...i, cost: { material: i.id === "LAMP" ? 4 : 2.5 } })),
    });
    const all = rollupCost(model);
    expect(all.map((r) => [r.id, r.unitCost, r.material])).toEqual([
      ["BULB@PLANT", 2.5, 2.5],
      ["LAMP@DC-EAST", 9, 9],
      ["LAMP@DC-WEST", 9, 9],
      ["LAMP@PLANT", 9, 9],
    ]);
    const [east] = rollupCost(model, { item: "LAMP@DC-EAST" });
    expect(east).toEqual({
      id: "LAMP@DC-EAST",
      unitCost: 9,
      material: 9,
      setup: 0,
      labour: 0,
      outsourced: 0,
      levels: [
        { level: 0, material: 0, setup: 0, labour: 0, outsourced: 0, total: 0 },
        { level: 1, material: 4, setup: 0, labour: 0, outsourced: 0, total: 4 },
        { level: 2, material: 5, setup: 0, labour: 0, outsourced: 0, total: 5 },
      ],
      components: [{ item: "LAMP@PLANT", quantity: 1, unitCost: 9, contribution: 9 }],
    });
    expect(() => rollupCost(model, { item: "LAMP" })).toThrow(UnknownItemError);
  });

  /**
   * LAMP is made at PLANT (2 bulbs) and at KIT with its own BOM (1 bulb shipped from PLANT, 1
   * shade); WEST buys it until period 5, then takes it from KIT. ASSY: 40 an hour, 0.25 h a lamp.
   */
  const network: ModelInput = {
    calendar: { periods: 8 },
    locations: [{ id: "PLANT" }, { id: "KIT" }, { id: "WEST" }],
    items: [
      { id: "LAMP", source: "make", cost: { material: 1 } },
      { id: "BULB", source: "buy", costingLotSize: 5, cost: { material: 3, setup: 10 } },
      { id: "SHADE", source: "buy", cost: { material: 4 } },
    ],
    bom: [
      { parent: "LAMP", child: "BULB", quantity: 2 },
      { parent: "LAMP", child: "BULB", quantity: 1, location: "KIT" },
      { parent: "LAMP", child: "SHADE", quantity: 1, location: "KIT" },
    ],
    workCenters: [{ id: "ASSY", capacity: 8, rate: 40 }],
    routings: [{ item: "LAMP", operations: [{ seq: 10, workCenter: "ASSY", run: 0.25 }] }],
    itemLocations: [
      { item: "BULB", location: "PLANT" },
      { item: "LAMP", location: "PLANT" },
      { item: "LAMP", location: "WEST", costingLotSize: 10, cost: { material: 30, setup: 20 } },
    ],
    sources: [
      { id: "S-KIT", item: "LAMP", location: "KIT", kind: "make" },
      { id: "S-BULB", item: "BULB", location: "KIT", kind: "transfer", shipFrom: "PLANT", leadTime: 1 },
      { id: "S-BUY", item: "LAMP", location: "WEST", kind: "buy", supplier: "SUP", to: 5 },
      { id: "S-TR", item: "LAMP", location: "WEST", kind: "transfer", shipFrom: "KIT", leadTime: 1, from: 5 },
    ],
  };

  it("a location with its own BOM costs its own structure; a purchase costs its material and setup; the source follows the date", () => {
    const model = defineModel(network);
    // BULB@PLANT: 3 + 10 / 5 = 5. LAMP@PLANT: 1 + 0.25 x 40 + 2 x 5 = 21.
    // LAMP@KIT: 1 + 10 + 1 x BULB@KIT (shipped from PLANT: 5) + 1 x SHADE (4) = 20.
    // LAMP@WEST bought until period 5: 30 + 20 / 10 = 32; from period 5 shipped from KIT: 20.
    expect(rollupCost(model).map((r) => [r.id, r.unitCost])).toEqual([
      ["BULB@KIT", 5],
      ["BULB@PLANT", 5],
      ["LAMP@KIT", 20],
      ["LAMP@PLANT", 21],
      ["LAMP@WEST", 32],
      ["SHADE@KIT", 4],
    ]);
    const [kit] = rollupCost(model, { item: "LAMP@KIT" });
    expect(kit).toMatchObject({ unitCost: 20, material: 8, setup: 2, labour: 10, outsourced: 0 });
    expect(kit!.components).toEqual([
      { item: "BULB@KIT", quantity: 1, unitCost: 5, contribution: 5 },
      { item: "SHADE@KIT", quantity: 1, unitCost: 4, contribution: 4 },
    ]);
    const [bought] = rollupCost(model, { item: "LAMP@WEST" });
    expect(bought).toMatchObject({ unitCost: 32, material: 30, setup: 2, labour: 0, components: [] });
    const [later] = rollupCost(model, { item: "LAMP@WEST", date: 5 });
    expect(later).toMatchObject({ unitCost: 20, material: 8, setup: 2, labour: 10, components: [{ item: "LAMP@KIT", quantity: 1, unitCost: 20, contribution: 20 }] });
    expect(later!.levels!.map((l) => l.total)).toEqual([0, 11, 4, 5]);
  });

  it("a network of one location without sources costs as the model without locations", () => {
    const single: ModelInput = {
      calendar: { periods: 4 },
      items: network.items!,
      bom: [{ parent: "LAMP", child: "BULB", quantity: 2 }],
      workCenters: network.workCenters!,
      routings: network.routings!,
    };
    const plain = rollupCost(defineModel(single));
    const located = rollupCost(defineModel({ ...single, locations: [{ id: "P" }], itemLocations: [{ item: "LAMP", location: "P" }] }));
    expect(located.map((r) => ({ ...r, id: r.id.replace("@P", ""), components: r.components.map((c) => ({ ...c, item: c.item.replace("@P", "") })) }))).toEqual(
      plain.filter((r) => r.id !== "SHADE"),
    );
  });
});
