/**
 * Netting on hand-built models. Every expected number is worked out by hand from SPEC section 5
 * (the reasoning is in the comment above each case); records are end-of-period, net requirement
 * is max(0, gross + safetyStock - (previous on hand + scheduled receipts)).
 */
import { describe, expect, it } from "vitest";
import { pegToDemands, summarizePlan } from "../../../src/index.ts";
import { facts, grid, planOf, zeros } from "./planHelpers.ts";

describe("plan: two levels, on hand, allocated stock, scheduled receipts", () => {
  // A (make, LT 1, on hand 10) -> B x2 (buy, LT 2, on hand 30, allocated 5, PO-1 20 at p3).
  // A: 10 covers 10 of SO-1 (15) -> A#1 5 due 2 rel 1; SO-2 20 -> A#2 due 4 rel 3; SO-3 5 -> A#3 due 6 rel 5.
  // B: gross = 2 x A releases: p1 10, p3 40, p5 10. Available 25: p1 15, p2 15,
  //    p3 15 + 20 - 40 = -5 -> B#1 5 due 3 rel 1; p5 -10 -> B#2 10 due 5 rel 3.
  //    Pegging FIFO: on hand 25 -> A#1 10 + A#2 15; PO-1 20 -> A#2; B#1 5 -> A#2; B#2 10 -> A#3.
  const result = planOf({
    calendar: { periods: 6 },
    items: [
      { id: "A", source: "make", leadTime: 1, onHand: 10 },
      { id: "B", source: "buy", leadTime: 2, onHand: 30, allocated: 5 },
    ],
    bom: [{ parent: "A", child: "B", quantity: 2 }],
    scheduledReceipts: [{ id: "PO-1", item: "B", due: 3, quantity: 20 }],
    demands: [
      { id: "SO-1", item: "A", due: 2, quantity: 15 },
      { id: "SO-2", item: "A", due: 4, quantity: 20 },
      { id: "SO-3", item: "A", due: 6, quantity: 5 },
    ],
  });

  it("gives the records of both items", () => {
    expect(grid(result, "A")).toEqual({
      gross: [0, 15, 0, 20, 0, 5],
      sr: zeros(6),
      poh: [10, 0, 0, 0, 0, 0],
      net: [0, 5, 0, 20, 0, 5],
      por: [0, 5, 0, 20, 0, 5],
      rel: [5, 0, 20, 0, 5, 0],
    });
    expect(grid(result, "B")).toEqual({
      gross: [10, 0, 40, 0, 10, 0],
      sr: [0, 0, 20, 0, 0, 0],
      poh: [15, 15, 0, 0, 0, 0],
      net: [0, 0, 5, 0, 10, 0],
      por: [0, 0, 5, 0, 10, 0],
      rel: [5, 0, 10, 0, 0, 0],
    });
  });

  it("gives the planned orders with their pegging, items in low-level-code order", () => {
    expect(result.items).toEqual([
      { id: "A", lowLevelCode: 0 },
      { id: "B", lowLevelCode: 1 },
    ]);
    expect(result.plannedOrders).toEqual([
      { id: "A#1", item: "A", quantity: 5, release: 1, due: 2, pegging: [{ source: "SO-1", date: 2, quantity: 5 }] },
      { id: "A#2", item: "A", quantity: 20, release: 3, due: 4, pegging: [{ source: "SO-2", date: 4, quantity: 20 }] },
      { id: "A#3", item: "A", quantity: 5, release: 5, due: 6, pegging: [{ source: "SO-3", date: 6, quantity: 5 }] },
      { id: "B#1", item: "B", quantity: 5, release: 1, due: 3, pegging: [{ source: "A#2", date: 3, quantity: 5 }] },
      { id: "B#2", item: "B", quantity: 10, release: 3, due: 5, pegging: [{ source: "A#3", date: 5, quantity: 10 }] },
    ]);
    expect(result.exceptions).toEqual([]);
  });

  it("pegs a component order up to the independent demand", () => {
    // B#1 covers 5 of A#2's requirement of 40, i.e. 5 / 40 x 20 = 2.5 units of A#2, all for SO-2.
    expect(pegToDemands(result, "B#1")).toEqual([{ demand: "SO-2", item: "A", quantity: 2.5, path: ["B#1", "A#2"] }]);
    // B#2 covers all 10 of A#3's requirement: the whole A#3 (5), for SO-3.
    expect(pegToDemands(result, "B#2")).toEqual([{ demand: "SO-3", item: "A", quantity: 5, path: ["B#2", "A#3"] }]);
  });

  it("counts the plan", () => {
    expect(summarizePlan(result)).toEqual({ items: 2, plannedOrders: 5, plannedQuantity: 45, exceptions: {} });
  });
});

