/**
 * What-if comparison of a base plan and a scenario: planned orders added, removed and changed
 * (matched by due date, then sequence), action messages added and removed, projected on hand
 * changes with the first bucket that differs, and items in only one plan.
 */
import { describe, expect, it } from "vitest";
import { compareScenarios } from "../../../src/whatIf/compareScenarios.ts";
import { itemRecords } from "../../../src/mrp/itemRecords.ts";
import { plan } from "../../../src/mrp/plan.ts";
import type { PlanResult } from "../../../src/mrp/PlanResult.ts";
import { defineModel } from "../../../src/model/defineModel.ts";

const planOf = (json: unknown): PlanResult => plan(defineModel(json));
const brief = (o: { id: string; item: string; quantity: number; release: number | string; due: number | string }) => [o.id, o.item, o.quantity, o.release, o.due];

describe("compareScenarios: what if this order doubles?", () => {
  // A (make, lead time 1) takes 2 B; B (buy, lead time 1, on hand 10, fixed lots of 50).
  // Base, SO-1 20 at p3: A#1 20 due 3, released 2. B needs 40 at p2: 10 on hand, net 30 ->
  //   B#1 50 due 2, released 1; B on hand at p2: 10 + 50 - 40 = 20.
  // Scenario, SO-1 40: A#1 40 due 3, released 2. B needs 80 at p2: net 70 -> two lots of 50,
  //   B#1 and B#2, due 2, released 1; on hand at p2: 10 + 100 - 80 = 30.
  // Matched: A#1 (20 -> 40), B#1 (50 = 50: unchanged). B#2 is new. A's on hand is 0 throughout
  // in both; B's first differs at p2 (p1 is 10 in both).
  const model = (qty: number) => ({
    calendar: { periods: 4 },
    items: [
      { id: "A", source: "make", leadTime: 1 },
      { id: "B", source: "buy", leadTime: 1, onHand: 10, lotSizing: { rule: "fixed", quantity: 50 } },
    ],
    bom: [{ parent: "A", child: "B", quantity: 2 }],
    demands: [{ id: "SO-1", item: "A", due: 3, quantity: qty }],
  });
  const cmp = compareScenarios(planOf(model(20)), planOf(model(40)));

  it("reports the matched order whose quantity changed, and the new lot", () => {
    expect(cmp.plannedOrders.changed).toEqual([{ item: "A", due: 3, baseId: "A#1", scenarioId: "A#1", baseQuantity: 20, scenarioQuantity: 40, baseRelease: 2, scenarioRelease: 2 }]);
    expect(cmp.plannedOrders.added.map(brief)).toEqual([["B#2", "B", 50, 1, 2]]);
    expect(cmp.plannedOrders.removed).toEqual([]);
  });

  it("reports where projected on hand first differs", () => {
    expect(cmp.projectedOnHand).toEqual([{ item: "B", date: 2, base: 20, scenario: 30 }]);
    // the same figures as the MRP records
    expect(itemRecords(planOf(model(20)), "B").map((r) => r.projectedOnHand)).toEqual([10, 20, 20, 20]);
    expect(itemRecords(planOf(model(40)), "B").map((r) => r.projectedOnHand)).toEqual([10, 30, 30, 30]);
  });

  it("has nothing else to report", () => {
    expect(cmp.items).toEqual({ onlyInBase: [], onlyInScenario: [] });
    expect(cmp.exceptions).toEqual({ added: [], removed: [] });
  });
});

