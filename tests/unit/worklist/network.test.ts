import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineModel } from "../../../src/model/defineModel.js";
import type { ModelInput } from "../../../src/model/schema.js";
import { plan } from "../../../src/mrp/plan.js";
import { demandsAtRisk } from "../../../src/worklist/demandsAtRisk.js";
import { releaseList } from "../../../src/worklist/releaseList.js";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")) as ModelInput;

describe("the worklists of a supply network", () => {
  it("release list of the DRP example through period 3: purchases, production and transfers, each at its location", () => {
    const r = releaseList(plan(defineModel(read("examples/network.json"))), { through: 3 });
    expect(r).toEqual({
      through: 3,
      buy: [
        { id: "BULB@PLANT#1", item: "BULB", location: "PLANT", kind: "buy", name: "LED bulb", quantity: 50, uom: "EA", release: 1, due: 3 },
        { id: "BULB@PLANT#2", item: "BULB", location: "PLANT", kind: "buy", name: "LED bulb", quantity: 150, uom: "EA", release: 3, due: 5 },
      ],
      make: [
        { id: "LAMP@PLANT#1", item: "LAMP", location: "PLANT", kind: "make", name: "Desk lamp", quantity: 10, uom: "EA", release: 2, due: 3 },
        { id: "LAMP@PLANT#2", item: "LAMP", location: "PLANT", kind: "make", name: "Desk lamp", quantity: 70, uom: "EA", release: 3, due: 4 },
      ],
      transfer: [
        { id: "LAMP@DC-EAST#1", item: "LAMP", location: "DC-EAST", kind: "transfer", shipFrom: "PLANT", name: "Desk lamp", quantity: 50, uom: "EA", release: 1, due: 3 },
        { id: "LAMP@DC-WEST#1", item: "LAMP", location: "DC-WEST", kind: "transfer", shipFrom: "PLANT", name: "Desk lamp", quantity: 5, uom: "EA", release: 2, due: 3 },
        { id: "LAMP@DC-WEST#2", item: "LAMP", location: "DC-WEST", kind: "transfer", shipFrom: "PLANT", name: "Desk lamp", quantity: 15, uom: "EA", release: 3, due: 4 },
      ],
    });
  });

  it("a purchase names its supplier: the 70/30 quota's period-2 releases go to both", () => {
    const r = releaseList(plan(defineModel(read("tests/golden/network/quota-two-suppliers.json"))), { through: 2 });
    expect(r.buy.map((l) => [l.id, l.supplier, l.quantity, l.release, l.due])).toEqual([
      ["BULB@PLANT#1", "SUP-A", 100, 2, 3],
      ["BULB@PLANT#2", "SUP-B", 60, 2, 4],
    ]);
    expect(r.make).toEqual([]);
    expect(r.transfer).toEqual([]);
  });

  it("a DC's customer order is at risk through its transfer to the plant's late make order, and to the plant's overdue open order", () => {
    const model = defineModel({
      calendar: { periods: 6 },
      locations: [{ id: "PLANT" }, { id: "DC" }],
      items: [
        { id: "LAMP", source: "make", leadTime: 2 },
        { id: "BULB", source: "buy", leadTime: 1 },
      ],
      bom: [{ parent: "LAMP", child: "BULB", quantity: 2 }],
      sources: [
        { id: "S-DC", item: "LAMP", location: "DC", kind: "transfer", shipFrom: "PLANT", leadTime: 1 },
        { id: "S-MAKE", item: "LAMP", location: "PLANT", kind: "make" },
      ],
      scheduledReceipts: [{ id: "PO-9", item: "BULB", location: "PLANT", due: 0, quantity: 10 }],
      demands: [
        { id: "D1", item: "LAMP", location: "DC", due: 2, quantity: 30, attributes: { customer: "ACME" } },
        { id: "D2", item: "LAMP", location: "DC", due: 5, quantity: 10 },
      ],
    });
    // D1 (30 at DC, period 2) ships from PLANT in period 1 (LAMP@DC#1), so the plant must make 30
    // by period 1: released at -1, two periods before the start (LAMP@PLANT#1). Its 60 bulbs, less
    // PO-9's 10, are bought at 0, one period late (BULB@PLANT#1: 50). PO-9, due at 0, is counted at
    // period 1 when the plant's bulbs are short without it: for D1's lamps and for D2's (LAMP@PLANT#2
    // releases at 2 and needs 20 bulbs; BULB@PLANT#2 brings them at 2).
    const r = demandsAtRisk(plan(model));
    expect(r.demands.map((d) => [d.demand, d.item, d.location, d.ticksLate, d.expected])).toEqual([
      ["D1", "LAMP", "DC", 2, 4],
      ["D2", "LAMP", "DC", 1, 6],
    ]);
    expect(r.demands[0]!.attributes).toEqual({ customer: "ACME" });
    expect(r.demands[0]!.causes).toEqual([
      {
        kind: "late-release",
        item: "LAMP",
        location: "PLANT",
        ref: "LAMP@PLANT#1",
        path: ["LAMP@DC#1", "LAMP@PLANT#1"],
        quantity: 30,
        ticksLate: 2,
        message: "LAMP@PLANT: order LAMP@PLANT#1 (30) should have been released at period -1, 2 periods before the planning start; released at period 1",
      },
      {
        kind: "late-release",
        item: "BULB",
        location: "PLANT",
        ref: "BULB@PLANT#1",
        path: ["LAMP@DC#1", "LAMP@PLANT#1", "BULB@PLANT#1"],
        quantity: 25,
        ticksLate: 1,
        message: "BULB@PLANT: order BULB@PLANT#1 (50) should have been released at period 0, 1 period before the planning start; released at period 1",
      },
      {
        kind: "past-due-receipt",
        item: "BULB",
        location: "PLANT",
        ref: "PO-9",
        path: ["LAMP@DC#1", "LAMP@PLANT#1", "PO-9"],
        quantity: 30,
        ticksLate: 1,
        message: "BULB@PLANT: open order PO-9 (10) was due period 0, before the planning start, and is counted as received at period 1: expedite it or correct its date",
      },
    ]);
    expect(r.demands[1]!.causes.map((c) => [c.kind, c.ref, c.path])).toEqual([["past-due-receipt", "PO-9", ["LAMP@DC#2", "LAMP@PLANT#2", "PO-9"]]]);
  });

  it("a plant's order received after the DC's transfer ships is a shortage of the DC's demand, named at the plant", () => {
    const model = defineModel({
      calendar: { periods: 6 },
      locations: [{ id: "PLANT" }, { id: "DC" }],
      items: [{ id: "LAMP", source: "make", leadTime: 1 }],
      sources: [{ id: "S-DC", item: "LAMP", location: "DC", kind: "transfer", shipFrom: "PLANT", leadTime: 1 }],
      itemLocations: [{ item: "LAMP", location: "PLANT", planningTimeFence: 4 }],
      firmPlannedOrders: [{ id: "FPO-1", item: "LAMP", location: "PLANT", due: 4, quantity: 20 }],
      demands: [{ id: "D1", item: "LAMP", location: "DC", due: 3, quantity: 20 }],
    });
    // D1 ships from the plant in period 2 (LAMP@DC#1); inside the plant's fence only FPO-1, due in
    // period 4, covers it: two periods late.
    const r = demandsAtRisk(plan(model));
    expect(r.demands.map((d) => [d.demand, d.location, d.ticksLate, d.expected])).toEqual([["D1", "DC", 2, 5]]);
    expect(r.demands[0]!.causes).toEqual([
      {
        kind: "shortage",
        item: "LAMP",
        location: "PLANT",
        ref: "FPO-1",
        path: ["LAMP@DC#1", "FPO-1"],
        quantity: 20,
        ticksLate: 2,
        message: "LAMP@PLANT: 20 needed at period 2 arrive with order FPO-1 at period 4, 2 periods late",
      },
    ]);
  });
});