describe("plan: safety stock", () => {
  // On hand 5 < safety stock 10: a net requirement of 5 at the first tick -> A#1 5 due 1, release
  // 0 -> released at period 1, 1 period late. D1 10 at p3: 10 - 10 = 0 < 10 -> A#2 10 due 3 rel 2.
  // Safety stock is pegged first: on hand 5 and A#1 5 go to it, A#2 to D1.
  const result = planOf({
    calendar: { periods: 4 },
    items: [{ id: "A", source: "buy", leadTime: 1, onHand: 5, safetyStock: 10 }],
    demands: [{ id: "D1", item: "A", due: 3, quantity: 10 }],
  });

  it("keeps projected on hand at safety stock", () => {
    expect(grid(result, "A")).toEqual({
      gross: [0, 0, 10, 0],
      sr: zeros(4),
      poh: [10, 10, 10, 10],
      net: [5, 0, 10, 0],
      por: [5, 0, 10, 0],
      rel: [5, 10, 0, 0],
    });
    expect(result.plannedOrders).toEqual([
      { id: "A#1", item: "A", quantity: 5, release: 1, due: 1, pegging: [{ source: "safety-stock", date: 1, quantity: 5 }] },
      { id: "A#2", item: "A", quantity: 10, release: 2, due: 3, pegging: [{ source: "D1", date: 3, quantity: 10 }] },
    ]);
  });

  it("flags the replenishment of safety stock as a late release", () => {
    expect(facts(result).filter((e) => e["kind"] === "late-release")).toEqual([
      { kind: "late-release", item: "A", ref: "A#1", date: 0, newDate: 1, quantity: 5, ticksLate: 1 },
    ]);
  });

  it("pegs a safety-stock order to the safety stock", () => {
    expect(pegToDemands(result, "A#1")).toEqual([{ demand: "safety-stock", item: "A", quantity: 5, path: ["A#1"] }]);
  });
});

describe("plan: safety lead time", () => {
  // LT 2, safety lead time 1: D1 10 at p5 -> received p4, released p2; D2 4 at p6 -> received p5, released p3.
  // Projected on hand carries the early receipts: p4 10, p5 10 + 4 - 10 = 4, p6 0. Net requirement
  // (APICS formula) is 0 everywhere because each receipt is already on hand when needed.
  const result = planOf({
    calendar: { periods: 6 },
    items: [{ id: "A", source: "buy", leadTime: 2, safetyLeadTime: 1 }],
    demands: [
      { id: "D1", item: "A", due: 5, quantity: 10 },
      { id: "D2", item: "A", due: 6, quantity: 4 },
    ],
  });

  it("receives orders one period early", () => {
    expect(grid(result, "A")).toEqual({
      gross: [0, 0, 0, 0, 10, 4],
      sr: zeros(6),
      poh: [0, 0, 0, 10, 4, 0],
      net: zeros(6),
      por: [0, 0, 0, 10, 4, 0],
      rel: [0, 10, 4, 0, 0, 0],
    });
    expect(result.plannedOrders).toEqual([
      { id: "A#1", item: "A", quantity: 10, release: 2, due: 4, pegging: [{ source: "D1", date: 5, quantity: 10 }] },
      { id: "A#2", item: "A", quantity: 4, release: 3, due: 5, pegging: [{ source: "D2", date: 6, quantity: 4 }] },
    ]);
    expect(result.exceptions).toEqual([]);
  });
});

