/**
 * Supply networks in CSV: the locations, item-locations and sources tables and the location
 * columns of the others. A network model written and read back is the same model; a model
 * without locations is written exactly as before; bad cells are named at file, line and column.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../../src/io/exportCsv.js";
import { importCsv, safeImportCsv, type ImportCsvTables } from "../../../src/io/importCsv.js";
import { defineModel } from "../../../src/model/defineModel.js";
import type { ModelInput } from "../../../src/model/schema.js";

const json = (path: string): ModelInput => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")) as ModelInput;
const roundTrip = (m: ReturnType<typeof defineModel>) => defineModel(importCsv(exportCsv(m)));

/** Every network field the CSV tables carry, each at a value other than its default. */
const RICH: ModelInput = {
  calendar: { unit: "day", start: "2026-01-05", end: "2026-02-27" },
  locations: [{ id: "PLANT", name: "Main plant; hall 2" }, { id: "DC" }, { id: "SUB" }],
  items: [
    { id: "CHAIR", source: "make", leadTime: 2, onHand: 5, attributes: { family: "seating" } },
    { id: "SEAT", source: "make", leadTime: 1 },
    { id: "BOLT", source: "buy", leadTime: 3, orderModifiers: { multiple: 100 } },
  ],
  itemLocations: [
    {
      item: "CHAIR",
      location: "DC",
      sourcing: "priority",
      name: "Chair (DC)",
      uom: "PC",
      leadTime: 1,
      safetyStock: 4,
      safetyLeadTime: 1,
      lotSizing: { rule: "min-max", min: 5, max: 40 },
      orderModifiers: { maximum: 30 },
      assemblyScrap: 0.015,
      planningTimeFence: 1,
      demandTimeFence: 2,
      consumption: { backward: 1 },
      rescheduleHorizon: 0,
      cost: { holding: 0.2 },
      costingLotSize: 10,
      onHand: 12,
      allocated: 2,
      attributes: { planner: "P2", abc: "A" },
    },
    { item: "BOLT", location: "PLANT", sourcing: "split", decimals: 0, lotSizing: { rule: "fixed", quantity: 500 } },
    { item: "CHAIR", location: "SUB", sourcing: "quota", category: "own", source: "buy", leadTimeFrom: "item", assemblyScrapMode: "order" },
  ],
  sources: [
    { id: "S-DC", item: "CHAIR", location: "DC", kind: "transfer", shipFrom: "PLANT", leadTime: 2, priority: 1 },
    { id: "S-DC2", item: "CHAIR", location: "DC", kind: "transfer", shipFrom: "SUB", leadTime: 4, priority: 2, from: "2026-01-12", to: "2026-02-09" },
    { id: "S-MAKE", item: "CHAIR", location: "PLANT", kind: "make" },
    { id: "S-B1", item: "BOLT", location: "PLANT", kind: "buy", supplier: "ACME", share: 60, priority: 1, orderModifiers: { minimum: 50, multiple: 25 } },
    { id: "S-B2", item: "BOLT", location: "PLANT", kind: "buy", supplier: "BOLTCO", share: 40, priority: 2, base: 120, leadTime: 5 },
    { id: "S-Q1", item: "CHAIR", location: "SUB", kind: "buy", supplier: "X", share: 1 },
  ],
  bom: [
    { parent: "CHAIR", child: "SEAT", quantity: 1 },
    { parent: "CHAIR", child: "BOLT", quantity: 8, scrap: 0.02 },
    { parent: "CHAIR", child: "BOLT", quantity: 10, location: "PLANT", from: "2026-01-19" },
    { parent: "SEAT", child: "BOLT", quantity: 4 },
  ],
  workCenters: [
    { id: "SAW", capacity: 8, location: "PLANT", changes: [{ from: "2026-02-02", capacity: 16 }] },
    { id: "PACK", name: "Packing", capacity: 7.5 },
  ],
  routings: [
    { item: "CHAIR", operations: [{ seq: 10, workCenter: "PACK", run: 0.1 }] },
    { item: "CHAIR", location: "PLANT", operations: [{ seq: 10, workCenter: "SAW", setup: 1, run: 0.5 }, { seq: 20, workCenter: "PACK", run: 0.1 }] },
  ],
  scheduledReceipts: [
    { id: "PO-1", item: "BOLT", location: "PLANT", due: "2026-01-07", quantity: 200, attributes: { po: "4500" } },
    { id: "TR-1", item: "CHAIR", location: "DC", shipFrom: "PLANT", due: "2026-01-08", quantity: 6 },
  ],
  firmPlannedOrders: [{ id: "F-1", item: "SEAT", location: "PLANT", due: "2026-01-14", quantity: 10 }],
  demands: [
    { id: "SO-1", item: "CHAIR", location: "DC", due: "2026-01-15", quantity: 9 },
    { id: "FC-1", item: "CHAIR", location: "DC", due: "2026-01-22", quantity: 20, kind: "forecast" },
    { id: "SO-2", item: "CHAIR", location: "PLANT", due: "2026-01-20", quantity: 3 },
  ],
};

