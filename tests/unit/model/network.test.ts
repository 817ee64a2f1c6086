import { describe, expect, it } from "vitest";
import { defineModel, itemRecords, plan, safeDefineModel, type Issue } from "../../../src/index.ts";

const issuesOf = (json: unknown): Issue[] => {
  const r = safeDefineModel(json);
  if (r.success) throw new Error("expected the model to be refused");
  return [...r.error.issues];
};

describe("a network's bad input", () => {
  it("is reported all at once, each problem at its path", () => {
    const issues = issuesOf({
      calendar: { periods: 8 },
      locations: [{ id: "PLANT" }, { id: "DC" }, { id: "DC" }, { id: "A@B" }, { id: "WH" }],
      items: [{ id: "LAMP", source: "make" }, { id: "BULB", source: "buy" }],
      itemLocations: [{ item: "LAMP", location: "MOON" }, { item: "GHOST", location: "DC" }, { item: "BULB", location: "PLANT", sourcing: "quota" }],
      sources: [
        { id: "S1", item: "LAMP", location: "DC", kind: "transfer", shipFrom: "PLANT" },
        { id: "S2", item: "BULB", location: "PLANT", kind: "buy", share: 0 },
        { id: "S3", item: "BULB", location: "PLANT", kind: "buy", share: 30 },
        { id: "S4", item: "LAMP", location: "PLANT", kind: "make", to: 5 },
        { id: "S5", item: "LAMP", location: "PLANT", kind: "buy", from: 3 },
        { id: "S6", item: "LAMP", location: "MARS", kind: "buy" },
        { id: "S7", item: "BULB", location: "DC", kind: "transfer", shipFrom: "WH" },
        { id: "S7", item: "BULB", location: "WH", kind: "transfer" },
      ],
      demands: [
        { id: "D1", item: "LAMP", due: 3, quantity: 5 },
        { id: "D2", item: "LAMP", location: "DC", due: 3, quantity: 5 },
      ],
    });
    const seen = issues.map((i) => [i.path.join("."), i.code, i.message]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ["locations.2.id", "duplicate_id", 'duplicate location id "DC"'],
        ["locations.3.id", "invalid_value", 'location id "A@B" must not contain "@" (ITEM@LOCATION names an item at a location)'],
        ["itemLocations.0.location", "unknown_reference", 'unknown location "MOON"'],
        ["itemLocations.1.item", "unknown_reference", 'unknown item "GHOST"'],
        ["sources.1.share", "invalid_value", 'share must be > 0: "quota" sourcing divides lots by the sources\' shares'],
        ["sources.4.priority", "ambiguous_source", 'source has the same priority (1) as "S4" and their effectivity overlaps: "priority" sourcing could not choose between them'],
        ["sources.5.location", "unknown_reference", 'unknown location "MARS"'],
        ["sources.7.id", "duplicate_id", 'duplicate source id "S7" (also at sources[6])'],
        ["sources.7.shipFrom", "missing_location", "a transfer source needs shipFrom, the location it ships from"],
        ["demands.0.location", "missing_location", "location is required: the model has locations"],
      ]),
    );
    // and nothing else: S7's transfer from WH is sound, since BULB has a source there (sources[7])
    expect(seen).toHaveLength(10);
    // a location with neither an itemLocations entry nor a source of the item does not stock it
    const notStocked = issuesOf({
      calendar: { periods: 4 },
      locations: [{ id: "P" }, { id: "D" }],
      items: [{ id: "X", source: "buy" }],
      sources: [{ id: "T", item: "X", location: "D", kind: "transfer", shipFrom: "P" }],
    });
    expect(notStocked).toEqual([
      { path: ["sources", 0, "shipFrom"], code: "not_stocked", message: '"X" is not stocked at "P": give it an itemLocations entry or a source there before transferring from it' },
    ]);
  });

  it("reports a located record of an unknown item instead of failing on it", () => {
    const issues = issuesOf({
      calendar: { periods: 4 },
      locations: [{ id: "A" }],
      items: [{ id: "X", source: "buy" }],
      demands: [
        { id: "D1", item: "Y", location: "A", due: 1, quantity: 1 },
        { id: "D2", item: "X", location: "A", due: 1, quantity: 1 },
      ],
      scheduledReceipts: [{ id: "R1", item: "Z", location: "A", due: 1, quantity: 1 }],
    });
    expect(issues).toEqual([
      { path: ["scheduledReceipts", 0, "item"], code: "unknown_reference", message: 'unknown item "Z"' },
      { path: ["demands", 0, "item"], code: "unknown_reference", message: 'unknown item "Y"' },
    ]);
  });

  it("names every transfer loop as a supply cycle, with its path", () => {
    const issues = issuesOf({
      calendar: { periods: 4 },
      locations: [{ id: "P" }, { id: "D" }],
      items: [{ id: "X", source: "buy" }, { id: "Y", source: "buy" }],
      sources: [
        { id: "T1", item: "X", location: "D", kind: "transfer", shipFrom: "P" },
        { id: "T2", item: "X", location: "P", kind: "transfer", shipFrom: "D" },
        { id: "T3", item: "Y", location: "D", kind: "transfer", shipFrom: "P" },
        { id: "T4", item: "Y", location: "P", kind: "transfer", shipFrom: "D" },
      ],
    });
    expect(issues).toEqual([
      { path: ["sources", 1, "shipFrom"], code: "supply_cycle", message: "supply cycle: X@D -> X@P -> X@D" },
      { path: ["sources", 3, "shipFrom"], code: "supply_cycle", message: "supply cycle: Y@D -> Y@P -> Y@D" },
    ]);
  });

  it("refuses a location in a model without locations, and a transfer to its own location", () => {
    expect(issuesOf({ calendar: { periods: 4 }, items: [{ id: "X", source: "buy" }], demands: [{ id: "D", item: "X", location: "P", due: 1, quantity: 1 }] })).toEqual([
      { path: ["demands", 0, "location"], code: "unknown_reference", message: "the model has no locations: add it to locations, or leave location out" },
    ]);
    expect(
      issuesOf({ calendar: { periods: 4 }, locations: [{ id: "P" }], items: [{ id: "X", source: "buy" }], sources: [{ id: "T", item: "X", location: "P", kind: "transfer", shipFrom: "P" }] }),
    ).toEqual([{ path: ["sources", 0, "shipFrom"], code: "invalid_value", message: 'a transfer cannot ship from its own location "P"' }]);
  });

  it("reports a field overridden at a location at its itemLocations entry", () => {
    expect(
      issuesOf({
        calendar: { periods: 4 },
        locations: [{ id: "P" }],
        items: [{ id: "X", source: "buy" }],
        itemLocations: [{ item: "X", location: "P", lotSizing: { rule: "eoq" } }],
      }),
    ).toEqual([{ path: ["itemLocations", 0, "cost"], code: "missing_cost", message: "lot-sizing rule eoq needs cost.setup > 0 and cost.holding > 0" }]);
  });
});