describe("plan: open orders and action messages", () => {
  it("pulls later open orders in within the reschedule horizon", () => {
    // Horizon 2. p2 needs 8: PO-1 (p4) is within 2 periods -> pulled in to p2 (on hand 2).
    // p4 needs 5: 2 - 5 = -3; PO-2 (p6) is within 2 periods -> pulled in to p4 (on hand 7).
    // No planned order. Pegging: PO-1 -> D1 8 + D2 2, PO-2 -> D2 3, both needed on their new dates.
    const result = planOf({
      calendar: { periods: 6 },
      items: [{ id: "A", source: "buy", leadTime: 1, rescheduleHorizon: 2 }],
      scheduledReceipts: [
        { id: "PO-1", item: "A", due: 4, quantity: 10 },
        { id: "PO-2", item: "A", due: 6, quantity: 10 },
      ],
      demands: [
        { id: "D1", item: "A", due: 2, quantity: 8 },
        { id: "D2", item: "A", due: 4, quantity: 5 },
      ],
    });
    expect(grid(result, "A")).toEqual({
      gross: [0, 8, 0, 5, 0, 0],
      sr: [0, 10, 0, 10, 0, 0],
      poh: [0, 2, 2, 7, 7, 7],
      net: zeros(6),
      por: zeros(6),
      rel: zeros(6),
    });
    expect(result.plannedOrders).toEqual([]);
    expect(facts(result)).toEqual([
      { kind: "reschedule-in", item: "A", ref: "PO-1", date: 4, newDate: 2, quantity: 10 },
      { kind: "reschedule-in", item: "A", ref: "PO-2", date: 6, newDate: 4, quantity: 10 },
    ]);
  });

  it("does not pull in an open order beyond the reschedule horizon: plans a new order and cancels the open one", () => {
    // Horizon 1; PO-1 at p5 is 3 periods after the need at p2 -> not pulled. A#1 10 due 2 rel 2.
    // PO-1 then covers nothing (D1 is covered by A#1) -> cancel.
    const result = planOf({
      calendar: { periods: 5 },
      items: [{ id: "A", source: "buy", rescheduleHorizon: 1 }],
      scheduledReceipts: [{ id: "PO-1", item: "A", due: 5, quantity: 10 }],
      demands: [{ id: "D1", item: "A", due: 2, quantity: 10 }],
    });
    expect(grid(result, "A")).toEqual({
      gross: [0, 10, 0, 0, 0],
      sr: [0, 0, 0, 0, 10],
      poh: [0, 0, 0, 0, 10],
      net: [0, 10, 0, 0, 0],
      por: [0, 10, 0, 0, 0],
      rel: [0, 10, 0, 0, 0],
    });
    expect(facts(result)).toEqual([{ kind: "cancel", item: "A", ref: "PO-1", date: 5, quantity: 10 }]);
  });

  it("reschedules out an early open order and cancels one that is not needed", () => {
    // On hand 5, PO-1 10 at p2, PO-2 10 at p3, D1 12 at p5: never short, no planned order.
    // Pegging: on hand 5 -> D1, PO-1 -> D1 7 (first needed p5 > p2: reschedule-out), PO-2 -> nothing: cancel.
    const result = planOf({
      calendar: { periods: 6 },
      items: [{ id: "A", source: "buy", onHand: 5 }],
      scheduledReceipts: [
        { id: "PO-2", item: "A", due: 3, quantity: 10 },
        { id: "PO-1", item: "A", due: 2, quantity: 10 },
      ],
      demands: [{ id: "D1", item: "A", due: 5, quantity: 12 }],
    });
    expect(grid(result, "A")).toEqual({
      gross: [0, 0, 0, 0, 12, 0],
      sr: [0, 10, 10, 0, 0, 0],
      poh: [5, 15, 25, 25, 13, 13],
      net: zeros(6),
      por: zeros(6),
      rel: zeros(6),
    });
    expect(result.plannedOrders).toEqual([]);
    expect(facts(result)).toEqual([
      { kind: "reschedule-out", item: "A", ref: "PO-1", date: 2, newDate: 5, quantity: 10 },
      { kind: "cancel", item: "A", ref: "PO-2", date: 3, quantity: 10 },
    ]);
  });
});