describe("supply networks in CSV", () => {
  it.each(["tests/golden/network/drp-plant-two-dcs.json", "tests/golden/network/quota-two-suppliers.json", "tests/golden/network/supplier-switch.json", "examples/network.json"])(
    "round-trips %s: the model read back is the same model",
    (path) => {
      const m = defineModel(json(path));
      expect(m.data.locations.length).toBeGreaterThan(0);
      expect(JSON.stringify(roundTrip(m).data)).toBe(JSON.stringify(m.data));
    },
  );

  it("round-trips every network field: overrides, sources, per-location BOM, routings and work centers, transfers in transit", () => {
    const m = defineModel(RICH);
    expect(JSON.stringify(roundTrip(m).data)).toBe(JSON.stringify(m.data));
    // with semicolons and a byte-order mark too
    expect(JSON.stringify(defineModel(importCsv(exportCsv(m, { delimiter: ";", bom: true }))).data)).toBe(JSON.stringify(m.data));
  });

  it("writes the network tables and the location columns of a network model", () => {
    const t = exportCsv(defineModel(json("tests/golden/network/drp-plant-two-dcs.json")));
    expect(t.locations).toBe("location,description\nDC-EAST,East distribution center\nDC-WEST,West distribution center\nPLANT,Lamp plant\n");
    expect(t.sources).toBe(
      "source_id,part_number,location,kind,ship_from,supplier,lead_time,priority,share,base,min_order,max_order,order_multiple,valid_from,valid_to\n" +
        "S-EAST,LAMP,DC-EAST,transfer,PLANT,,2,1,,0,,,,,\n" +
        "S-MAKE,LAMP,PLANT,make,,,,1,,0,,,,,\n" +
        "S-WEST,LAMP,DC-WEST,transfer,PLANT,,1,1,,0,,,,,\n",
    );
    // only the overridden cells are filled: safety stock, the fixed lot, on hand
    const il = t.itemLocations!.split("\n");
    const header = il[0]!.split(",");
    const row = (n: number): Record<string, string> => Object.fromEntries(il[n]!.split(",").map((v, k): [string, string] => [header[k]!, v]).filter(([, v]) => v !== ""));
    expect(row(1)).toEqual({ part_number: "LAMP", location: "DC-EAST", sourcing: "priority", safety_stock: "20", lot_rule: "fixed", lot_size: "50", on_hand: "40" });
    expect(row(3)).toEqual({ part_number: "LAMP", location: "PLANT", sourcing: "priority", on_hand: "60" });
    expect(t.receipts).toBe("order_id,part_number,due,quantity,location,ship_from\nPO-1,BULB,3,100,PLANT,\nTR-1,LAMP,2,20,DC-WEST,PLANT\n");
    expect(t.bom).toBe("parent,component,quantity_per,scrap_pct,fixed,offset,operation,valid_from,valid_to,location\nLAMP,BULB,2,0,no,0,,,,\n");
    expect(t.demands!.split("\n").slice(0, 2)).toEqual(["demand_id,part_number,due,quantity,kind,location", "E1,LAMP,1,10,order,DC-EAST"]);
  });

  it("writes a model without locations exactly as before: no location columns, no network tables", () => {
    for (const name of ["bicycle", "workshop"]) {
      const t = exportCsv(defineModel(json(`examples/${name}.json`)));
      expect(Object.keys(t).filter((k) => ["locations", "itemLocations", "sources"].includes(k))).toEqual([]);
      for (const [table, text] of Object.entries(t)) expect(text.split("\n")[0]!.split(","), table).not.toContain("location");
    }
    const t = exportCsv(
      defineModel({
        calendar: { periods: 4 },
        items: [{ id: "A", source: "make" }, { id: "B", source: "buy" }],
        bom: [{ parent: "A", child: "B", quantity: 1 }],
        workCenters: [{ id: "W", capacity: 8 }],
        routings: [{ item: "A", operations: [{ seq: 10, workCenter: "W" }] }],
        scheduledReceipts: [{ id: "PO", item: "B", due: 1, quantity: 1 }],
        firmPlannedOrders: [{ id: "F", item: "A", due: 2, quantity: 1 }],
        demands: [{ id: "D", item: "A", due: 3, quantity: 1 }],
      }),
    );
    expect(t.bom!.split("\n")[0]).toBe("parent,component,quantity_per,scrap_pct,fixed,offset,operation,valid_from,valid_to");
    expect(t.routings!.split("\n")[0]).toBe("part_number,seq,work_center,description,setup_hours,run_hours,queue,move,outsourced_lead_time,outsourced_cost");
    expect(t.workCenters!.split("\n")[0]).toBe("work_center,description,capacity_hours,efficiency,utilization,rate");
    expect(t.receipts!.split("\n")[0]).toBe("order_id,part_number,due,quantity");
    expect(t.firmOrders!.split("\n")[0]).toBe("order_id,part_number,due,quantity");
    expect(t.demands!.split("\n")[0]).toBe("demand_id,part_number,due,quantity,kind");
  });

  it("groups routing rows by part number and location: one routing per location, and one without", () => {
    const m = importCsv(
      {
        items: "part_number,source\nA,make\n",
        locations: "id,name\nP,Plant\nQ,\n",
        workCenters: "work_center,capacity_hours,site\nW,8,\nWP,8,P\n",
        routings: "part_number,seq,work_center,location\nA,10,W,\nA,10,WP,P\nA,20,W,P\nA,20,W,\n",
        demands: "demand_id,part_number,due,quantity,location\nD,A,2,1,Q\n",
      },
      { calendar: { periods: 4 } },
    );
    expect(m.locations).toEqual([{ id: "P", name: "Plant" }, { id: "Q" }]);
    expect(m.workCenters).toEqual([{ id: "W", capacity: 8 }, { id: "WP", capacity: 8, location: "P" }]);
    expect(m.routings).toEqual([
      { item: "A", operations: [{ seq: 10, workCenter: "W" }, { seq: 20, workCenter: "W" }] },
      { item: "A", operations: [{ seq: 10, workCenter: "WP" }, { seq: 20, workCenter: "W" }], location: "P" },
    ]);
    expect(m.demands).toEqual([{ id: "D", item: "A", due: 2, quantity: 1, location: "Q" }]);
  });

  it("reads empty override cells as not overridden, and synonyms of sourcing rules and source kinds", () => {
    const m = importCsv(
      {
        items: "part_number,source,lead_time,safety_stock\nA,buy,3,7\n",
        locations: "location\nP\n",
        itemLocations: "item,location,sourcing_rule,lead_time,safety_stock,min_order,on_hand\nA,P,Quota arrangement,,2,,9\n",
        sources: "id,item,location,supply_kind,supplier,quota\nS1,A,P,Purchase,V1,70\nS2,A,P,buy,V2,30\n",
      },
      { calendar: { periods: 4 } },
    );
    expect(m.itemLocations).toEqual([{ item: "A", location: "P", sourcing: "quota", safetyStock: 2, onHand: 9 }]);
    expect(m.sources).toEqual([
      { id: "S1", item: "A", location: "P", kind: "buy", supplier: "V1", share: 70 },
      { id: "S2", item: "A", location: "P", kind: "buy", supplier: "V2", share: 30 },
    ]);
    const model = defineModel(m);
    // the node keeps the item's lead time, and takes its own safety stock and on hand
    const node = model.items[model.itemIndex.get("A@P")!]!;
    expect([node.leadTime, node.safetyStock, node.onHand]).toEqual([3, 2, 9]);
  });

  it("names every bad cell of the network tables at its file, line and column, all at once", () => {
    const r = safeImportCsv(
      {
        items: "part_number,source\nLAMP,make\nBULB,buy\n",
        locations: "location\nPLANT\nDC\nEMPTY\n",
        itemLocations: "part_number,location,sourcing,lot_size,lead_time\nBULB,PLANT,quota,,\nLAMP,DC,priority,50,\nLAMP,MARS,prio,,x\n",
        sources:
          "source_id,part_number,location,kind,ship_from,share\nS1,BULB,PLANT,buy,,0\nS2,BULB,PLANT,buy,,30\nS3,LAMP,DC,transfer,DC,\nS4,BULB,DC,transfer,PLANT,\nS5,LAMP,PLANT,fly,,\nS6,BULB,PLANT,transfer,EMPTY,1\n",
        demands: "demand_id,part_number,due,quantity,location\nD1,LAMP,1,5,DC\nD2,LAMP,2,5,\nD3,LAMP,2,5,MOON\n",
        receipts: "order_id,part_number,due,quantity,location,ship_from\nTR,LAMP,1,5,DC,NOWHERE\n",
        bom: "parent,component,quantity_per,location\nLAMP,BULB,1,ATLANTIS\n",
      },
      { calendar: { periods: 4 } },
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => `${i.path.join(":")} ${i.code}: ${i.message}`)).toEqual([
      'bom.csv:2:location unknown_reference: unknown location "ATLANTIS"',
      'receipts.csv:2:ship_from unknown_reference: unknown location "NOWHERE"',
      "demands.csv:3:location missing_location: location is required: the model has locations",
      'demands.csv:4:location unknown_reference: unknown location "MOON"',
      "item-locations.csv:3:lot_size unused_value: lot_size applies to lot_rule fixed only, and lot_rule is empty here (an empty lot_rule keeps the item's lot sizing): give lot_rule fixed",
      'item-locations.csv:4:sourcing invalid_value: unknown sourcing "prio": expected priority, quota or split',
      'item-locations.csv:4:lead_time invalid_number: "x" is not a number',
      'item-locations.csv:4:location unknown_reference: unknown location "MARS"',
      'sources.csv:2:share invalid_value: share must be > 0: "quota" sourcing divides lots by the sources\' shares',
      'sources.csv:4:ship_from invalid_value: a transfer cannot ship from its own location "DC"',
      'sources.csv:6:kind invalid_value: unknown source kind "fly": expected make, buy or transfer',
      'sources.csv:7:ship_from not_stocked: "BULB" is not stocked at "EMPTY": give it an itemLocations entry or a source there before transferring from it',
    ]);
  });

  it("refuses a sources table without its required columns, naming them", () => {
    const r = safeImportCsv({ items: "part_number,source\nA,buy\n", locations: "location\nP\n", sources: "source_id,part_number\nS,A\n" }, { calendar: { periods: 4 } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.path, i.code])).toEqual([
      [["sources.csv", 1, "location"], "missing_column"],
      [["sources.csv", 1, "kind"], "missing_column"],
    ]);
  });

  it("reads the network tables shown in docs/csv.md into the network of examples/network.json", () => {
    const doc = readFileSync(new URL("../../../docs/csv.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf("## Supply networks"));
    const block = section.slice(section.indexOf("```\n") + 4, section.indexOf("\n```", section.indexOf("```\n") + 4));
    const files = new Map(block.split("\n\n").map((part) => {
      const [name, ...lines] = part.split("\n");
      return [name!, lines.join("\n") + "\n"] as const;
    }));
    expect([...files.keys()]).toEqual(["locations.csv", "item-locations.csv", "sources.csv", "demands.csv", "receipts.csv"]);
    const example = defineModel(json("examples/network.json"));
    const full = exportCsv(example);
    const tables: ImportCsvTables = {
      ...full,
      locations: files.get("locations.csv")!,
      itemLocations: files.get("item-locations.csv")!,
      sources: files.get("sources.csv")!,
      receipts: files.get("receipts.csv")!,
    };
    const m = defineModel(importCsv(tables));
    expect(m.data.locations).toEqual(example.data.locations);
    expect(m.data.itemLocations).toEqual(example.data.itemLocations);
    expect(m.data.sources).toEqual(example.data.sources);
    expect(m.data.scheduledReceipts).toEqual(example.data.scheduledReceipts);
    const demands = defineModel(importCsv({ ...tables, demands: files.get("demands.csv")! })).data.demands;
    expect(demands).toEqual(example.data.demands.filter((d) => d.id === "E1" || d.id === "W1"));
  });
});
