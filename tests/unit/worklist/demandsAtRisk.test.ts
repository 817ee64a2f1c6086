import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planCapacity } from "../../../src/capacity/capacity.js";
import { MrpError } from "../../../src/errors/MrpError.js";
import { defineModel } from "../../../src/model/defineModel.js";
import { plan } from "../../../src/mrp/plan.js";
import type { PlanResult } from "../../../src/mrp/PlanResult.js";
import { demandsAtRisk, overdueReceipt, type RiskCause } from "../../../src/worklist/demandsAtRisk.js";
import type { PlanException } from "../../../src/mrp/PlanResult.js";

const example = (name: string) => defineModel(JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")));

describe("demandsAtRisk", () => {
  it("follows the bicycle's pegging down to the late releases of frame-assembly, fork and frame", () => {
    const r = demandsAtRisk(plan(example("bicycle")));
    // three orders should have been released in period 0; each is pegged to one sales order
    expect(r.demands.map((d) => [d.demand, d.due, d.ticksLate, d.expected, d.causes.map((c) => [c.kind, c.ref, c.path.join(">"), c.quantity, c.ticksLate])])).toEqual([
      ["SO-1", 3, 1, 4, [["late-release", "frame-assembly#1", "bicycle#1>frame-assembly#1", 3, 1]]],
      ["SO-2", 5, 1, 6, [["late-release", "fork#1", "bicycle#2>frame-assembly#2>fork#1", 3, 1]]],
      ["SO-3", 6, 1, 7, [["late-release", "frame#1", "bicycle#3>frame-assembly#3>frame#1", 8, 1]]],
    ]);
    expect(r.demands[0]!.causes[0]!.message).toBe(
      "frame-assembly: order frame-assembly#1 (3) should have been released at period 0, 1 period before the planning start; released at period 1",
    );
    expect(r.overloads).toEqual([]);
  });

  it("shows the workshop's welding overload beside the carts at risk from the late tube order", () => {
    const result = plan(example("workshop"));
    const r = demandsAtRisk(result, { capacity: planCapacity(result) });
    // TUBE#1 (32) covers FPO-1's 18.9 tube (all 6 frames), FRAME#1's 12.6 (all 4) and 0.5 of FRAME#2's
    // 37.8: 12 x 3 x 1.05 = 37.8, so 0.5 tube is 0.5 / 37.8 x 12 = 0.158730159 frames of SO-2's carts
    expect(r.demands.map((d) => [d.demand, d.ticksLate, d.causes.map((c) => [c.path.join(">"), c.quantity])])).toEqual([
      ["SO-1", 1, [["CART#1>FPO-1>TUBE#1", 6], ["CART#1>FRAME#1>TUBE#1", 4]]],
      ["SO-2", 1, [["CART#2>FRAME#2>TUBE#1", 0.158730159]]],
    ]);
    expect(r.overloads).toEqual([
      { kind: "overload", workCenter: "WELD", period: 5, load: 4.2, available: 3, orders: ["FRAME#3"], message: "WELD: overloaded at period 5: load 4.2 h, available 3 h (140%); orders FRAME#3" },
    ]);
  });

  it("flags forecasts and past-due demands; a time fence delays the demand by need to receipt, from the first tick for a past-due one", () => {
    const model = defineModel({
      calendar: { periods: 6 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "B", source: "buy", leadTime: 1, planningTimeFence: 2 },
      ],
      bom: [{ parent: "A", child: "B", quantity: 2 }],
      demands: [
        { id: "SO-0", item: "A", due: 0, quantity: 1 },
        { id: "SO-1", item: "A", due: 3, quantity: 5, attributes: { customer: "X" } },
        { id: "F-1", item: "A", due: 5, quantity: 4, kind: "forecast" },
      ],
    });
    const r = demandsAtRisk(plan(model));
    // SO-0: due period 0, planned at period 1; B#1 needed at 1 arrives at 3 (time fence): 2 more -> period 3
    // SO-1: B#2 needed at 2 arrives at 3: 1 period late -> period 4. F-1 is not at risk.
    expect(r.demands.map((d) => [d.demand, d.kind, d.due, d.ticksLate, d.expected, d.causes.map((c) => `${c.kind} ${c.ref} ${c.ticksLate}`)])).toEqual([
      ["SO-0", "order", 0, 3, 3, ["time-fence B#1 2", "late-release A#1 1", "past-due-demand SO-0 1"]],
      ["SO-1", "order", 3, 1, 4, ["time-fence B#2 1"]],
    ]);
    expect(r.demands[1]!.attributes).toEqual({ customer: "X" });
    expect(r.demands[1]!.causes[0]).toMatchObject({ item: "B", path: ["A#2", "B#2"], quantity: 5 });
    expect(r.demands[0]!.causes[2]).toMatchObject({ path: [], quantity: 1 });
  });

  it("lists a forecast at risk, flagged by its kind", () => {
    const model = defineModel({
      calendar: { periods: 4 },
      items: [{ id: "A", source: "buy", leadTime: 2 }],
      demands: [{ id: "F-1", item: "A", due: 2, quantity: 3, kind: "forecast" }],
    });
    expect(demandsAtRisk(plan(model)).demands.map((d) => [d.demand, d.kind, d.ticksLate])).toEqual([["F-1", "forecast", 1]]);
  });

  it("calls an order received after the requirement it covers a shortage, at its lateness", () => {
    // inside the fence the firm order due in period 4 covers SO-1, needed in period 2
    const model = defineModel({
      calendar: { periods: 6 },
      items: [{ id: "A", source: "buy", leadTime: 1, planningTimeFence: 3 }],
      firmPlannedOrders: [{ id: "FPO-1", item: "A", due: 4, quantity: 10 }],
      demands: [{ id: "SO-1", item: "A", due: 2, quantity: 5 }],
    });
    const r = demandsAtRisk(plan(model));
    expect(r.demands).toEqual([
      {
        demand: "SO-1",
        item: "A",
        kind: "order",
        quantity: 5,
        due: 2,
        ticksLate: 2,
        expected: 4,
        causes: [{ kind: "shortage", item: "A", ref: "FPO-1", path: ["FPO-1"], quantity: 5, ticksLate: 2, message: "A: 5 needed at period 2 arrive with order FPO-1 at period 4, 2 periods late" }],
      },
    ]);
  });

  it("counts working days in a day calendar, past-due dates before the start included", () => {
    const model = defineModel({
      calendar: { unit: "day", start: "2026-03-02", end: "2026-03-20" },
      items: [{ id: "A", source: "make", leadTime: 2 }],
      demands: [
        { id: "SO-1", item: "A", due: "2026-02-27", quantity: 5 },
        { id: "SO-2", item: "A", due: "2026-03-03", quantity: 2 },
      ],
    });
    // SO-1 due Friday, the working day before Monday's start: planned Monday, its order 2 days late
    // -> Wednesday 2026-03-04, 3 working days after its due date
    const r = demandsAtRisk(plan(model));
    expect(r.demands.map((d) => [d.demand, d.ticksLate, d.expected, d.causes.map((c) => `${c.kind} ${c.ticksLate}`)])).toEqual([
      ["SO-1", 3, "2026-03-04", ["late-release 2", "past-due-demand 1"]],
      ["SO-2", 1, "2026-03-04", ["late-release 1"]],
    ]);
  });

  it("sorts by ticks late, then due date, then id, and finds nothing in a healthy plan", () => {
    const model = defineModel({
      calendar: { periods: 6 },
      items: [{ id: "A", source: "buy", leadTime: 2 }],
      demands: [
        { id: "SO-B", item: "A", due: 2, quantity: 1 },
        { id: "SO-A", item: "A", due: 2, quantity: 1 },
        { id: "SO-C", item: "A", due: 1, quantity: 1 },
        { id: "SO-D", item: "A", due: 5, quantity: 1 },
      ],
    });
    expect(demandsAtRisk(plan(model)).demands.map((d) => [d.demand, d.ticksLate])).toEqual([
      ["SO-C", 2],
      ["SO-A", 1],
      ["SO-B", 1],
    ]);
    const healthy = defineModel({ calendar: { periods: 6 }, items: [{ id: "A", source: "buy", leadTime: 1 }], demands: [{ id: "SO-1", item: "A", due: 4, quantity: 1 }] });
    expect(demandsAtRisk(plan(healthy))).toEqual({ demands: [], overloads: [] });
  });

  it("puts at risk what an overdue open order covers: the requirements of its item while it would be short without it", () => {
    const model = defineModel({
      calendar: { periods: 6 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "B", source: "buy", leadTime: 1, lotSizing: { rule: "fixed", quantity: 20 } },
      ],
      bom: [{ parent: "A", child: "B", quantity: 1 }],
      scheduledReceipts: [{ id: "PO-1", item: "B", due: 1, quantity: 5 }],
      demands: [
        { id: "SO-1", item: "A", due: 3, quantity: 4 },
        { id: "SO-2", item: "A", due: 5, quantity: 8 },
        { id: "SP-1", item: "B", due: 3, quantity: 1 },
        { id: "SP-2", item: "B", due: 6, quantity: 1 },
      ],
    });
    const result = plan(model);
    // B's projected on hand by period: 5, 1, 0, 12, 12, 11. Without PO-1's 5 it is short in periods
    // 2 and 3: A#1's 4 (for SO-1) in period 2 and the spare part SP-1 in period 3. A#2's 8 in
    // period 4 and SP-2 come from B#1 (20).
    const found: [string, RiskCause][] = [];
    // PO-1 taken as if it had been due in period 0, a period before the start
    const overdue: PlanException = { kind: "past-due-receipt" as PlanException["kind"], item: "B", ref: "PO-1", date: 0, quantity: 5, message: "PO-1 is overdue" };
    overdueReceipt(result, overdue, (demand, cause) => found.push([demand, cause]));
    expect(found).toEqual([
      ["SP-1", { kind: "past-due-receipt", item: "B", ref: "PO-1", path: ["PO-1"], quantity: 1, ticksLate: 1, message: "PO-1 is overdue" }],
      ["SO-1", { kind: "past-due-receipt", item: "B", ref: "PO-1", path: ["A#1", "PO-1"], quantity: 4, ticksLate: 1, message: "PO-1 is overdue" }],
    ]);
  });

  it("refuses a value that is not a plan result", () => {
    const result = plan(example("bicycle"));
    expect(() => demandsAtRisk({ ...result } as PlanResult)).toThrow(MrpError);
  });
});