describe("plan: planning time fence", () => {
  // Fence 3 (periods 1-3), safety stock 2 = on hand. p2 needs 5: 2 - 5 = -3 < 2, net 5; the
  // receipt would be at p2, inside the fence -> A#1 5 received p4 (released p3), time-fence message.
  // p5 needs 4: 2 - 4 = -2, net 4 -> A#2 4 due 5 rel 4. Projected on hand shows the shortage at p2-p3.
  // Net row (APICS formula): p2 5 + 2 - 2 = 5, p3 0 + 2 - (-3) = 5, p4 0 + 2 - (-3) = 5, p5 4 + 2 - 2 = 4.
  const result = planOf({
    calendar: { periods: 6 },
    items: [{ id: "A", source: "make", leadTime: 1, planningTimeFence: 3, safetyStock: 2, onHand: 2 }],
    demands: [
      { id: "D1", item: "A", due: 2, quantity: 5 },
      { id: "D2", item: "A", due: 5, quantity: 4 },
    ],
  });

  it("receives the order after the fence and shows the shortage", () => {
    expect(grid(result, "A")).toEqual({
      gross: [0, 5, 0, 0, 4, 0],
      sr: zeros(6),
      poh: [2, -3, -3, 2, 2, 2],
      net: [0, 5, 5, 5, 4, 0],
      por: [0, 0, 0, 5, 4, 0],
      rel: [0, 0, 5, 4, 0, 0],
    });
    expect(result.plannedOrders).toEqual([
      { id: "A#1", item: "A", quantity: 5, release: 3, due: 4, pegging: [{ source: "D1", date: 2, quantity: 5 }] },
      { id: "A#2", item: "A", quantity: 4, release: 4, due: 5, pegging: [{ source: "D2", date: 5, quantity: 4 }] },
    ]);
  });

  it("raises time-fence and below-safety-stock", () => {
    expect(facts(result)).toEqual([
      { kind: "time-fence", item: "A", ref: "A#1", date: 2, newDate: 4, quantity: 5 },
      { kind: "below-safety-stock", item: "A", ref: null, date: 2, newDate: 4, quantity: 5 },
    ]);
  });
});

describe("plan: late releases and past-due demands", () => {
  // LT 3. D0 due period 0 (before the start) -> requirement at p1, past-due-demand.
  // A#1 4 due 1 should be released at period -2 (3 late); A#2 6 due 2 at period -1 (2 late).
  // Both are released at p1 and keep their due dates.
  const result = planOf({
    calendar: { periods: 5 },
    items: [{ id: "A", source: "buy", leadTime: 3 }],
    demands: [
      { id: "D1", item: "A", due: 2, quantity: 6 },
      { id: "D0", item: "A", due: 0, quantity: 4 },
    ],
  });

  it("releases at the first period and keeps the due dates", () => {
    expect(grid(result, "A")).toEqual({
      gross: [4, 6, 0, 0, 0],
      sr: zeros(5),
      poh: zeros(5),
      net: [4, 6, 0, 0, 0],
      por: [4, 6, 0, 0, 0],
      rel: [10, 0, 0, 0, 0],
    });
    expect(result.plannedOrders).toEqual([
      { id: "A#1", item: "A", quantity: 4, release: 1, due: 1, pegging: [{ source: "D0", date: 1, quantity: 4 }] },
      { id: "A#2", item: "A", quantity: 6, release: 1, due: 2, pegging: [{ source: "D1", date: 2, quantity: 6 }] },
    ]);
  });

  it("says how late each release is and which demand was past due", () => {
    expect(facts(result)).toEqual([
      { kind: "late-release", item: "A", ref: "A#1", date: -2, newDate: 1, quantity: 4, ticksLate: 3 },
      { kind: "late-release", item: "A", ref: "A#2", date: -1, newDate: 1, quantity: 6, ticksLate: 2 },
      { kind: "past-due-demand", item: "A", ref: "D0", date: 0, newDate: 1, quantity: 4 },
    ]);
    expect(summarizePlan(result)).toEqual({
      items: 1,
      plannedOrders: 2,
      plannedQuantity: 10,
      exceptions: { "late-release": 2, "past-due-demand": 1 },
    });
  });
});