describe("compareScenarios: matching orders", () => {
  // A (buy, lead time 0), lot-for-lot. Base: SO-3 10 at p3, SO-5 10 at p5 -> A#1 (p3), A#2 (p5).
  // Scenario: a new SO-1 5 at p1, SO-3 raised to 12, SO-5 dropped -> A#1 5 (p1), A#2 12 (p3).
  // By due date: p1 only in the scenario (added A#1); p3 matches base A#1 with scenario A#2
  // (10 -> 12, so changed, though the ids differ); p5 only in the base (removed A#2).
  // On hand stays 0 everywhere in both (lot-for-lot, no stock).
  const base = planOf({
    calendar: { periods: 5 },
    items: [{ id: "A", source: "buy" }],
    demands: [
      { id: "SO-3", item: "A", due: 3, quantity: 10 },
      { id: "SO-5", item: "A", due: 5, quantity: 10 },
    ],
  });
  const scenario = planOf({
    calendar: { periods: 5 },
    items: [{ id: "A", source: "buy" }],
    demands: [
      { id: "SO-1", item: "A", due: 1, quantity: 5 },
      { id: "SO-3", item: "A", due: 3, quantity: 12 },
    ],
  });

  it("matches by due date, so an order inserted earlier does not make later ones look changed", () => {
    const cmp = compareScenarios(base, scenario);
    expect(cmp.plannedOrders.added.map(brief)).toEqual([["A#1", "A", 5, 1, 1]]);
    expect(cmp.plannedOrders.removed.map(brief)).toEqual([["A#2", "A", 10, 5, 5]]);
    expect(cmp.plannedOrders.changed).toEqual([{ item: "A", due: 3, baseId: "A#1", scenarioId: "A#2", baseQuantity: 10, scenarioQuantity: 12, baseRelease: 3, scenarioRelease: 3 }]);
    expect(cmp.projectedOnHand).toEqual([]);
  });

  it("does not report an order that only got another id", () => {
    // Only SO-1 added: scenario A#2 (p3, 10) and A#3 (p5, 10) match base A#1 and A#2 unchanged.
    const inserted = planOf({
      calendar: { periods: 5 },
      items: [{ id: "A", source: "buy" }],
      demands: [
        { id: "SO-1", item: "A", due: 1, quantity: 5 },
        { id: "SO-3", item: "A", due: 3, quantity: 10 },
        { id: "SO-5", item: "A", due: 5, quantity: 10 },
      ],
    });
    const cmp = compareScenarios(base, inserted);
    expect(cmp.plannedOrders).toEqual({ added: [cmp.plannedOrders.added[0]], removed: [], changed: [] });
    expect(brief(cmp.plannedOrders.added[0]!)).toEqual(["A#1", "A", 5, 1, 1]);
  });

  it("reports a release change at the same due date", () => {
    // Lead time 1 -> 2: A#1 due 4, released 3 -> 2.
    const lt = (leadTime: number) =>
      planOf({ calendar: { periods: 4 }, items: [{ id: "A", source: "buy", leadTime }], demands: [{ id: "SO", item: "A", due: 4, quantity: 10 }] });
    expect(compareScenarios(lt(1), lt(2)).plannedOrders.changed).toEqual([
      { item: "A", due: 4, baseId: "A#1", scenarioId: "A#1", baseQuantity: 10, scenarioQuantity: 10, baseRelease: 3, scenarioRelease: 2 },
    ]);
  });
});

describe("compareScenarios: action messages", () => {
  // A (buy, lead time 2), open order PO-1 10 at p1, periods 4.
  // Base: SO-A 10 at p1 (PO-1 covers it), SO-B 5 at p2 -> A#1 5 due 2 should be released at
  //   period 0: released at p1, late-release 1 tick. On hand: p1 0, p2 0, p3 0, p4 0.
  // Scenario: SO-A moves to p3. p1 10, p2 5, p3 -5 -> A#1 5 due 3, released 1 (on time).
  //   PO-1 now first covers SO-B at p2: reschedule-out from 1 to 2. On hand: p1 10, p2 5, p3 0.
  const model = (dueA: number) => ({
    calendar: { periods: 4 },
    items: [{ id: "A", source: "buy", leadTime: 2 }],
    scheduledReceipts: [{ id: "PO-1", item: "A", due: 1, quantity: 10 }],
    demands: [
      { id: "SO-A", item: "A", due: dueA, quantity: 10 },
      { id: "SO-B", item: "A", due: 2, quantity: 5 },
    ],
  });
  const cmp = compareScenarios(planOf(model(1)), planOf(model(3)));
  const facts = (es: readonly { message: string }[]) => es.map(({ message, ...rest }) => (void message, rest));

  it("lists the messages that went away and the new ones, on their facts", () => {
    expect(facts(cmp.exceptions.removed)).toEqual([{ kind: "late-release", item: "A", ref: "A#1", date: 0, newDate: 1, quantity: 5, ticksLate: 1 }]);
    expect(facts(cmp.exceptions.added)).toEqual([{ kind: "reschedule-out", item: "A", ref: "PO-1", date: 1, newDate: 2, quantity: 10 }]);
  });

  it("treats an order that moved to another due date as removed and added", () => {
    expect(cmp.plannedOrders.removed.map(brief)).toEqual([["A#1", "A", 5, 1, 2]]);
    expect(cmp.plannedOrders.added.map(brief)).toEqual([["A#1", "A", 5, 1, 3]]);
    expect(cmp.plannedOrders.changed).toEqual([]);
  });

  it("reports the first bucket of a different projected on hand", () => {
    expect(cmp.projectedOnHand).toEqual([{ item: "A", date: 1, base: 0, scenario: 10 }]);
  });

  it("matches messages as a multiset: the same fact twice needs two matches", () => {
    // Two past-due demands of the same date and quantity in one plan, one in the other: they
    // differ in ref, so each is its own fact; the one only in the scenario is added.
    const m = (ids: string[]) =>
      planOf({ calendar: { periods: 1 }, items: [{ id: "A", source: "buy" }], demands: ids.map((id) => ({ id, item: "A", due: 0, quantity: 1 })) });
    const c = compareScenarios(m(["D1"]), m(["D1", "D2"]));
    expect(facts(c.exceptions.added)).toEqual([{ kind: "past-due-demand", item: "A", ref: "D2", date: 0, newDate: 1, quantity: 1 }]);
    expect(c.exceptions.removed).toEqual([]);
  });
});

