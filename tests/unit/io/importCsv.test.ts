import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CsvImportError } from "../../../src/errors/CsvImportError.js";
import { MrpError } from "../../../src/errors/MrpError.js";
import { CSV_TABLES } from "../../../src/io/csvTables.js";
import { importCsv, safeImportCsv, type ImportCsvTables } from "../../../src/io/importCsv.js";
import { defineModel } from "../../../src/model/defineModel.js";

const periods = { calendar: { periods: 8 } } as const;

/** The issues of a failed import. */
function issues(tables: ImportCsvTables, options: Parameters<typeof safeImportCsv>[1] = periods) {
  const r = safeImportCsv(tables, options);
  if (r.success) throw new Error("expected the import to fail");
  return r.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
}

describe("importCsv: every table", () => {
  it("reads items, BOM, routings, work centers, capacity changes, stock, receipts, firm orders, demands and the calendar", () => {
    const model = importCsv({
      items: [
        "part_number,description,uom,source,category,lead_time,safety_stock,safety_lead_time,decimals,lot_rule,lot_size,lot_periods,min_stock,max_stock,min_order,max_order,order_multiple,assembly_scrap_pct,planning_time_fence,demand_time_fence,consumption_backward,consumption_forward,lead_time_from,reschedule_horizon,material_cost,setup_cost,holding_cost,costing_lot_size",
        "A,Table,EA,make,own,1,5,0,0,fixed,50,,,,,,,2,1,2,1,1,item,2,0,10,0.5,20",
        "B,Leg,PC,buy,,2,,,,periods-of-supply,,3,,,10,100,5,,,,,,,,1.25,,,",
        "C,Screw,EA,buy,standard,1,,,2,min-max,,,100,500,,,,,,,,,,,0.02,,,",
      ].join("\n"),
      bom: "parent,component,quantity_per,scrap_pct,fixed,offset,operation,valid_from,valid_to\nA,B,4,5,no,0,10,,\nA,C,8,,yes,1,,2,6\n",
      routings: "part_number,seq,work_center,description,setup_hours,run_hours,queue,move,outsourced_lead_time,outsourced_cost\nA,10,SAW,cut,0.5,0.1,1,0,,\nA,20,,paint,,,,,2,1.5\n",
      workCenters: "work_center,description,capacity_hours,efficiency,utilization,rate\nSAW,Band saw,8,1.1,0.9,40\n",
      capacityChanges: "work_center,from,capacity_hours\nSAW,5,4\nSAW,7,8\n",
      stock: "part_number,on_hand,allocated\nB,20,5\nB,10,\nC,300,\n",
      receipts: "order_id,part_number,due,quantity\nPO-1,B,2,40\n",
      firmOrders: "order_id,part_number,due,quantity\nFPO-1,A,4,10\n",
      demands: "demand_id,part_number,due,quantity,kind\nSO-1,A,5,20,order\nFC-1,A,6,30,forecast\nM-1,A,7,5,mps\n",
      calendar: "unit,periods\nperiod,8\n",
    });
    expect(model).toEqual({
      calendar: { unit: "period", periods: 8 },
      items: [
        {
          id: "A",
          name: "Table",
          uom: "EA",
          source: "make",
          category: "own",
          leadTime: 1,
          safetyStock: 5,
          safetyLeadTime: 0,
          decimals: 0,
          lotSizing: { rule: "fixed", quantity: 50 },
          assemblyScrap: 0.02,
          planningTimeFence: 1,
          demandTimeFence: 2,
          consumption: { backward: 1, forward: 1 },
          leadTimeFrom: "item",
          rescheduleHorizon: 2,
          cost: { material: 0, setup: 10, holding: 0.5 },
          costingLotSize: 20,
        },
        {
          id: "B",
          name: "Leg",
          uom: "PC",
          source: "buy",
          leadTime: 2,
          lotSizing: { rule: "periods-of-supply", periods: 3 },
          orderModifiers: { minimum: 10, maximum: 100, multiple: 5 },
          cost: { material: 1.25 },
          onHand: 30,
          allocated: 5,
        },
        {
          id: "C",
          name: "Screw",
          uom: "EA",
          source: "buy",
          category: "standard",
          leadTime: 1,
          decimals: 2,
          lotSizing: { rule: "min-max", min: 100, max: 500 },
          cost: { material: 0.02 },
          onHand: 300,
        },
      ],
      bom: [
        { parent: "A", child: "B", quantity: 4, scrap: 0.05, fixed: false, offset: 0, operation: 10 },
        { parent: "A", child: "C", quantity: 8, fixed: true, offset: 1, from: 2, to: 6 },
      ],
      workCenters: [{ id: "SAW", name: "Band saw", capacity: 8, efficiency: 1.1, utilization: 0.9, rate: 40, changes: [{ from: 5, capacity: 4 }, { from: 7, capacity: 8 }] }],
      routings: [
        {
          item: "A",
          operations: [
            { seq: 10, workCenter: "SAW", description: "cut", setup: 0.5, run: 0.1, queue: 1, move: 0 },
            { seq: 20, description: "paint", outsourced: { leadTime: 2, cost: 1.5 } },
          ],
        },
      ],
      scheduledReceipts: [{ id: "PO-1", item: "B", due: 2, quantity: 40 }],
      firmPlannedOrders: [{ id: "FPO-1", item: "A", due: 4, quantity: 10 }],
      demands: [
        { id: "SO-1", item: "A", due: 5, quantity: 20, kind: "order" },
        { id: "FC-1", item: "A", due: 6, quantity: 30, kind: "forecast" },
        { id: "M-1", item: "A", due: 7, quantity: 5, kind: "mps" },
      ],
    });
    expect(defineModel(model).itemCount).toBe(3);
  });

  it("gives only the tables it has, and leaves empty cells to the model's defaults", () => {
    expect(importCsv({ items: "part_number,source\nA,buy\n" }, periods)).toEqual({ calendar: { periods: 8 }, items: [{ id: "A", source: "buy" }] });
  });

  it("reads a day calendar from the calendar table, with workdays and holidays, and dates as ISO strings", () => {
    const model = importCsv({
      items: "part_number,source\nA,buy\n",
      demands: "demand_id,part_number,due,quantity\nSO-1,A,2026-01-09,5\n",
      calendar: "start,end,workdays,holidays\n2026-01-05,2026-02-27,1 2 3 4 5 6,2026-01-06 2026-01-07\n",
    });
    expect(model.calendar).toEqual({ unit: "day", start: "2026-01-05", end: "2026-02-27", workdays: [1, 2, 3, 4, 5, 6], holidays: ["2026-01-06", "2026-01-07"] });
    expect(model.demands).toEqual([{ id: "SO-1", item: "A", due: "2026-01-09", quantity: 5 }]);
  });

  it("takes the calendar option over the calendar table", () => {
    const model = importCsv({ items: "part_number,source\nA,buy\n", calendar: "periods\n4\n" }, { calendar: { periods: 12 } });
    expect(model.calendar).toEqual({ periods: 12 });
  });
});

