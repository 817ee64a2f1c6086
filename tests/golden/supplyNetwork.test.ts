/**
 * Golden supply-network plans (tests/golden/network): a plant feeding two distribution centers
 * (DRP), a bought part shared 70/30 by two suppliers under a quota, and a supplier switch on an
 * effectivity date. Every number below was worked out by hand, with the reasoning, in
 * docs/supply-network.md; the plan must match it order by order and cell by cell.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineModel, itemRecords, plan, type PlannedOrder, type PlanResult, type SourceCandidate } from "../../src/index.js";

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const model = (name: string): unknown => read(`./network/${name}.json`);


/** A node's MRP grid, one entry per period 1..N. */
interface Grid {
  readonly grossRequirements: readonly number[];
  readonly scheduledReceipts: readonly number[];
  readonly projectedOnHand: readonly number[];
  readonly netRequirements: readonly number[];
  readonly plannedOrderReceipts: readonly number[];
  readonly plannedOrderReleases: readonly number[];
}

const ROWS = ["grossRequirements", "scheduledReceipts", "projectedOnHand", "netRequirements", "plannedOrderReceipts", "plannedOrderReleases"] as const;

/** Each model planned once, on first use: a model the planner rejects fails each test with its error. */
const plans = new Map<string, PlanResult>();
function planOf(name: string): PlanResult {
  let result = plans.get(name);
  if (result === undefined) {
    result = plan(defineModel(model(name)));
    plans.set(name, result);
  }
  return result;
}

const orders = (result: PlanResult): readonly PlannedOrder[] => result.plannedOrders;

/** The fields every planned order is checked on (pegging aside); an absent field reads undefined. */
function essentials(o: PlannedOrder): Record<string, unknown> {
  const { id, item, location, kind, source, supplier, shipFrom, quantity, release, due } = o;
  return { id, item, location, kind, source, supplier, shipFrom, quantity, release, due };
}

function expectGrid(result: PlanResult, node: string, grid: Grid): void {
  const records = itemRecords(result, node);
  expect(records.map((r) => r.period), `${node} periods`).toEqual(grid.grossRequirements.map((_, k) => k + 1));
  for (const row of ROWS) expect(records.map((r) => r[row]), `${node} ${row}`).toEqual(grid[row]);
}

/** Candidates sorted by source id, ratings compared to 9 decimals (they are quotients). */
function expectWhy(o: PlannedOrder, rule: string, candidates: readonly SourceCandidate[]): void {
  expect(o.why, `${o.id} why`).toBeDefined();
  expect(o.why!.rule, `${o.id} rule`).toBe(rule);
  const got = [...o.why!.candidates].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  expect(got.map((c) => [c.source, c.priority, c.share]), `${o.id} candidates`).toEqual(candidates.map((c) => [c.source, c.priority, c.share]));
  candidates.forEach((c, k) => {
    if (c.rating === undefined) expect(got[k]!.rating, `${o.id} ${c.source} rating`).toBeUndefined();
    else expect(got[k]!.rating, `${o.id} ${c.source} rating`).toBeCloseTo(c.rating, 9);
  });
}

