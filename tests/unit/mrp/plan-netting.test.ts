/**
 * Open orders against the first shortages: pulled in before any new order is planned (no
 * reschedule horizon), or only within the horizon an item sets; and open orders already overdue.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.ts";
import { renderReport } from "../../../src/index.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";
import { facts, grid, planOf, zeros } from "./planHelpers.ts";

// C (buy, lead time 2): PO-1 10 due p2; D1 10 at p1, D2 10 at p4.
const shortFirst = (extra: Record<string, unknown> = {}) => ({
  calendar: { periods: 4 },
  items: [{ id: "C", source: "buy", leadTime: 2, ...extra }],
  scheduledReceipts: [{ id: "PO-1", item: "C", due: 2, quantity: 10 }],
  demands: [
    { id: "D1", item: "C", due: 1, quantity: 10 },
    { id: "D2", item: "C", due: 4, quantity: 10 },
  ],
});

describe("plan: open orders come in before new orders are planned", () => {
  it("pulls an open order in to the first shortage by default, and plans only what remains", () => {
    // p1: 0 - 10 = -10 -> PO-1 (p2) pulled in to p1: 0. p4: 0 - 10 = -10 -> C#1 10 due 4, released 2.
    const result = planOf(shortFirst());
    expect(grid(result, "C")).toEqual({
      gross: [10, 0, 0, 10],
      sr: [10, 0, 0, 0],
      poh: [0, 0, 0, 0],
      net: [0, 0, 0, 10],
      por: [0, 0, 0, 10],
      rel: [0, 10, 0, 0],
    });
    expect(result.plannedOrders).toEqual([{ id: "C#1", item: "C", quantity: 10, release: 2, due: 4, pegging: [{ source: "D2", date: 4, quantity: 10 }] }]);
    expect(facts(result)).toEqual([{ kind: "reschedule-in", item: "C", ref: "PO-1", date: 2, newDate: 1, quantity: 10 }]);
    expect(result.exceptions.map((e) => e.message)).toEqual(["C: reschedule open order PO-1 (10) in from period 2 to period 1"]);
  });

  it("keeps the open order where it is with a reschedule horizon of 0: a late new order, and the open one pushed out", () => {
    // p1: -10 -> C#1 10 due 1, should have been released at p-1 (2 periods late); PO-1 then first covers D2 at p4.
    const result = planOf(shortFirst({ rescheduleHorizon: 0 }));
    expect(grid(result, "C")).toEqual({
      gross: [10, 0, 0, 10],
      sr: [0, 10, 0, 0],
      poh: [0, 10, 10, 0],
      net: [10, 0, 0, 0],
      por: [10, 0, 0, 0],
      rel: [10, 0, 0, 0],
    });
    expect(facts(result)).toEqual([
      { kind: "late-release", item: "C", ref: "C#1", date: -1, newDate: 1, quantity: 10, ticksLate: 2 },
      { kind: "reschedule-out", item: "C", ref: "PO-1", date: 2, newDate: 4, quantity: 10 },
    ]);
  });

  it("pulls in only open orders due within the reschedule horizon of the shortage", () => {
    // PO-1 at p2 is 1 period after the shortage at p1: within a horizon of 1, as by default.
    expect(facts(planOf(shortFirst({ rescheduleHorizon: 1 })))).toEqual([{ kind: "reschedule-in", item: "C", ref: "PO-1", date: 2, newDate: 1, quantity: 10 }]);
    // PO-2 at p6 is 5 periods after the shortage at p1: pulled in by default, not within a horizon of 4.
    const far = (extra: Record<string, unknown>) =>
      planOf({
        calendar: { periods: 6 },
        items: [{ id: "A", source: "buy", ...extra }],
        scheduledReceipts: [{ id: "PO-2", item: "A", due: 6, quantity: 10 }],
        demands: [{ id: "D1", item: "A", due: 1, quantity: 4 }, { id: "D2", item: "A", due: 6, quantity: 6 }],
      });
    // default: p1 -4 -> PO-2 in to p1: 6; p6: 6 - 6 = 0. PO-2 covers D1 4 and D2 6, first needed at p1.
    const byDefault = far({});
    expect(grid(byDefault, "A")).toEqual({ gross: [4, 0, 0, 0, 0, 6], sr: [10, 0, 0, 0, 0, 0], poh: [6, 6, 6, 6, 6, 0], net: zeros(6), por: zeros(6), rel: zeros(6) });
    expect(byDefault.plannedOrders).toEqual([]);
    expect(facts(byDefault)).toEqual([{ kind: "reschedule-in", item: "A", ref: "PO-2", date: 6, newDate: 1, quantity: 10 }]);
    // horizon 4: A#1 4 at p1; PO-2 stays at p6 and covers D2 6 there; no message.
    const limited = far({ rescheduleHorizon: 4 });
    expect(grid(limited, "A")).toEqual({ gross: [4, 0, 0, 0, 0, 6], sr: [0, 0, 0, 0, 0, 10], poh: [0, 0, 0, 0, 0, 4], net: [4, 0, 0, 0, 0, 0], por: [4, 0, 0, 0, 0, 0], rel: [4, 0, 0, 0, 0, 0] });
    expect(facts(limited)).toEqual([]);
  });

  it("pulls in open orders earliest first, as many as the shortage needs", () => {
    // p2 needs 8: PO-1 5 (p3) then PO-2 5 (p4) are pulled in: 2 left; PO-3 4 (p5) stays and covers D2 6 at p5 with 2 - 6 + 4 = 0.
    const result = planOf({
      calendar: { periods: 5 },
      items: [{ id: "A", source: "buy" }],
      scheduledReceipts: [
        { id: "PO-1", item: "A", due: 3, quantity: 5 },
        { id: "PO-2", item: "A", due: 4, quantity: 5 },
        { id: "PO-3", item: "A", due: 5, quantity: 4 },
      ],
      demands: [{ id: "D1", item: "A", due: 2, quantity: 8 }, { id: "D2", item: "A", due: 5, quantity: 6 }],
    });
    expect(grid(result, "A")).toEqual({ gross: [0, 8, 0, 0, 6], sr: [0, 10, 0, 0, 4], poh: [0, 2, 2, 2, 0], net: zeros(5), por: zeros(5), rel: zeros(5) });
    expect(facts(result)).toEqual([
      { kind: "reschedule-in", item: "A", ref: "PO-1", date: 3, newDate: 2, quantity: 5 },
      { kind: "reschedule-in", item: "A", ref: "PO-2", date: 4, newDate: 2, quantity: 5 },
    ]);
  });

  it("never pulls an open order in for a phantom's pass-through (phantoms have none)", () => {
    // a phantom's component keeps its own default: K~1 passes 5 at p2 to X, whose PO-X (p4) is pulled in.
    const result = planOf({
      calendar: { periods: 4 },
      items: [{ id: "E", source: "make" }, { id: "K", source: "phantom" }, { id: "X", source: "buy" }],
      bom: [{ parent: "E", child: "K", quantity: 1 }, { parent: "K", child: "X", quantity: 1 }],
      scheduledReceipts: [{ id: "PO-X", item: "X", due: 4, quantity: 5 }],
      demands: [{ id: "D1", item: "E", due: 2, quantity: 5 }],
    });
    expect(facts(result)).toEqual([{ kind: "reschedule-in", item: "X", ref: "PO-X", date: 4, newDate: 2, quantity: 5 }]);
    expect(result.plannedOrders.filter((o) => o.item === "X")).toEqual([]);
  });
});

describe("plan: open orders due before the planning start", () => {
  it("raises past-due-receipt for each, received at the first tick", () => {
    // On hand 2, PO-0 5 due p0 (before p1) -> received at p1: 7; D1 6 at p2 -> 1; PO-1 4 at p3 -> 5.
    // Pegging: on hand 2 + PO-0 4 cover D1; PO-0 is first needed at p2 (reschedule-out); PO-1 covers nothing (cancel).
    const result = planOf({
      calendar: { periods: 4 },
      items: [{ id: "A", source: "buy", onHand: 2 }],
      scheduledReceipts: [
        { id: "PO-0", item: "A", due: 0, quantity: 5 },
        { id: "PO-00", item: "A", due: -3, quantity: 1 },
        { id: "PO-1", item: "A", due: 3, quantity: 4 },
      ],
      demands: [{ id: "D1", item: "A", due: 2, quantity: 6 }],
    });
    expect(grid(result, "A")).toEqual({ gross: [0, 6, 0, 0], sr: [6, 0, 4, 0], poh: [8, 2, 6, 6], net: zeros(4), por: zeros(4), rel: zeros(4) });
    expect(facts(result)).toEqual([
      { kind: "past-due-receipt", item: "A", ref: "PO-00", date: -3, newDate: 1, quantity: 1 },
      { kind: "past-due-receipt", item: "A", ref: "PO-0", date: 0, newDate: 1, quantity: 5 },
      { kind: "reschedule-out", item: "A", ref: "PO-0", date: 1, newDate: 2, quantity: 5 },
      { kind: "reschedule-out", item: "A", ref: "PO-00", date: 1, newDate: 2, quantity: 1 },
      { kind: "cancel", item: "A", ref: "PO-1", date: 3, quantity: 4 },
    ]);
    expect(result.exceptions[1]!.message).toBe(
      "A: open order PO-0 (5) was due period 0, before the planning start, and is counted as received at period 1: expedite it or correct its date",
    );
  });

  it("dates them as written in a day calendar", () => {
    // start Mon 2026-03-02; PO-9 due Fri 02-27 -> received 03-02, and covers D1 there.
    const result = planOf({
      calendar: { unit: "day", start: "2026-03-02", end: "2026-03-06" },
      items: [{ id: "A", source: "buy" }],
      scheduledReceipts: [{ id: "PO-9", item: "A", due: "2026-02-27", quantity: 3 }],
      demands: [{ id: "D1", item: "A", due: "2026-03-02", quantity: 3 }],
    });
    expect(facts(result)).toEqual([{ kind: "past-due-receipt", item: "A", ref: "PO-9", date: "2026-02-27", newDate: "2026-03-02", quantity: 3 }]);
    expect(result.exceptions[0]!.message).toBe(
      "A: open order PO-9 (3) was due 2026-02-27, before the planning start, and is counted as received at 2026-03-02: expedite it or correct its date",
    );
  });

  it("shows in the report's message count and message table", () => {
    const html = renderReport(planOf({ ...shortFirst(), scheduledReceipts: [{ id: "PO-0", item: "C", due: 0, quantity: 4 }] }));
    expect(html).toContain("Action messages: late release 1, past-due receipt 1");
    expect(html).toContain('<tr class="kind-past-due-receipt" data-kind="past-due-receipt"><td>');
  });

  it("shows in the CLI's summary and action message table", () => {
    const model = { ...shortFirst(), scheduledReceipts: [{ id: "PO-0", item: "C", due: 0, quantity: 4 }, { id: "PO-1", item: "C", due: 2, quantity: 10 }] };
    model.demands = [{ id: "D1", item: "C", due: 1, quantity: 14 }, { id: "D2", item: "C", due: 4, quantity: 10 }];
    const run = (argv: string[]) => {
      const io = memoryIO({ "m.json": JSON.stringify(model) });
      return { code: runCli(argv, io), out: io.out(), err: io.err() };
    };
    expect(run(["plan", "m.json", "--format", "summary"])).toEqual({
      code: 0,
      out: '{"items":1,"plannedOrders":1,"plannedQuantity":10,"exceptions":{"past-due-receipt":1,"reschedule-in":1}}\n',
      err: "",
    });
    expect(run(["plan", "m.json", "--format", "table"]).out).toContain(
      "Action messages\n" +
        "  past-due-receipt   C: open order PO-0 (4) was due period 0, before the planning start, and is counted as received at period 1: expedite it or correct its date\n" +
        "  reschedule-in      C: reschedule open order PO-1 (10) in from period 2 to period 1\n",
    );
  });
});