describe("importCsv: headers, delimiters and quoting", () => {
  it("accepts aliases in any case, spacing and punctuation", () => {
    const model = importCsv(
      {
        items: "Item No,Name,Make/Buy,LT,SS,MOQ,Rounding Value,Assembly Scrap %\nA,Table,M,1,2,10,5,1.5\nB,Leg,purchased,2,,,,\n",
        bom: "Parent Item;Component;Qty Per;Component Scrap %\nA;B;4;0,5\n",
        stock: "ITEM,QTY ON HAND,Reserved\nB,12,2\n",
        receipts: "PO Number,Part,Due Date,Open Qty\nPO-1,B,3,8\n",
        demands: "Sales Order,SKU,Need Date,Qty,Type\nSO-1,A,4,6,FC\n",
        routings: "item,op,wc,setup,run\nA,10,SAW,1,0.5\n",
        workCenters: "WC,Name,Capacity,Utilisation,Hourly Rate\nSAW,Saw,8,0.8,30\n",
      },
      periods,
    );
    expect(model).toEqual({
      calendar: { periods: 8 },
      items: [
        { id: "A", name: "Table", source: "make", leadTime: 1, safetyStock: 2, orderModifiers: { minimum: 10, multiple: 5 }, assemblyScrap: 0.015 },
        { id: "B", name: "Leg", source: "buy", leadTime: 2, onHand: 12, allocated: 2 },
      ],
      bom: [{ parent: "A", child: "B", quantity: 4, scrap: 0.005 }],
      workCenters: [{ id: "SAW", name: "Saw", capacity: 8, utilization: 0.8, rate: 30 }],
      routings: [{ item: "A", operations: [{ seq: 10, workCenter: "SAW", setup: 1, run: 0.5 }] }],
      scheduledReceipts: [{ id: "PO-1", item: "B", due: 3, quantity: 8 }],
      demands: [{ id: "SO-1", item: "A", due: 4, quantity: 6, kind: "forecast" }],
    });
  });

  it("ignores a UTF-8 byte-order mark and reads CRLF line ends", () => {
    expect(importCsv({ items: "\uFEFFpart_number,source\r\nA,buy\r\n" }, periods).items).toEqual([{ id: "A", source: "buy" }]);
  });

  it("reads semicolon files with decimal commas (and dots), and tab-separated files", () => {
    const model = importCsv({ items: "part_number;source;safety_stock;material_cost;assembly_scrap_pct\nA;make;12,5;0.75;2,5\n" }, periods);
    expect(model.items).toEqual([{ id: "A", source: "make", safetyStock: 12.5, cost: { material: 0.75 }, assemblyScrap: 0.025 }]);
    expect(importCsv({ items: "part_number\tsource\tlead_time\nA\tbuy\t3\n" }, periods).items).toEqual([{ id: "A", source: "buy", leadTime: 3 }]);
  });

  it("reads quoted fields with commas, quotes and line breaks, and counts lines from where a record starts", () => {
    const items = 'part_number,description,source\n"A,1","Table, ""oak""\nlarge",make\nB,"two\nline\nnote",buy\n';
    expect(importCsv({ items }, periods).items).toEqual([
      { id: "A,1", name: 'Table, "oak"\nlarge', source: "make" },
      { id: "B", name: "two\nline\nnote", source: "buy" },
    ]);
    expect(issues({ items: items + "C,x,nope\n" })).toEqual([
      { path: ["items.csv", 7, "source"], code: "invalid_value", message: 'unknown source "nope": expected make, buy or phantom' },
    ]);
  });

  it("keeps spaces inside quotes and trims them outside", () => {
    expect(importCsv({ items: 'part_number , source\n  A  , buy \n" B ",buy\n' }, periods).items).toEqual([
      { id: "A", source: "buy" },
      { id: " B ", source: "buy" },
    ]);
  });

  it("skips blank lines and lines of empty cells", () => {
    expect(importCsv({ items: "part_number,source\n\nA,buy\n,\n\nB,make\n" }, periods).items).toEqual([
      { id: "A", source: "buy" },
      { id: "B", source: "make" },
    ]);
  });

  it("reads scrap percentages exactly (7 % is 0.07, not 0.07000000000000001)", () => {
    const bom = importCsv({ items: "part_number,source\nA,make\nB,buy\n", bom: "parent,component,quantity_per,scrap_pct\nA,B,1,7\n" }, periods).bom;
    expect(bom).toEqual([{ parent: "A", child: "B", quantity: 1, scrap: 0.07 }]);
  });
});

