/**
 * Attributes: the application's own fields on items, demands, scheduled receipts and firm planned
 * orders. Validated, never used in planning, carried into pegging, the plan JSON and the report.
 */
import { describe, expect, it } from "vitest";
import { plan } from "../../../src/mrp/plan.ts";
import { pegToDemands } from "../../../src/mrp/pegToDemands.ts";
import { planToJson } from "../../../src/mrp/planToJson.ts";
import { renderReport } from "../../../src/io/renderReport.ts";
import { defineModel, safeDefineModel } from "../../../src/model/defineModel.ts";

const base = {
  calendar: { periods: 4 },
  items: [
    { id: "A", source: "make", leadTime: 1, attributes: { planner: "P07", abc: "A" } },
    { id: "B", source: "buy", leadTime: 1, attributes: { supplier: "ACME" } },
  ],
  bom: [{ parent: "A", child: "B", quantity: 2 }],
  scheduledReceipts: [{ id: "PO-1", item: "B", due: 1, quantity: 1, attributes: { supplier: "ACME", rush: true } }],
  firmPlannedOrders: [{ id: "FPO-1", item: "A", due: 2, quantity: 1, attributes: { line: 2 } }],
  demands: [
    { id: "SO-1", item: "A", due: 3, quantity: 5, attributes: { priority: 1, customer: "Müller GmbH", rush: false } },
    { id: "SO-2", item: "A", due: 4, quantity: 2 },
  ],
};

describe("attributes", () => {
  it("are kept with sorted keys and do not change the plan", () => {
    const m = defineModel(base);
    expect(m.data.demands[0]!.attributes).toEqual({ customer: "Müller GmbH", priority: 1, rush: false });
    expect(Object.keys(m.data.demands[0]!.attributes!)).toEqual(["customer", "priority", "rush"]);
    expect(Object.keys(m.data.items[0]!.attributes!)).toEqual(["abc", "planner"]);
    expect(m.data.demands[1]).not.toHaveProperty("attributes");
    const without = JSON.parse(JSON.stringify(base), (k, v: unknown) => (k === "attributes" ? undefined : v)) as unknown;
    const a = plan(m);
    const b = plan(defineModel(without));
    expect(a.plannedOrders.map((o) => [o.id, o.quantity, o.release, o.due])).toEqual(b.plannedOrders.map((o) => [o.id, o.quantity, o.release, o.due]));
    expect(a.exceptions).toEqual(b.exceptions);
  });

  it("are refused unless strings, finite numbers or booleans with non-empty names", () => {
    const r = safeDefineModel({
      calendar: { periods: 2 },
      items: [{ id: "A", source: "buy", attributes: { ok: "x", bad: null } }],
      demands: [{ id: "D", item: "A", due: 1, quantity: 1, attributes: { "": 1 } }],
      scheduledReceipts: [{ id: "P", item: "A", due: 1, quantity: 1, attributes: ["x"] }],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.path, i.message])).toEqual([
      [["items", 0, "attributes", "bad"], "an attribute must be a string, a number or a boolean"],
      [["scheduledReceipts", 0, "attributes"], "attributes must be an object of strings, numbers and booleans"],
      [["demands", 0, "attributes", ""], "attribute names must not be empty"],
    ]);
  });

  it("come with the demands in pegToDemands, the plan JSON and the report's data", () => {
    const result = plan(defineModel(base));
    const json = planToJson(result);
    const b1 = json.plannedOrders.find((o) => o.item === "B")!;
    expect(pegToDemands(result, b1.id).filter((p) => p.demand === "SO-1").map((p) => p.attributes)).toEqual([{ customer: "Müller GmbH", priority: 1, rush: false }]);
    expect(pegToDemands(result, "A#2")).toEqual([{ demand: "SO-2", item: "A", quantity: 2, path: ["A#2"] }]);
    const a1 = json.plannedOrders.find((o) => o.id === "A#1")!;
    expect(a1.pegging).toEqual([{ source: "SO-1", date: 3, quantity: 4, attributes: { customer: "Müller GmbH", priority: 1, rush: false } }]);
    expect(json.firmPlannedOrders[0]).toMatchObject({ id: "FPO-1", firm: true, attributes: { line: 2 } });
    const html = renderReport(result);
    expect(html).toContain('"SO-1",{"item":"A","due":3,"quantity":5,"kind":"order","attributes":{"customer":"Müller GmbH","priority":1,"rush":false}}');
    const data = JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!) as { orders: { id: unknown[]; attr: [number, unknown][] } };
    expect(data.orders.attr.map(([o, a]) => [data.orders.id[o], a])).toEqual([["FPO-1", { line: 2 }]]);
  });

  it("give byte-identical output whatever the order of their keys", () => {
    const shuffled = JSON.parse(JSON.stringify(base)) as typeof base;
    shuffled.demands[0]!.attributes = { rush: false, customer: "Müller GmbH", priority: 1 } as never;
    shuffled.items[0]!.attributes = { abc: "A", planner: "P07" } as never;
    const out = (j: unknown) => JSON.stringify(planToJson(plan(defineModel(j)))) + renderReport(plan(defineModel(j)));
    expect(out(shuffled)).toBe(out(base));
  });
});