describe("a network's plan", () => {
  it("splits a lot by shares in whole units, the remainder to the largest fraction", () => {
    const r = plan(
      defineModel({
        calendar: { periods: 4 },
        locations: [{ id: "P" }],
        items: [{ id: "X", source: "buy", leadTime: 1 }],
        itemLocations: [{ item: "X", location: "P", sourcing: "split" }],
        sources: [
          { id: "A", item: "X", location: "P", kind: "buy", supplier: "SA", share: 1 },
          { id: "B", item: "X", location: "P", kind: "buy", supplier: "SB", share: 1 },
          { id: "C", item: "X", location: "P", kind: "buy", supplier: "SC", share: 1, orderModifiers: { multiple: 5 } },
        ],
        demands: [{ id: "D", item: "X", location: "P", due: 3, quantity: 10 }],
      }),
    );
    // 10 in thirds: 3.33 each; the one spare unit goes to the first of the tied fractions (A);
    // C's 3 rounds up to its multiple of 5
    expect(r.plannedOrders.map((o) => [o.id, o.source, o.supplier, o.quantity, o.release, o.due])).toEqual([
      ["X@P#1", "A", "SA", 4, 2, 3],
      ["X@P#2", "B", "SB", 3, 2, 3],
      ["X@P#3", "C", "SC", 5, 2, 3],
    ]);
    expect(r.plannedOrders[0]!.why).toEqual({ rule: "split", candidates: [{ source: "A", priority: 1, share: 1 }, { source: "B", priority: 1, share: 1 }, { source: "C", priority: 1, share: 1 }] });
  });

  it("plans a lot needed where no source is effective with the item's own lead time, and says so", () => {
    const r = plan(
      defineModel({
        calendar: { periods: 8 },
        locations: [{ id: "P" }],
        items: [{ id: "X", source: "buy", leadTime: 2 }],
        sources: [{ id: "NEW", item: "X", location: "P", kind: "buy", from: 6, leadTime: 1 }],
        demands: [{ id: "D1", item: "X", location: "P", due: 4, quantity: 5 }, { id: "D2", item: "X", location: "P", due: 7, quantity: 6 }],
      }),
    );
    expect(r.plannedOrders.map((o) => [o.id, o.kind, o.source ?? null, o.quantity, o.release, o.due, o.why])).toEqual([
      ["X@P#1", "buy", null, 5, 2, 4, { rule: "priority", candidates: [] }],
      ["X@P#2", "buy", "NEW", 6, 6, 7, { rule: "priority", candidates: [{ source: "NEW", priority: 1 }] }],
    ]);
  });

  it("makes at a location by its own BOM, and at the others by the BOM without a location", () => {
    const model = defineModel({
      calendar: { periods: 6 },
      locations: [{ id: "EU" }, { id: "US" }],
      items: [{ id: "KIT", source: "make", leadTime: 1 }, { id: "PLUG-EU", source: "buy" }, { id: "PLUG-US", source: "buy" }, { id: "BOX", source: "buy" }],
      bom: [
        { parent: "KIT", child: "PLUG-EU", quantity: 1 },
        { parent: "KIT", child: "BOX", quantity: 1 },
        { parent: "KIT", child: "PLUG-US", quantity: 2, location: "US" },
      ],
      demands: [{ id: "E", item: "KIT", location: "EU", due: 3, quantity: 4 }, { id: "U", item: "KIT", location: "US", due: 3, quantity: 5 }],
    });
    expect(model.items.map((i) => i.id)).toEqual(["BOX@EU", "KIT@EU", "KIT@US", "PLUG-EU@EU", "PLUG-US@US"]);
    const r = plan(model);
    expect(r.plannedOrders.filter((o) => o.item !== "KIT").map((o) => [o.id, o.quantity, o.due])).toEqual([
      ["BOX@EU#1", 4, 2],
      ["PLUG-EU@EU#1", 4, 2],
      ["PLUG-US@US#1", 10, 2],
    ]);
    expect(itemRecords(r, "PLUG-US@US").map((x) => x.grossRequirements)).toEqual([0, 10, 0, 0, 0, 0]);
  });
});
