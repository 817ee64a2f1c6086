/**
 * Netting in a day calendar (SPEC section 2): working-day ticks, requirements on non-working days
 * move to the previous working day, receipts to the next, lead times count working days, and
 * records can be summed per ISO week.
 */
import { describe, expect, it } from "vitest";
import { itemRecords } from "../../../src/index.ts";
import { facts, grid, planOf, zeros } from "./planHelpers.ts";

// Mon 2026-03-02 .. Fri 2026-03-13, Wed 03-04 a holiday. Ticks (working days):
// 0 03-02, 1 03-03, 2 03-05, 3 03-06, 4 03-09, 5 03-10, 6 03-11, 7 03-12, 8 03-13.
const DAYS = ["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"];

// A (buy, 2 working days): PO-1 3 on the holiday -> received Thu 03-05; D1 5 on Sat 03-07 -> needed Fri 03-06:
//   3 - 5 = -2 -> A#1 2 due 03-06, released 2 working days earlier, Tue 03-03.
//   D2 4 on Tue 03-10 -> A#2 due 03-10, released Fri 03-06 (over the weekend).
//   PO-1 first covers D1 on 03-06, a day after it arrives: reschedule-out.
// B (buy, 2 working days, reschedule horizon 0: open orders stay where they are): D0 1 on Fri 02-27,
//   before the start -> needed 03-02 (past due); B#1 should have been released 2 working days before
//   03-02, Thu 02-26. PO-2 2 on Sat 03-07 -> Mon 03-09, not needed.
// C (buy, 1 working day): D3 7 on the holiday -> needed Tue 03-03, released Mon 03-02.
// F (buy): forecast 10 on Mon 03-09 is consumed by the order 4 on Wed 03-11 of the same ISO week -> 6 + 4.
const result = planOf({
  calendar: { unit: "day", start: "2026-03-02", end: "2026-03-13", holidays: ["2026-03-04"] },
  items: [
    { id: "A", source: "buy", leadTime: 2 },
    { id: "B", source: "buy", leadTime: 2, rescheduleHorizon: 0 },
    { id: "C", source: "buy", leadTime: 1 },
    { id: "F", source: "buy" },
  ],
  scheduledReceipts: [
    { id: "PO-1", item: "A", due: "2026-03-04", quantity: 3 },
    { id: "PO-2", item: "B", due: "2026-03-07", quantity: 2 },
  ],
  demands: [
    { id: "D1", item: "A", due: "2026-03-07", quantity: 5 },
    { id: "D2", item: "A", due: "2026-03-10", quantity: 4 },
    { id: "D0", item: "B", due: "2026-02-27", quantity: 1 },
    { id: "D3", item: "C", due: "2026-03-04", quantity: 7 },
    { id: "FC", item: "F", due: "2026-03-09", quantity: 10, kind: "forecast" },
    { id: "SO", item: "F", due: "2026-03-11", quantity: 4 },
  ],
});

describe("plan in a day calendar", () => {
  it("has one tick per working day", () => {
    expect(result.model.calendar.horizon).toBe(9);
  });

  it("moves requirements back and receipts forward to working days; lead times count working days", () => {
    expect(grid(result, "A")).toEqual({
      gross: [0, 0, 0, 5, 0, 4, 0, 0, 0],
      sr: [0, 0, 3, 0, 0, 0, 0, 0, 0],
      poh: [0, 0, 3, 0, 0, 0, 0, 0, 0],
      net: [0, 0, 0, 2, 0, 4, 0, 0, 0],
      por: [0, 0, 0, 2, 0, 4, 0, 0, 0],
      rel: [0, 2, 0, 4, 0, 0, 0, 0, 0],
    });
    expect(result.plannedOrders.filter((o) => o.item === "A")).toEqual([
      { id: "A#1", item: "A", quantity: 2, release: "2026-03-03", due: "2026-03-06", pegging: [{ source: "D1", date: "2026-03-06", quantity: 2 }] },
      { id: "A#2", item: "A", quantity: 4, release: "2026-03-06", due: "2026-03-10", pegging: [{ source: "D2", date: "2026-03-10", quantity: 4 }] },
    ]);
    expect(grid(result, "C")).toEqual({
      gross: [0, 7, 0, 0, 0, 0, 0, 0, 0],
      sr: zeros(9),
      poh: zeros(9),
      net: [0, 7, 0, 0, 0, 0, 0, 0, 0],
      por: [0, 7, 0, 0, 0, 0, 0, 0, 0],
      rel: [7, 0, 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it("dates past-due demands and late releases in working days", () => {
    expect(grid(result, "B")).toEqual({
      gross: [1, 0, 0, 0, 0, 0, 0, 0, 0],
      sr: [0, 0, 0, 0, 2, 0, 0, 0, 0],
      poh: [0, 0, 0, 0, 2, 2, 2, 2, 2],
      net: [1, 0, 0, 0, 0, 0, 0, 0, 0],
      por: [1, 0, 0, 0, 0, 0, 0, 0, 0],
      rel: [1, 0, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(result.plannedOrders.filter((o) => o.item === "B")).toEqual([
      { id: "B#1", item: "B", quantity: 1, release: "2026-03-02", due: "2026-03-02", pegging: [{ source: "D0", date: "2026-03-02", quantity: 1 }] },
    ]);
    expect(facts(result)).toEqual([
      { kind: "reschedule-out", item: "A", ref: "PO-1", date: "2026-03-05", newDate: "2026-03-06", quantity: 3 },
      { kind: "late-release", item: "B", ref: "B#1", date: "2026-02-26", newDate: "2026-03-02", quantity: 1, ticksLate: 2 },
      { kind: "past-due-demand", item: "B", ref: "D0", date: "2026-02-27", newDate: "2026-03-02", quantity: 1 },
      { kind: "cancel", item: "B", ref: "PO-2", date: "2026-03-09", quantity: 2 },
    ]);
  });

  it("consumes a forecast by the orders of its ISO week", () => {
    expect(grid(result, "F").gross).toEqual([0, 0, 0, 0, 6, 0, 4, 0, 0]);
  });

  it("sums a week in weekly records", () => {
    // Week of 03-02 (ticks 0-3) and week of 03-09 (ticks 4-8).
    expect(grid(result, "A", "week")).toEqual({
      gross: [5, 4],
      sr: [3, 0],
      poh: [0, 0],
      net: [2, 4],
      por: [2, 4],
      rel: [6, 0],
    });
    expect(grid(result, "B", "week")).toEqual({ gross: [1, 0], sr: [0, 2], poh: [0, 2], net: [1, 0], por: [1, 0], rel: [1, 0] });
  });

  it("labels daily records with the working day and weekly ones with the Monday", () => {
    expect(itemRecords(result, "A").map((r) => r.start)).toEqual(DAYS);
    expect(itemRecords(result, "A", { bucket: "week" }).map((r) => r.start)).toEqual(["2026-03-02", "2026-03-09"]);
  });
});