describe("plan: beyond the horizon", () => {
  it("ignores demands, open orders and firm planned orders after the horizon", () => {
    // Horizon 4: D9 (p5), F9 (p6) and PO-9 (p7) are ignored with beyond-horizon; D2 2 at p4 -> A#1.
    const result = planOf({
      calendar: { periods: 4 },
      items: [{ id: "A", source: "buy" }],
      scheduledReceipts: [{ id: "PO-9", item: "A", due: 7, quantity: 5 }],
      firmPlannedOrders: [{ id: "F9", item: "A", due: 6, quantity: 1 }],
      demands: [
        { id: "D9", item: "A", due: 5, quantity: 3 },
        { id: "D2", item: "A", due: 4, quantity: 2 },
      ],
    });
    expect(grid(result, "A")).toEqual({
      gross: [0, 0, 0, 2],
      sr: zeros(4),
      poh: zeros(4),
      net: [0, 0, 0, 2],
      por: [0, 0, 0, 2],
      rel: [0, 0, 0, 2],
    });
    expect(result.plannedOrders).toEqual([
      { id: "A#1", item: "A", quantity: 2, release: 4, due: 4, pegging: [{ source: "D2", date: 4, quantity: 2 }] },
    ]);
    expect(result.firmPlannedOrders).toEqual([]);
    expect(facts(result)).toEqual([
      { kind: "beyond-horizon", item: "A", ref: "D9", date: 5, quantity: 3 },
      { kind: "beyond-horizon", item: "A", ref: "F9", date: 6, quantity: 1 },
      { kind: "beyond-horizon", item: "A", ref: "PO-9", date: 7, quantity: 5 },
    ]);
  });
});

describe("plan: BOM lines (scrap, fixed quantities, effectivity, offsets)", () => {
  // P (make, LT 1, assembly scrap 10%): P#1 10 rel 2, P#2 20 rel 4, P#3 10 rel 5.
  // C1: 2 per unit, scrap 5%: q x 1.1 x 2 x 1.05 = 2.31 q -> 23.1 at p2, 46.2 at p4, 23.1 at p5.
  //     Orders round up: 24 (on hand 0.9), 46.2 - 0.9 = 45.3 -> 46 (0.7), 23.1 - 0.7 = 22.4 -> 23 (0.6).
  // C2: fixed 3 per order, scrap 10%: 3.3 at p2, p4, p5 -> 4 (0.7), 2.6 -> 3 (0.4), 2.9 -> 3 (0.1).
  // C3: effective for releases 3 <= r < 5: only P#2 (p4): 20 x 1.1 = 22 at p4.
  // C4: offset 1: needed one period after each release: 11 at p3, 22 at p5, 11 at p6.
  const result = planOf({
    calendar: { periods: 6 },
    items: [
      { id: "P", source: "make", leadTime: 1, assemblyScrap: 0.1 },
      { id: "C1", source: "buy" },
      { id: "C2", source: "buy" },
      { id: "C3", source: "buy" },
      { id: "C4", source: "buy" },
    ],
    bom: [
      { parent: "P", child: "C1", quantity: 2, scrap: 0.05 },
      { parent: "P", child: "C2", quantity: 3, scrap: 0.1, fixed: true },
      { parent: "P", child: "C3", quantity: 1, from: 3, to: 5 },
      { parent: "P", child: "C4", quantity: 1, offset: 1 },
    ],
    demands: [
      { id: "D1", item: "P", due: 3, quantity: 10 },
      { id: "D2", item: "P", due: 5, quantity: 20 },
      { id: "D3", item: "P", due: 6, quantity: 10 },
    ],
  });

  it("plans the parent", () => {
    expect(grid(result, "P")).toEqual({
      gross: [0, 0, 10, 0, 20, 10],
      sr: zeros(6),
      poh: zeros(6),
      net: [0, 0, 10, 0, 20, 10],
      por: [0, 0, 10, 0, 20, 10],
      rel: [0, 10, 0, 20, 10, 0],
    });
  });

  it("applies assembly and component scrap, and rounds planned quantities up", () => {
    expect(grid(result, "C1")).toEqual({
      gross: [0, 23.1, 0, 46.2, 23.1, 0],
      sr: zeros(6),
      poh: [0, 0.9, 0.9, 0.7, 0.6, 0.6],
      net: [0, 23.1, 0, 45.3, 22.4, 0],
      por: [0, 24, 0, 46, 23, 0],
      rel: [0, 24, 0, 46, 23, 0],
    });
  });

  it("needs a fixed line's quantity (with its scrap) once per order", () => {
    expect(grid(result, "C2")).toEqual({
      gross: [0, 3.3, 0, 3.3, 3.3, 0],
      sr: zeros(6),
      poh: [0, 0.7, 0.7, 0.4, 0.1, 0.1],
      net: [0, 3.3, 0, 2.6, 2.9, 0],
      por: [0, 4, 0, 3, 3, 0],
      rel: [0, 4, 0, 3, 3, 0],
    });
    // FIFO pegging: the 0.7 left from C2#1 goes to P#2's requirement.
    expect(result.plannedOrders.filter((o) => o.item === "C2").map((o) => o.pegging)).toEqual([
      [
        { source: "P#1", date: 2, quantity: 3.3 },
        { source: "P#2", date: 4, quantity: 0.7 },
      ],
      [
        { source: "P#2", date: 4, quantity: 2.6 },
        { source: "P#3", date: 5, quantity: 0.4 },
      ],
      [{ source: "P#3", date: 5, quantity: 2.9 }],
    ]);
  });

  it("explodes only the releases inside a line's effectivity", () => {
    expect(grid(result, "C3")).toEqual({
      gross: [0, 0, 0, 22, 0, 0],
      sr: zeros(6),
      poh: zeros(6),
      net: [0, 0, 0, 22, 0, 0],
      por: [0, 0, 0, 22, 0, 0],
      rel: [0, 0, 0, 22, 0, 0],
    });
  });

  it("needs an offset line's component that many periods after the parent's release", () => {
    expect(grid(result, "C4")).toEqual({
      gross: [0, 0, 11, 0, 22, 11],
      sr: zeros(6),
      poh: zeros(6),
      net: [0, 0, 11, 0, 22, 11],
      por: [0, 0, 11, 0, 22, 11],
      rel: [0, 0, 11, 0, 22, 11],
    });
  });
});