describe("DRP: a plant feeding two distribution centers", () => {
  const result = (): PlanResult => planOf("drp-plant-two-dcs");

  it("plans the nodes by low-level code over (item, location): the DCs, then the plant, then its part", () => {
    expect(result().items.map((n) => [n.id, n.lowLevelCode, n.item, n.location])).toEqual([
      ["LAMP@DC-EAST", 0, "LAMP", "DC-EAST"],
      ["LAMP@DC-WEST", 0, "LAMP", "DC-WEST"],
      ["LAMP@PLANT", 1, "LAMP", "PLANT"],
      ["BULB@PLANT", 2, "BULB", "PLANT"],
    ]);
  });

  it("DC-EAST: fixed lots of 50 keep 20 in safety stock, shipped 2 periods ahead", () => {
    expectGrid(result(), "LAMP@DC-EAST", {
      grossRequirements: [10, 10, 15, 20, 10, 25, 15, 20],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [30, 20, 55, 35, 25, 50, 35, 65],
      netRequirements: [0, 0, 15, 0, 0, 20, 0, 5],
      plannedOrderReceipts: [0, 0, 50, 0, 0, 50, 0, 50],
      plannedOrderReleases: [50, 0, 0, 50, 0, 50, 0, 0],
    });
  });

  it("DC-WEST: lot for lot above a safety stock of 10, one period in transit, a transfer already on the road", () => {
    expectGrid(result(), "LAMP@DC-WEST", {
      grossRequirements: [15, 20, 10, 15, 20, 10, 15, 10],
      scheduledReceipts: [0, 20, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [15, 15, 10, 10, 10, 10, 10, 10],
      netRequirements: [0, 0, 5, 15, 20, 10, 15, 10],
      plannedOrderReceipts: [0, 0, 5, 15, 20, 10, 15, 10],
      plannedOrderReleases: [0, 5, 15, 20, 10, 15, 10, 0],
    });
  });

  it("PLANT: the DCs' transfer releases are its gross requirements, on their ship dates", () => {
    const east = itemRecords(result(), "LAMP@DC-EAST").map((r) => r.plannedOrderReleases);
    const west = itemRecords(result(), "LAMP@DC-WEST").map((r) => r.plannedOrderReleases);
    expect(itemRecords(result(), "LAMP@PLANT").map((r) => r.grossRequirements)).toEqual(east.map((q, k) => q + west[k]!));
    expectGrid(result(), "LAMP@PLANT", {
      grossRequirements: [50, 5, 15, 70, 10, 65, 10, 0],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [10, 5, 0, 0, 0, 0, 0, 0],
      netRequirements: [0, 0, 10, 70, 10, 65, 10, 0],
      plannedOrderReceipts: [0, 0, 10, 70, 10, 65, 10, 0],
      plannedOrderReleases: [0, 10, 70, 10, 65, 10, 0, 0],
    });
  });

  it("BULB@PLANT: two per lamp made at the plant, in multiples of 50, after the open order", () => {
    expectGrid(result(), "BULB@PLANT", {
      grossRequirements: [0, 20, 140, 20, 130, 20, 0, 0],
      scheduledReceipts: [0, 0, 100, 0, 0, 0, 0, 0],
      projectedOnHand: [50, 30, 40, 20, 40, 20, 20, 20],
      netRequirements: [0, 0, 10, 0, 110, 0, 0, 0],
      plannedOrderReceipts: [0, 0, 50, 0, 150, 0, 0, 0],
      plannedOrderReleases: [50, 0, 150, 0, 0, 0, 0, 0],
    });
  });

  it("plans these orders: transfers at the DCs, makes at the plant, buys of its part", () => {
    const east = { item: "LAMP", location: "DC-EAST", kind: "transfer", source: "S-EAST", shipFrom: "PLANT" } as const;
    const west = { item: "LAMP", location: "DC-WEST", kind: "transfer", source: "S-WEST", shipFrom: "PLANT" } as const;
    const make = { item: "LAMP", location: "PLANT", kind: "make", source: "S-MAKE" } as const;
    const buy = { item: "BULB", location: "PLANT", kind: "buy" } as const;
    expect(orders(result()).map(essentials)).toEqual([
      { id: "LAMP@DC-EAST#1", ...east, quantity: 50, release: 1, due: 3 },
      { id: "LAMP@DC-EAST#2", ...east, quantity: 50, release: 4, due: 6 },
      { id: "LAMP@DC-EAST#3", ...east, quantity: 50, release: 6, due: 8 },
      { id: "LAMP@DC-WEST#1", ...west, quantity: 5, release: 2, due: 3 },
      { id: "LAMP@DC-WEST#2", ...west, quantity: 15, release: 3, due: 4 },
      { id: "LAMP@DC-WEST#3", ...west, quantity: 20, release: 4, due: 5 },
      { id: "LAMP@DC-WEST#4", ...west, quantity: 10, release: 5, due: 6 },
      { id: "LAMP@DC-WEST#5", ...west, quantity: 15, release: 6, due: 7 },
      { id: "LAMP@DC-WEST#6", ...west, quantity: 10, release: 7, due: 8 },
      { id: "LAMP@PLANT#1", ...make, quantity: 10, release: 2, due: 3 },
      { id: "LAMP@PLANT#2", ...make, quantity: 70, release: 3, due: 4 },
      { id: "LAMP@PLANT#3", ...make, quantity: 10, release: 4, due: 5 },
      { id: "LAMP@PLANT#4", ...make, quantity: 65, release: 5, due: 6 },
      { id: "LAMP@PLANT#5", ...make, quantity: 10, release: 6, due: 7 },
      { id: "BULB@PLANT#1", ...buy, quantity: 50, release: 1, due: 3 },
      { id: "BULB@PLANT#2", ...buy, quantity: 150, release: 3, due: 5 },
    ]);
    // a node without sources plans as its item does, and has no source to name
    for (const o of orders(result()).filter((p) => p.item === "BULB")) {
      expect(o.source, o.id).toBeUndefined();
      expect(o.supplier, o.id).toBeUndefined();
      expect(o.shipFrom, o.id).toBeUndefined();
    }
  });

  it("explains each sourced order: the node's only source, by priority", () => {
    for (const o of orders(result())) {
      if (o.location === "DC-EAST") expectWhy(o, "priority", [{ source: "S-EAST", priority: 1 }]);
      if (o.location === "DC-WEST") expectWhy(o, "priority", [{ source: "S-WEST", priority: 1 }]);
      if (o.item === "LAMP" && o.location === "PLANT") expectWhy(o, "priority", [{ source: "S-MAKE", priority: 1 }]);
    }
  });

  it("needs no action message: every release is in the horizon, the open orders are on time", () => {
    expect(result().exceptions).toEqual([]);
  });

  it("is the model of examples/network.json", () => {
    expect(read("../../examples/network.json")).toEqual(model("drp-plant-two-dcs"));
  });
});

describe("quota: a bought part from two suppliers, 70/30", () => {
  const result = (): PlanResult => planOf("quota-two-suppliers");
  const a = { item: "BULB", location: "PLANT", kind: "buy", source: "S-A", supplier: "SUP-A" } as const;
  const b = { item: "BULB", location: "PLANT", kind: "buy", source: "S-B", supplier: "SUP-B" } as const;

  it("gives each whole lot to the supplier with the lowest rating, ties to the better priority", () => {
    // listed by release, then id: S-B's lead time of 2 puts its lots beside S-A's earlier ones
    expect(orders(result()).map(essentials)).toEqual([
      { id: "BULB@PLANT#1", ...a, quantity: 100, release: 2, due: 3 },
      { id: "BULB@PLANT#2", ...b, quantity: 60, release: 2, due: 4 },
      { id: "BULB@PLANT#3", ...a, quantity: 40, release: 4, due: 5 },
      { id: "BULB@PLANT#4", ...a, quantity: 70, release: 5, due: 6 },
      { id: "BULB@PLANT#5", ...b, quantity: 30, release: 5, due: 7 },
      { id: "BULB@PLANT#6", ...a, quantity: 50, release: 7, due: 8 },
      { id: "BULB@PLANT#7", ...b, quantity: 80, release: 7, due: 9 },
      { id: "BULB@PLANT#8", ...a, quantity: 90, release: 9, due: 10 },
    ]);
  });

  it("explains each choice with the ratings before the lot: (given + base) / share", () => {
    // given to S-A / S-B before each lot: 0/0, 100/0, 100/60, 140/60, 210/60, 210/90, 260/90, 260/170
    const before: readonly (readonly [string, number, number])[] = [
      ["BULB@PLANT#1", 0, 0],
      ["BULB@PLANT#2", 100 / 70, 0],
      ["BULB@PLANT#3", 100 / 70, 60 / 30],
      ["BULB@PLANT#4", 140 / 70, 60 / 30],
      ["BULB@PLANT#5", 210 / 70, 60 / 30],
      ["BULB@PLANT#6", 210 / 70, 90 / 30],
      ["BULB@PLANT#7", 260 / 70, 90 / 30],
      ["BULB@PLANT#8", 260 / 70, 170 / 30],
    ];
    for (const [id, ra, rb] of before) {
      const o = orders(result()).find((p) => p.id === id)!;
      expectWhy(o, "quota", [
        { source: "S-A", priority: 1, share: 70, rating: ra },
        { source: "S-B", priority: 2, share: 30, rating: rb },
      ]);
    }
  });

  it("ends with 350 from SUP-A and 170 from SUP-B", () => {
    const total = (s: string): number => orders(result()).filter((o) => o.source === s).reduce((n, o) => n + o.quantity, 0);
    expect([total("S-A"), total("S-B")]).toEqual([350, 170]);
  });

  it("BULB@PLANT: lot for lot; each lot released by its own supplier's lead time", () => {
    expectGrid(result(), "BULB@PLANT", {
      grossRequirements: [0, 0, 100, 60, 40, 70, 30, 50, 80, 90],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      netRequirements: [0, 0, 100, 60, 40, 70, 30, 50, 80, 90],
      plannedOrderReceipts: [0, 0, 100, 60, 40, 70, 30, 50, 80, 90],
      plannedOrderReleases: [0, 160, 0, 40, 100, 0, 130, 0, 90, 0],
    });
    expect(result().exceptions).toEqual([]);
  });
});

describe("supplier switch on an effectivity date", () => {
  const result = (): PlanResult => planOf("supplier-switch");
  const old = { item: "SHADE", location: "PLANT", kind: "buy", source: "S-OLD", supplier: "SUP-OLD" } as const;
  const neu = { item: "SHADE", location: "PLANT", kind: "buy", source: "S-NEW", supplier: "SUP-NEW" } as const;

  it("needs before period 5 go to S-OLD, from period 5 on to S-NEW, in its boxes of 25", () => {
    // numbered by need date, listed by release: SHADE@PLANT#4 (S-NEW, 3 periods) ships before #3
    expect(orders(result()).map(essentials)).toEqual([
      { id: "SHADE@PLANT#1", ...old, quantity: 15, release: 1, due: 2 },
      { id: "SHADE@PLANT#2", ...old, quantity: 30, release: 2, due: 3 },
      { id: "SHADE@PLANT#4", ...neu, quantity: 50, release: 2, due: 5 },
      { id: "SHADE@PLANT#3", ...old, quantity: 20, release: 3, due: 4 },
      { id: "SHADE@PLANT#5", ...neu, quantity: 50, release: 4, due: 7 },
      { id: "SHADE@PLANT#6", ...neu, quantity: 25, release: 5, due: 8 },
    ]);
  });

  it("explains each choice with the sources effective on the need date", () => {
    for (const o of orders(result())) {
      const source = Number(o.due) < 5 ? "S-OLD" : "S-NEW";
      expectWhy(o, "priority", [{ source, priority: 1 }]);
    }
  });

  it("SHADE@PLANT: the boxes of 25 leave stock that covers later needs", () => {
    expectGrid(result(), "SHADE@PLANT", {
      grossRequirements: [20, 25, 30, 20, 35, 15, 40, 20],
      scheduledReceipts: [0, 0, 0, 0, 0, 0, 0, 0],
      projectedOnHand: [10, 0, 0, 0, 15, 0, 10, 15],
      netRequirements: [0, 15, 30, 20, 35, 0, 40, 10],
      plannedOrderReceipts: [0, 15, 30, 20, 50, 0, 50, 25],
      plannedOrderReleases: [15, 80, 20, 50, 25, 0, 0, 0],
    });
    expect(result().exceptions).toEqual([]);
  });
});