describe("importCsv: problems, all at once, at file, line and column", () => {
  it("reports header problems: unknown (with strictColumns), duplicate and missing required columns", () => {
    expect(
      issues(
        {
          items: "Part Number,Colour,source,Item\nA,red,buy,A\n",
          bom: "parent,qty\nA,1\n",
        },
        { ...periods, strictColumns: true },
      ),
    ).toEqual([
      { path: ["items.csv", 1, "Colour"], code: "unknown_column", message: 'unknown column "Colour" in the items table; the columns are part_number, description, uom, source, category, lead_time, safety_stock, safety_lead_time, decimals, lot_rule, lot_size, lot_periods, min_stock, max_stock, min_order, max_order, order_multiple, assembly_scrap_pct, assembly_scrap_mode, planning_time_fence, demand_time_fence, consumption_backward, consumption_forward, lead_time_from, reschedule_horizon, material_cost, setup_cost, holding_cost, costing_lot_size' },
      { path: ["items.csv", 1, "Item"], code: "duplicate_column", message: 'column "Item" is part_number, which is already given as "Part Number"' },
      { path: ["bom.csv", 1, "component"], code: "missing_column", message: "missing required column component (or child, component_item, component_part, component_part_number, child_item, child_part, component_number)" },
    ]);
  });

  it("reports every bad cell of every file, with the model's own problems mapped back to lines", () => {
    const tables: ImportCsvTables = {
      items: { file: "parts.csv", text: "part_number,source,lead_time,safety_stock,lot_rule,lot_size\nA,make,1,,,\nB,bought,abc,\"12,5\",,\nA,buy,1,,,\n,buy,1,,,\nC,buy,1.5,,fixed,\nD,buy,1,,,20\n" },
      bom: "parent,component,quantity_per,scrap_pct\nA,B,2,\nA,X9,1,\nB,C,0,150\nC,A,1,\n",
      stock: "part_number,on_hand\nB,5\nZ,1\nC,\n",
      receipts: "order_id,part_number,due,quantity\nPO-1,C,2,10\nPO-1,C,3,10\nPO-2,C,,10\n",
      demands: "demand_id,part_number,due,quantity,kind\nSO-1,A,3,5,promise\n",
    };
    expect(issues(tables)).toEqual([
      { path: ["parts.csv", 3, "source"], code: "invalid_value", message: 'unknown source "bought": expected make, buy or phantom' },
      { path: ["parts.csv", 3, "lead_time"], code: "invalid_number", message: '"abc" is not a number' },
      { path: ["parts.csv", 3, "safety_stock"], code: "invalid_number", message: '"12,5" is not a number (this file is comma-separated, so the decimal mark is a dot: write 12.5)' },
      { path: ["parts.csv", 4, "part_number"], code: "duplicate_id", message: 'duplicate part number "A" (first at line 2)' },
      { path: ["parts.csv", 5, "part_number"], code: "missing_value", message: "part_number is empty (it is required)" },
      { path: ["parts.csv", 6, "lot_size"], code: "missing_value", message: "lot_rule fixed needs lot_size" },
      { path: ["parts.csv", 6, "lead_time"], code: "invalid_type", message: "leadTime must be a whole number of periods or working days" },
      { path: ["parts.csv", 7, "lot_size"], code: "unused_value", message: "lot_size applies to lot_rule fixed only (lot_rule is lot-for-lot)" },
      { path: ["bom.csv", 3, "component"], code: "unknown_reference", message: 'unknown item "X9"' },
      { path: ["bom.csv", 4, "quantity_per"], code: "too_small", message: "quantity must be > 0" },
      { path: ["bom.csv", 4, "scrap_pct"], code: "too_big", message: "scrap_pct must be a percentage from 0 to less than 100" },
      { path: ["bom.csv", 5], code: "bom_cycle", message: "BOM cycle: A -> B -> C -> A" },
      { path: ["stock.csv", 3, "part_number"], code: "unknown_reference", message: 'unknown part number "Z": it is not in parts.csv' },
      { path: ["stock.csv", 4, "on_hand"], code: "missing_value", message: "on_hand is empty (it is required)" },
      { path: ["receipts.csv", 3, "order_id"], code: "duplicate_id", message: 'duplicate id "PO-1" (also at receipts.csv:2)' },
      { path: ["receipts.csv", 4, "due"], code: "missing_value", message: "due is empty (it is required)" },
      { path: ["demands.csv", 2, "kind"], code: "invalid_value", message: 'unknown demand kind "promise": expected order, forecast or mps' },
    ]);
  });

  it("finds BOM cycles and names the line that closes them", () => {
    expect(issues({ items: "part_number,source\nA,make\nB,make\n", bom: "parent,component,quantity_per\nA,B,1\nB,A,1\n" })).toEqual([
      { path: ["bom.csv", 3], code: "bom_cycle", message: "BOM cycle: A -> B -> A" },
    ]);
  });

  it("reports lines with the wrong number of fields, hinting at decimal commas", () => {
    expect(issues({ items: "part_number,source,safety_stock\nA,buy,12,5\nB,buy\n" })).toEqual([
      { path: ["items.csv", 2], code: "field_count", message: 'the line has 4 fields, the header has 3 (a decimal comma? write 12.5, or quote the cell: "12,5" is still not a number in a comma-separated file)' },
      { path: ["items.csv", 3], code: "field_count", message: "the line has 2 fields, the header has 3" },
    ]);
  });

  it("reports CSV syntax errors, empty files and a missing calendar", () => {
    expect(issues({ items: 'part_number,source\nA,"buy\n', bom: "" }, {})).toEqual([
      { path: ["options", "calendar"], code: "missing_calendar", message: "no calendar: give options.calendar (the CLI's --calendar) or a calendar table" },
      { path: ["items.csv", 2], code: "csv_syntax", message: "a quoted field of the record starting on this line is not closed: the file ends inside quotes" },
      { path: ["bom.csv", 1], code: "missing_header", message: "the file is empty: a header row is required (parent, component, quantity_per)" },
    ]);
    expect(issues({ items: 'part_number,source\nA,b"u"y\n' })).toEqual([
      { path: ["items.csv", 2], code: "csv_syntax", message: 'a quote inside an unquoted field: quote the whole field and double the quotes inside ("a ""b"" c")' },
    ]);
  });

  it("maps calendar problems to the calendar table or to the option", () => {
    expect(issues({ items: "part_number,source\nA,buy\n", calendar: "unit,start\nday,2026-02-30\n" }, {})).toEqual([
      { path: ["calendar.csv", 2, "start"], code: "invalid_date", message: '"2026-02-30" is not a real date (expected "YYYY-MM-DD")' },
    ]);
    expect(issues({ items: "part_number,source\nA,buy\n" }, { calendar: { unit: "day", start: "2026-13-01" } })).toEqual([
      { path: ["options", "calendar", "start"], code: "invalid_date", message: '"2026-13-01" is not a real date (expected "YYYY-MM-DD")' },
    ]);
  });

  it("maps routing and work-center problems to the operation's line", () => {
    expect(
      issues({
        items: "part_number,source\nA,make\n",
        routings: "part_number,seq,work_center,outsourced_cost\nA,10,SAW,\nA,20,LATHE,\nA,30,,\nA,40,SAW,3\n",
        workCenters: "work_center,capacity_hours\nSAW,8\n",
        capacityChanges: "work_center,from,capacity_hours\nMILL,3,4\n",
      }),
    ).toEqual([
      { path: ["routings.csv", 3, "work_center"], code: "unknown_reference", message: 'unknown work center "LATHE"' },
      { path: ["routings.csv", 4, "work_center"], code: "invalid_type", message: "an operation needs a workCenter unless it is outsourced" },
      { path: ["routings.csv", 5, "outsourced_lead_time"], code: "missing_value", message: "outsourced_cost is given, so outsourced_lead_time is required" },
      { path: ["capacity-changes.csv", 2, "work_center"], code: "unknown_reference", message: 'unknown work center "MILL": it is not in work-centers.csv' },
    ]);
  });

  it("throws a CsvImportError whose message lists every problem as file:line column", () => {
    let error: unknown;
    try {
      importCsv({ items: "part_number,source,lead_time\nA,made,x\n" }, periods);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvImportError);
    expect(error).toBeInstanceOf(MrpError);
    expect((error as CsvImportError).code).toBe("invalid_csv");
    expect((error as CsvImportError).message).toBe(
      'invalid CSV import: 2 problems\nitems.csv:2 source: unknown source "made": expected make, buy or phantom (invalid_value)\nitems.csv:2 lead_time: "x" is not a number (invalid_number)',
    );
  });
});

describe("docs/csv.md", () => {
  it("documents every column and every alias of every table", () => {
    const doc = readFileSync(new URL("../../../docs/csv.md", import.meta.url), "utf8");
    const missing = CSV_TABLES.flatMap((t) => t.columns.flatMap((c) => [c.name, ...c.aliases]).filter((n) => !doc.includes(`\`${n}\``)).map((n) => `${t.name}.${n}`));
    expect(missing).toEqual([]);
  });
});