describe("compareScenarios: items in one plan only", () => {
  // Base: A, OLD (no demand). Scenario: A, N with a demand 3 at p1 -> N#1.
  // A is the same in both. OLD and N are reported as such; N's order is added; neither gets a
  // projected-on-hand entry (they are not in both plans).
  const base = planOf({ calendar: { periods: 2 }, items: [{ id: "A", source: "buy" }, { id: "OLD", source: "buy" }] });
  const scenario = planOf({
    calendar: { periods: 2 },
    items: [{ id: "A", source: "buy" }, { id: "N", source: "buy" }],
    demands: [{ id: "SO", item: "N", due: 1, quantity: 3 }],
  });

  it("reports them, with the orders of the new item as added", () => {
    const cmp = compareScenarios(base, scenario);
    expect(cmp.items).toEqual({ onlyInBase: ["OLD"], onlyInScenario: ["N"] });
    expect(cmp.plannedOrders.added.map(brief)).toEqual([["N#1", "N", 3, 1, 1]]);
    expect(cmp.projectedOnHand).toEqual([]);
  });

  it("sorts items by id in code-unit order", () => {
    const cmp = compareScenarios(
      planOf({ calendar: { periods: 1 }, items: [{ id: "b", source: "buy" }, { id: "Z", source: "buy" }, { id: "__proto__", source: "buy" }] }),
      planOf({ calendar: { periods: 1 }, items: [{ id: "a", source: "buy" }] }),
    );
    expect(cmp.items).toEqual({ onlyInBase: ["Z", "__proto__", "b"], onlyInScenario: ["a"] });
  });
});

describe("compareScenarios: no change", () => {
  it("finds nothing between a plan and a replan of the same model", () => {
    const json = {
      calendar: { unit: "day", start: "2026-03-02", end: "2026-03-06" },
      items: [{ id: "A", source: "buy", leadTime: 1, onHand: 2, safetyStock: 1 }],
      demands: [{ id: "SO", item: "A", due: "2026-03-04", quantity: 5 }],
    };
    expect(compareScenarios(planOf(json), planOf(json))).toEqual({
      items: { onlyInBase: [], onlyInScenario: [] },
      plannedOrders: { added: [], removed: [], changed: [] },
      exceptions: { added: [], removed: [] },
      projectedOnHand: [],
    });
  });

  it("labels day-calendar differences with the working day", () => {
    // On hand 2 -> 4: projected on hand differs from the first day (2 vs 4, before SO on 03-04).
    const m = (onHand: number) =>
      planOf({ calendar: { unit: "day", start: "2026-03-02", end: "2026-03-06" }, items: [{ id: "A", source: "buy", onHand }], demands: [{ id: "SO", item: "A", due: "2026-03-04", quantity: 5 }] });
    expect(compareScenarios(m(2), m(4)).projectedOnHand).toEqual([{ item: "A", date: "2026-03-02", base: 2, scenario: 4 }]);
  });
});
