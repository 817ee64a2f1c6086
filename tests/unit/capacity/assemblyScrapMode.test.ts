/**
 * What assembly scrap grows: the components only (`"components"`, the default), or the order
 * itself (`"order"`): started for more than it yields, its routing load, its routing lead time
 * and its labour cost grow too. Numbers are checked by hand in the comments (the worked example
 * of docs/capacity.md).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { backScheduleOrder, buildBillOfResources, capacity, defineModel, exportCsv, importCsv, itemRecords, plan, rollupCost } from "../../../src/index.ts";
import { MrpError } from "../../../src/errors/MrpError.ts";

// FRAME (make, lead time 1, assembly scrap 10 %, costing lot 100) takes 2 TUBE (3 each); welding:
// setup 2 h, run 0.5 h per unit on WELD (80 h per period, 40 per hour). SO-1 wants 100 in period 3.
const frames = (mode: "components" | "order" | undefined, extra: Record<string, unknown> = {}, wc: Record<string, unknown> = {}) =>
  defineModel({
    calendar: { periods: 3 },
    items: [
      { id: "FRAME", source: "make", leadTime: 1, assemblyScrap: 0.1, costingLotSize: 100, ...(mode === undefined ? {} : { assemblyScrapMode: mode }), ...extra },
      { id: "TUBE", source: "buy", cost: { material: 3 } },
    ],
    bom: [{ parent: "FRAME", child: "TUBE", quantity: 2 }],
    workCenters: [{ id: "WELD", capacity: 80, rate: 40, ...wc }],
    routings: [{ item: "FRAME", operations: [{ seq: 10, workCenter: "WELD", setup: 2, run: 0.5 }] }],
    demands: [{ id: "SO-1", item: "FRAME", due: 3, quantity: 100 }],
  });

const weldLoad = (result: ReturnType<typeof plan>) => capacity(result).workCenters[0]!.buckets.map((b) => b.load);

describe("assemblyScrapMode", () => {
  it("defaults to components: 110 tubes for 100 good frames, welding and labour on 100", () => {
    const model = frames(undefined);
    expect(model.items.find((i) => i.id === "FRAME")!.assemblyScrapMode).toBe("components");
    const result = plan(model);
    // FRAME#1 100 due 3, released 2; TUBE 100 x 1.1 x 2 = 220 at period 2.
    expect(result.plannedOrders).toEqual([
      { id: "FRAME#1", item: "FRAME", quantity: 100, release: 2, due: 3, pegging: [{ source: "SO-1", date: 3, quantity: 100 }] },
      { id: "TUBE#1", item: "TUBE", quantity: 220, release: 2, due: 2, pegging: [{ source: "FRAME#1", date: 2, quantity: 220 }] },
    ]);
    // welding 2 + 100 x 0.5 = 52 h in period 2
    expect(weldLoad(result)).toEqual([0, 52, 0]);
    // setup 2 h x 40 / 100 = 0.8, labour 0.5 x 40 = 20, tubes 2 x 1.1 x 3 = 6.6
    expect(rollupCost(model, { item: "FRAME" })[0]).toMatchObject({ unitCost: 27.4, material: 6.6, setup: 0.8, labour: 20, outsourced: 0 });
    expect(frames("components").items).toEqual(model.items);
  });

  it("order: the order starts 110 to yield 100; the same 220 tubes, welding and labour on 110", () => {
    const model = frames("order");
    const result = plan(model);
    expect(result.plannedOrders).toEqual([
      { id: "FRAME#1", item: "FRAME", quantity: 100, startQuantity: 110, release: 2, due: 3, pegging: [{ source: "SO-1", date: 3, quantity: 100 }] },
      { id: "TUBE#1", item: "TUBE", quantity: 220, release: 2, due: 2, pegging: [{ source: "FRAME#1", date: 2, quantity: 220 }] },
    ]);
    // the record stays in good units: 100 received in period 3, released in period 2
    expect(itemRecords(result, "FRAME").map((r) => [r.plannedOrderReceipts, r.plannedOrderReleases])).toEqual([[0, 0], [0, 100], [100, 0]]);
    // welding 2 + 110 x 0.5 = 57 h
    expect(weldLoad(result)).toEqual([0, 57, 0]);
    expect(backScheduleOrder(model, "FRAME", 100, 3).operations[0]!.hours).toBe(57);
    // labour 0.5 x 1.1 x 40 = 22; setup (per order) and material unchanged: 0.8 + 22 + 6.6 = 29.4
    expect(rollupCost(model, { item: "FRAME" })[0]).toMatchObject({ unitCost: 29.4, material: 6.6, setup: 0.8, labour: 22, outsourced: 0 });
    // rough-cut: 0.5 x 1.1 = 0.55 h per good unit, setup 2 h per order
    expect(buildBillOfResources(model, "FRAME").rows).toEqual([{ workCenter: "WELD", item: "FRAME", seq: 10, hoursPerUnit: 0.55, hoursPerOrder: 2, offset: 1, ticks: 1 }]);
  });

  it("order: a routing lead time is scheduled for the started quantity", () => {
    // WELD 56 h per period, lead time from the routing: 52 h fit one period, 57 h take two,
    // so the order (and its tubes) are released a period earlier.
    const byComponents = plan(frames("components", { leadTimeFrom: "routing" }, { capacity: 56 }));
    const byOrder = plan(frames("order", { leadTimeFrom: "routing" }, { capacity: 56 }));
    expect(byComponents.plannedOrders.map((o) => [o.id, o.quantity, o.release, o.due])).toEqual([["FRAME#1", 100, 2, 3], ["TUBE#1", 220, 2, 2]]);
    expect(byOrder.plannedOrders.map((o) => [o.id, o.quantity, o.release, o.due])).toEqual([["FRAME#1", 100, 1, 3], ["TUBE#1", 220, 1, 1]]);
    // 57 h spread over periods 1 and 2 by the capacity profile, all of it on FRAME#1
    expect(weldLoad(byOrder).reduce((a, b) => a + b, 0)).toBe(57);
  });

  it("order: firm planned and open orders load their started quantity too; without scrap nothing changes", () => {
    const model = frames("order", {}, {});
    const withOrders = plan(
      defineModel({
        ...model.data,
        demands: [],
        firmPlannedOrders: [{ id: "F-1", item: "FRAME", due: 3, quantity: 20 }],
        scheduledReceipts: [{ id: "WO-1", item: "FRAME", due: 2, quantity: 40 }],
      }),
    );
    expect(withOrders.firmPlannedOrders).toEqual([{ id: "F-1", item: "FRAME", quantity: 20, startQuantity: 22, release: 2, due: 3, firm: true, pegging: [] }]);
    // WO-1: 2 + 44 x 0.5 = 24 h in period 1; F-1: 2 + 22 x 0.5 = 13 h in period 2
    expect(weldLoad(withOrders)).toEqual([24, 13, 0]);
    const noScrap = plan(frames("order", { assemblyScrap: 0 }));
    expect(noScrap.plannedOrders[0]).toEqual({ id: "FRAME#1", item: "FRAME", quantity: 100, release: 2, due: 3, pegging: [{ source: "SO-1", date: 3, quantity: 100 }] });
    expect(weldLoad(noScrap)).toEqual([0, 52, 0]);
  });

  it("gives the numbers of the worked example in docs/capacity.md", () => {
    const page = readFileSync(new URL("../../../docs/capacity.md", import.meta.url), "utf8");
    const section = page.slice(page.indexOf("## Assembly scrap: the components or the order"));
    const json = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const model = defineModel(JSON.parse(json));
    const result = plan(model);
    expect(result.plannedOrders.map((o) => [o.id, o.quantity, o.startQuantity, o.release, o.due])).toEqual([["FRAME#1", 100, 110, 2, 3], ["TUBE#1", 220, undefined, 2, 2]]);
    expect(weldLoad(result)).toEqual([0, 57, 0]);
    expect(rollupCost(model, { item: "FRAME" })[0]).toMatchObject({ unitCost: 29.4, labour: 22, setup: 0.8, material: 6.6 });
    expect(section).toContain("| WELD load in period 2 | 2 + 100 × 0.5 = 52 h | 2 + 110 × 0.5 = 57 h |");
    expect(section).toContain("0.8 + 22 + 6.6 = 29.4 |");
  });

  it("rejects any other value, naming the item", () => {
    let error: unknown;
    try {
      defineModel({ calendar: { periods: 1 }, items: [{ id: "A", source: "make", assemblyScrapMode: "parent" }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MrpError);
    expect((error as MrpError & { issues: { path: unknown[]; message: string }[] }).issues.map((i) => [i.path, i.message])).toEqual([
      [["items", 0, "assemblyScrapMode"], 'assemblyScrapMode must be "components" or "order"'],
    ]);
  });

  it("reads and writes the assembly_scrap_mode column of items.csv", () => {
    const model = importCsv({ calendar: "unit,periods\nperiod,3\n", items: "part_number,source,assembly_scrap_pct,assembly_scrap_mode\nFRAME,make,10,order\nTUBE,buy,,\n" });
    expect(model.items).toEqual([{ id: "FRAME", source: "make", assemblyScrap: 0.1, assemblyScrapMode: "order" }, { id: "TUBE", source: "buy" }]);
    expect(exportCsv(frames("order")).items!.split("\n")[1]).toContain(",10,order,");
    let error: unknown;
    try {
      importCsv({ calendar: "unit,periods\nperiod,3\n", items: "part_number,source,assembly_scrap_mode\nFRAME,make,parent\n" });
    } catch (e) {
      error = e;
    }
    expect((error as MrpError & { issues: unknown[] }).issues).toEqual([
      { path: ["items.csv", 2, "assembly_scrap_mode"], code: "invalid_value", message: 'unknown assembly_scrap_mode "parent": expected components or order' },
    ]);
  });
});