describe("plan: phantoms", () => {
  // E (make, LT 1) -> K (phantom, on hand 3, LT 2 ignored) -> X x2 (buy, LT 1), Y x1 (buy, LT 0).
  // E#1 5 rel 2, E#2 4 rel 4. K nets its on hand: p2 3 - 5 = -2 -> passes 2 at p2; p4 passes 4.
  // X: 4 at p2 (X#1 rel 1), 8 at p4 (X#2 rel 3). Y: 2 at p2, 4 at p4.
  const result = planOf({
    calendar: { periods: 5 },
    items: [
      { id: "E", source: "make", leadTime: 1 },
      { id: "K", source: "phantom", leadTime: 2, onHand: 3, safetyStock: 4 },
      { id: "X", source: "buy", leadTime: 1 },
      { id: "Y", source: "buy" },
    ],
    bom: [
      { parent: "E", child: "K", quantity: 1 },
      { parent: "K", child: "X", quantity: 2 },
      { parent: "K", child: "Y", quantity: 1 },
    ],
    demands: [
      { id: "D1", item: "E", due: 3, quantity: 5 },
      { id: "D2", item: "E", due: 5, quantity: 4 },
    ],
  });

  it("nets the phantom's own stock and shows the pass-through", () => {
    expect(grid(result, "K")).toEqual({
      gross: [0, 5, 0, 4, 0],
      sr: zeros(5),
      poh: [3, 0, 0, 0, 0],
      net: [0, 2, 0, 4, 0],
      por: [0, 2, 0, 4, 0],
      rel: [0, 2, 0, 4, 0],
    });
    expect(result.plannedOrders.map((o) => o.item)).toEqual(["E", "E", "X", "X", "Y", "Y"]);
  });

  it("passes the net requirement to the components at the same period", () => {
    expect(grid(result, "X")).toEqual({
      gross: [0, 4, 0, 8, 0],
      sr: zeros(5),
      poh: zeros(5),
      net: [0, 4, 0, 8, 0],
      por: [0, 4, 0, 8, 0],
      rel: [4, 0, 8, 0, 0],
    });
    expect(grid(result, "Y")).toEqual({
      gross: [0, 2, 0, 4, 0],
      sr: zeros(5),
      poh: zeros(5),
      net: [0, 2, 0, 4, 0],
      por: [0, 2, 0, 4, 0],
      rel: [0, 2, 0, 4, 0],
    });
    expect(result.plannedOrders.filter((o) => o.item === "X")).toEqual([
      { id: "X#1", item: "X", quantity: 4, release: 1, due: 2, pegging: [{ source: "K~1", date: 2, quantity: 4 }] },
      { id: "X#2", item: "X", quantity: 8, release: 3, due: 4, pegging: [{ source: "K~2", date: 4, quantity: 8 }] },
    ]);
  });

  it("pegs through the phantom to the end item's demand", () => {
    // X#1 covers all of K~1's need (4) -> all of K~1 (2) -> 2 of E#1's need of 5 -> 2 of E#1 -> D1 2.
    expect(pegToDemands(result, "X#1")).toEqual([{ demand: "D1", item: "E", quantity: 2, path: ["X#1", "K~1", "E#1"] }]);
    expect(pegToDemands(result, "X#2")).toEqual([{ demand: "D2", item: "E", quantity: 4, path: ["X#2", "K~2", "E#2"] }]);
  });
});

