import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../../src/io/exportCsv.js";
import { importCsv } from "../../../src/io/importCsv.js";
import { defineModel } from "../../../src/model/defineModel.js";
import { modelArb } from "../../helpers/modelArb.js";

const example = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8"));

describe("exportCsv", () => {
  it("writes every table with its canonical header, defaults spelled out", () => {
    const tables = exportCsv(
      defineModel({
        calendar: { periods: 6 },
        items: [
          { id: "A", name: "Table", source: "make", leadTime: 1, lotSizing: { rule: "fixed", quantity: 20 }, assemblyScrap: 0.015 },
          { id: "B", source: "buy", onHand: 7, allocated: 2, orderModifiers: { minimum: 5, multiple: 5 } },
        ],
        bom: [{ parent: "A", child: "B", quantity: 4, scrap: 0.07, fixed: true, operation: 10 }],
        workCenters: [{ id: "SAW", capacity: 8, changes: [{ from: 3, capacity: 4 }] }],
        routings: [{ item: "A", operations: [{ seq: 10, workCenter: "SAW", setup: 0.5, run: 0.1 }, { seq: 20, outsourced: { leadTime: 1 } }] }],
        scheduledReceipts: [{ id: "PO-1", item: "B", due: 2, quantity: 10 }],
        firmPlannedOrders: [{ id: "F-1", item: "A", due: 4, quantity: 5 }],
        demands: [{ id: "SO-1", item: "A", due: 5, quantity: 8, kind: "forecast" }],
      }),
    );
    expect(tables).toEqual({
      items:
        "part_number,description,uom,source,category,lead_time,safety_stock,safety_lead_time,decimals,lot_rule,lot_size,lot_periods,min_stock,max_stock,min_order,max_order,order_multiple,assembly_scrap_pct,assembly_scrap_mode,planning_time_fence,demand_time_fence,consumption_backward,consumption_forward,lead_time_from,reschedule_horizon,material_cost,setup_cost,holding_cost,costing_lot_size\n" +
        "A,Table,EA,make,,1,0,0,0,fixed,20,,,,0,,,1.5,components,0,0,0,0,item,,0,0,0,1\n" +
        "B,,EA,buy,,0,0,0,0,lot-for-lot,,,,,5,,5,0,components,0,0,0,0,item,,0,0,0,1\n",
      calendar: "unit,periods,start,end,workdays,holidays\n,6,,,,\n",
      bom: "parent,component,quantity_per,scrap_pct,fixed,offset,operation,valid_from,valid_to\nA,B,4,7,yes,0,10,,\n",
      routings: "part_number,seq,work_center,description,setup_hours,run_hours,queue,move,outsourced_lead_time,outsourced_cost\nA,10,SAW,,0.5,0.1,0,0,,\nA,20,,,0,0,0,0,1,0\n",
      workCenters: "work_center,description,capacity_hours,efficiency,utilization,rate\nSAW,,8,1,1,0\n",
      capacityChanges: "work_center,from,capacity_hours\nSAW,3,4\n",
      stock: "part_number,on_hand,allocated\nB,7,2\n",
      receipts: "order_id,part_number,due,quantity\nPO-1,B,2,10\n",
      firmOrders: "order_id,part_number,due,quantity\nF-1,A,4,5\n",
      demands: "demand_id,part_number,due,quantity,kind\nSO-1,A,5,8,forecast\n",
    });
  });

  it("leaves out tables without rows", () => {
    expect(exportCsv(defineModel({ calendar: { unit: "period", periods: 2 }, items: [{ id: "A", source: "buy" }] }))).toEqual({
      items:
        "part_number,description,uom,source,category,lead_time,safety_stock,safety_lead_time,decimals,lot_rule,lot_size,lot_periods,min_stock,max_stock,min_order,max_order,order_multiple,assembly_scrap_pct,assembly_scrap_mode,planning_time_fence,demand_time_fence,consumption_backward,consumption_forward,lead_time_from,reschedule_horizon,material_cost,setup_cost,holding_cost,costing_lot_size\n" +
        "A,,EA,buy,,0,0,0,0,lot-for-lot,,,,,0,,,0,components,0,0,0,0,item,,0,0,0,1\n",
      calendar: "unit,periods,start,end,workdays,holidays\nperiod,2,,,,\n",
    });
  });

  it("quotes fields with delimiters, quotes, line breaks or outer spaces, and writes percentages exactly", () => {
    const m = defineModel({
      calendar: { periods: 4 },
      items: [
        { id: " A,1", name: 'say "hi"\nthere', source: "make" },
        { id: "B;2", source: "buy" },
      ],
      bom: [
        { parent: " A,1", child: "B;2", quantity: 1, scrap: 1e-7 },
        { parent: " A,1", child: "B;2", quantity: 2, scrap: 0.123456789, from: 2 },
      ],
    });
    const t = exportCsv(m);
    expect(t.items.split("\n")[1]).toBe('" A,1","say ""hi""');
    expect(t.bom).toBe('parent,component,quantity_per,scrap_pct,fixed,offset,operation,valid_from,valid_to\n" A,1","B;2",1,0.00001,no,0,,,\n" A,1","B;2",2,12.3456789,no,0,,2,\n');
    expect(defineModel(importCsv(t)).data).toEqual(m.data);
  });

  it("round-trips the example models", () => {
    for (const name of ["bicycle", "workshop"]) {
      const m = defineModel(example(name));
      expect(defineModel(importCsv(exportCsv(m))).data).toEqual(m.data);
    }
  });

  it("round-trips a day-calendar model with workdays, holidays, effectivity dates and every item field", () => {
    const m = defineModel({
      calendar: { unit: "day", start: "2026-01-05", end: "2026-03-27", workdays: [1, 2, 3, 4, 5, 6], holidays: ["2026-01-06", "2026-02-16"] },
      items: [
        {
          id: "A",
          name: "Cabinet",
          uom: "PC",
          source: "make",
          category: "own",
          leadTime: 3,
          safetyStock: 2,
          safetyLeadTime: 1,
          decimals: 1,
          lotSizing: { rule: "periods-of-supply", periods: 5 },
          orderModifiers: { minimum: 2.5, maximum: 100, multiple: 0.5 },
          assemblyScrap: 0.035,
          planningTimeFence: 2,
          demandTimeFence: 4,
          consumption: { backward: 2, forward: 1 },
          leadTimeFrom: "routing",
          rescheduleHorizon: 3,
          cost: { material: 1.1, setup: 75, holding: 0.02 },
          costingLotSize: 12,
        },
        { id: "B", source: "buy", category: "standard", lotSizing: { rule: "min-max", min: 10, max: 90 }, onHand: 33.5, allocated: 3 },
        { id: "C", source: "phantom" },
      ],
      bom: [
        { parent: "A", child: "C", quantity: 1, from: "2026-01-12", to: "2026-02-02", operation: 20 },
        { parent: "C", child: "B", quantity: 3, scrap: 0.1, offset: -1 },
      ],
      workCenters: [{ id: "PAINT", name: "Paint line", capacity: 7.5, efficiency: 0.95, utilization: 0.85, rate: 52, changes: [{ from: "2026-02-02", capacity: 0 }] }],
      routings: [{ item: "A", operations: [{ seq: 10, workCenter: "PAINT", setup: 1, run: 0.25, queue: 1, move: 1 }, { seq: 20, description: "plating", outsourced: { leadTime: 4, cost: 3.2 } }] }],
      scheduledReceipts: [{ id: "PO-9", item: "B", due: "2026-01-14", quantity: 40 }],
      firmPlannedOrders: [{ id: "F-1", item: "A", due: "2026-02-10", quantity: 6 }],
      demands: [{ id: "SO-1", item: "A", due: "2026-02-20", quantity: 9 }, { id: "FC-1", item: "A", due: "2026-03-02", quantity: 20, kind: "forecast" }],
    });
    const t = exportCsv(m);
    expect(t.calendar).toBe("unit,periods,start,end,workdays,holidays\nday,,2026-01-05,2026-03-27,1 2 3 4 5 6,2026-01-06 2026-02-16\n");
    expect(defineModel(importCsv(t)).data).toEqual(m.data);
  });

  it("round-trips random models: defineModel(importCsv(exportCsv(m))).data equals m.data", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", ";", '"', "\n", "\r\n", "\t", "é", "0", "."), minLength: 1, maxLength: 8 });
    const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
    const arb = fc.tuple(
      modelArb(),
      fc.record({
        suffix: fc.constantFrom("", ",x", ' "q"', "a\nb", " ;"),
        names: fc.array(fc.option(text, { nil: undefined }), { minLength: 6, maxLength: 6 }),
        uoms: fc.array(text, { minLength: 6, maxLength: 6 }),
        scraps: fc.array(fraction, { minLength: 12, maxLength: 12 }),
        costs: fc.array(amount, { minLength: 6, maxLength: 6 }),
        centers: fc.array(
          fc.record({ capacity: amount, efficiency: fc.double({ min: 0.01, max: 5, noNaN: true }), utilization: fc.double({ min: 0.01, max: 1, noNaN: true }), rate: amount, name: fc.option(text, { nil: undefined }), change: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }) }),
          { maxLength: 3 },
        ),
        ops: fc.array(fc.record({ item: fc.nat(5), wc: fc.nat(3), setup: amount, run: amount, queue: fc.nat(3), outsourcedCost: amount }), { maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(arb, ([json, extra]) => {
        const rename = (id: string) => id + extra.suffix;
        const wcIds = extra.centers.map((_, k) => `WC ${k},${extra.suffix}`);
        const items = json.items.map((it, i) => ({
          ...it,
          id: rename(it.id),
          uom: extra.uoms[i]!,
          ...(extra.names[i] === undefined ? {} : { name: extra.names[i] }),
          assemblyScrap: extra.scraps[i]!,
          cost: { ...it.cost, material: extra.costs[i]! },
        }));
        const withRouting = new Map<string, { seq: number; workCenter?: string; setup: number; run: number; queue: number; outsourced?: { leadTime: number; cost: number } }[]>();
        for (const op of extra.ops) {
          const it = items[op.item % items.length]!;
          const ops = withRouting.get(it.id) ?? [];
          const wc = wcIds.length === 0 ? undefined : wcIds[op.wc % wcIds.length];
          ops.push({ seq: 10 * (ops.length + 1), ...(wc === undefined ? { outsourced: { leadTime: op.queue, cost: op.outsourcedCost } } : { workCenter: wc }), setup: op.setup, run: op.run, queue: op.queue });
          withRouting.set(it.id, ops);
        }
        const m = defineModel({
          ...json,
          items,
          bom: json.bom.map((l, k) => ({ ...l, parent: rename(l.parent), child: rename(l.child), scrap: extra.scraps[6 + (k % 6)]! })),
          workCenters: extra.centers.map((c, k) => ({
            id: wcIds[k]!,
            ...(c.name === undefined ? {} : { name: c.name }),
            capacity: c.capacity,
            efficiency: c.efficiency,
            utilization: c.utilization,
            rate: c.rate,
            ...(c.change === undefined ? {} : { changes: [{ from: c.change, capacity: c.capacity / 2 }] }),
          })),
          routings: [...withRouting].map(([item, operations]) => ({ item, operations })),
          demands: json.demands.map((d) => ({ ...d, item: rename(d.item) })),
          scheduledReceipts: json.scheduledReceipts.map((d) => ({ ...d, item: rename(d.item) })),
          firmPlannedOrders: json.firmPlannedOrders.map((d) => ({ ...d, item: rename(d.item) })),
        });
        expect(defineModel(importCsv(exportCsv(m))).data).toEqual(m.data);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