describe("plan: firm planned orders", () => {
  // A (make, LT 1, reschedule horizon 0: PO-1 is never pulled in) -> B (buy). F1 7 due 2 is kept as
  // it is; D1 10 at p2 -> 7 - 10 = -3 -> A#1 3 due 2 rel 1.
  // PO-1 6 at p3 covers D2 3 at p4 (reschedule-out to p4). Net row (APICS): p2 10 (firm receipts are
  // planned receipts, not scheduled ones). B: F1 and A#1 are exploded (7 + 3 at p1), PO-1 is not.
  const result = planOf({
    calendar: { periods: 5 },
    items: [
      { id: "A", source: "make", leadTime: 1, rescheduleHorizon: 0 },
      { id: "B", source: "buy" },
    ],
    bom: [{ parent: "A", child: "B", quantity: 1 }],
    scheduledReceipts: [{ id: "PO-1", item: "A", due: 3, quantity: 6 }],
    firmPlannedOrders: [{ id: "F1", item: "A", due: 2, quantity: 7 }],
    demands: [
      { id: "D1", item: "A", due: 2, quantity: 10 },
      { id: "D2", item: "A", due: 4, quantity: 3 },
    ],
  });

  it("counts firm orders as planned receipts and releases and never changes them", () => {
    expect(grid(result, "A")).toEqual({
      gross: [0, 10, 0, 3, 0],
      sr: [0, 0, 6, 0, 0],
      poh: [0, 0, 6, 3, 3],
      net: [0, 10, 0, 0, 0],
      por: [0, 10, 0, 0, 0],
      rel: [10, 0, 0, 0, 0],
    });
    expect(result.firmPlannedOrders).toEqual([
      { id: "F1", item: "A", quantity: 7, release: 1, due: 2, firm: true, pegging: [{ source: "D1", date: 2, quantity: 7 }] },
    ]);
    expect(result.plannedOrders.filter((o) => o.item === "A")).toEqual([
      { id: "A#1", item: "A", quantity: 3, release: 1, due: 2, pegging: [{ source: "D1", date: 2, quantity: 3 }] },
    ]);
    expect(facts(result)).toEqual([{ kind: "reschedule-out", item: "A", ref: "PO-1", date: 3, newDate: 4, quantity: 6 }]);
  });

  it("explodes firm planned orders but not scheduled receipts", () => {
    expect(grid(result, "B")).toEqual({
      gross: [10, 0, 0, 0, 0],
      sr: zeros(5),
      poh: zeros(5),
      net: [10, 0, 0, 0, 0],
      por: [10, 0, 0, 0, 0],
      rel: [10, 0, 0, 0, 0],
    });
    expect(result.plannedOrders.filter((o) => o.item === "B")).toEqual([
      {
        id: "B#1",
        item: "B",
        quantity: 10,
        release: 1,
        due: 1,
        pegging: [
          { source: "F1", date: 1, quantity: 7 },
          { source: "A#1", date: 1, quantity: 3 },
        ],
      },
    ]);
    expect(pegToDemands(result, "B#1")).toEqual([
      { demand: "D1", item: "A", quantity: 3, path: ["B#1", "A#1"] },
      { demand: "D1", item: "A", quantity: 7, path: ["B#1", "F1"] },
    ]);
  });
});

describe("plan: a firm planned order released late", () => {
  it("keeps its quantity and due date, releases it at the first period and says so", () => {
    // LT 2: F1 due p1 should have been released at period -1 (2 late). It covers D1, so no new order.
    // Net row (APICS): 5, firm receipts are planned receipts.
    const result = planOf({
      calendar: { periods: 2 },
      items: [{ id: "A", source: "buy", leadTime: 2 }],
      firmPlannedOrders: [{ id: "F1", item: "A", due: 1, quantity: 5 }],
      demands: [{ id: "D1", item: "A", due: 1, quantity: 5 }],
    });
    expect(grid(result, "A")).toEqual({ gross: [5, 0], sr: [0, 0], poh: [0, 0], net: [5, 0], por: [5, 0], rel: [5, 0] });
    expect(result.plannedOrders).toEqual([]);
    expect(result.firmPlannedOrders).toEqual([
      { id: "F1", item: "A", quantity: 5, release: 1, due: 1, firm: true, pegging: [{ source: "D1", date: 1, quantity: 5 }] },
    ]);
    expect(facts(result)).toEqual([{ kind: "late-release", item: "A", ref: "F1", date: -1, newDate: 1, quantity: 5, ticksLate: 2 }]);
    expect(summarizePlan(result)).toEqual({ items: 1, plannedOrders: 0, plannedQuantity: 0, exceptions: { "late-release": 1 } });
  });
});

describe("plan: forecasts and the demand time fence", () => {
  // Demand time fence 2 (p1-p2): forecasts there are ignored, orders count (4 at p1).
  // p3: forecast 10, order 6 -> max = 10 (6 + 4 unconsumed). p4: forecast 5, order 8 -> 8.
  // Requirements on the same date are pegged customer orders first (SO3 before FC3).
  const result = planOf({
    calendar: { periods: 4 },
    items: [{ id: "F", source: "buy", demandTimeFence: 2 }],
    demands: [
      { id: "FC1", item: "F", due: 1, quantity: 10, kind: "forecast" },
      { id: "SO1", item: "F", due: 1, quantity: 4 },
      { id: "FC2", item: "F", due: 2, quantity: 7, kind: "forecast" },
      { id: "FC3", item: "F", due: 3, quantity: 10, kind: "forecast" },
      { id: "SO3", item: "F", due: 3, quantity: 6 },
      { id: "FC4", item: "F", due: 4, quantity: 5, kind: "forecast" },
      { id: "SO4", item: "F", due: 4, quantity: 8 },
    ],
  });

  it("takes max(forecast, orders) per period beyond the fence and orders only inside it", () => {
    expect(grid(result, "F").gross).toEqual([4, 0, 10, 8]);
    expect(result.plannedOrders.map((o) => [o.quantity, o.pegging])).toEqual([
      [4, [{ source: "SO1", date: 1, quantity: 4 }]],
      [
        10,
        [
          { source: "SO3", date: 3, quantity: 6 },
          { source: "FC3", date: 3, quantity: 4 },
        ],
      ],
      [8, [{ source: "SO4", date: 4, quantity: 8 }]],
    ]);
  });
});

describe("plan: ids that are Object.prototype names", () => {
  it("plans items named __proto__ and constructor", () => {
    // __proto__ (make, LT 1) -> constructor x2 (buy): demand 1 at p3 -> __proto__#1 rel 2 -> constructor 2 at p2.
    const result = planOf({
      calendar: { periods: 3 },
      items: [
        { id: "constructor", source: "buy" },
        { id: "__proto__", source: "make", leadTime: 1 },
      ],
      bom: [{ parent: "__proto__", child: "constructor", quantity: 2 }],
      demands: [{ id: "toString", item: "__proto__", due: 3, quantity: 1 }],
    });
    expect(result.items).toEqual([
      { id: "__proto__", lowLevelCode: 0 },
      { id: "constructor", lowLevelCode: 1 },
    ]);
    expect(result.plannedOrders).toEqual([
      { id: "__proto__#1", item: "__proto__", quantity: 1, release: 2, due: 3, pegging: [{ source: "toString", date: 3, quantity: 1 }] },
      { id: "constructor#1", item: "constructor", quantity: 2, release: 2, due: 2, pegging: [{ source: "__proto__#1", date: 2, quantity: 2 }] },
    ]);
    expect(grid(result, "constructor").gross).toEqual([0, 2, 0]);
    expect(pegToDemands(result, "constructor#1")).toEqual([
      { demand: "toString", item: "__proto__", quantity: 1, path: ["constructor#1", "__proto__#1"] },
    ]);
  });
});
