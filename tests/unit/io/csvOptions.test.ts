/**
 * CSV import and export options: column maps, strict columns, attributes, encodings, decimal
 * marks, localized choices, where an unclosed quote is reported, and spreadsheet output.
 */
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../../src/io/exportCsv.js";
import { importCsv, safeImportCsv, type ImportCsvOptions, type ImportCsvTables } from "../../../src/io/importCsv.js";
import { toCsv } from "../../../src/io/toCsv.js";
import { resolveHeader } from "../../../src/io/columnMap.js";
import { CSV_TABLE, type CsvTableName } from "../../../src/io/csvTables.js";
import { defineModel } from "../../../src/model/defineModel.js";

const periods = { calendar: { periods: 8 } };
function issues(tables: ImportCsvTables, options: ImportCsvOptions = periods) {
  const r = safeImportCsv(tables, options);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(":")} ${i.code}: ${i.message}`);
}

describe("column maps", () => {
  it("map headers as written, then ignoring case, to columns, aliases and attributes; null skips a column quietly", () => {
    const r = safeImportCsv(
      { items: "物料编码,Materialnummer?,Art,Disponent,Werk\nA,x,Kaufteil,P1,1000\n".replace("Kaufteil", "buy") },
      { ...periods, columns: { items: { "物料编码": "part_number", "materialnummer?": null, ART: "make_buy", Disponent: "attr.planner", Werk: null } } },
    );
    expect(r.success && r.data.items).toEqual([{ id: "A", source: "buy", attributes: { planner: "P1" } }]);
    expect(r.warnings).toEqual([]);
  });

  it("refuse targets that are no column, unknown tables and attributes of tables without them", () => {
    expect(issues({ items: "part_number,source\nA,buy\n" }, { ...periods, columns: { items: { X: "colour" }, bom: { Y: "attr.z" }, nope: {} } as never })).toEqual([
      'options:columns:items:X invalid_option: "colour" is no column of the items table; the columns are part_number, description, uom, source, category, lead_time, safety_stock, safety_lead_time, decimals, lot_rule, lot_size, lot_periods, min_stock, max_stock, min_order, max_order, order_multiple, assembly_scrap_pct, assembly_scrap_mode, planning_time_fence, demand_time_fence, consumption_backward, consumption_forward, lead_time_from, reschedule_horizon, material_cost, setup_cost, holding_cost, costing_lot_size',
      "options:columns:bom:Y invalid_option: the bom table has no attributes (only items, receipts, firmOrders, demands and itemLocations have)",
      'options:columns:nope invalid_option: unknown table "nope": the tables are items, bom, routings, workCenters, capacityChanges, stock, receipts, firmOrders, demands, calendar, locations, itemLocations, sources',
    ]);
  });

  it("name an unknown column once per file with strictColumns, listing the columns only once", () => {
    const found = issues({ items: "part_number,source,Plant,MRP Controller\nA,buy,1,2\n" }, { ...periods, strictColumns: true });
    expect(found[0]).toMatch(/^items\.csv:1:Plant unknown_column: unknown column "Plant" in the items table; the columns are part_number, .*, costing_lot_size$/);
    expect(found.slice(1)).toEqual(['items.csv:1:MRP Controller unknown_column: unknown column "MRP Controller" in the items table']);
  });
});

describe("built-in ERP headers", () => {
  it("read the SAP, Odoo and ERPNext headers docs/csv.md lists as their columns", () => {
    const cases: [string, string, string][] = [
      ["items", "Material", "part_number"], ["items", "Material Description", "description"], ["items", "Base Unit of Measure", "uom"],
      ["items", "Procurement Type", "source"], ["items", "Planned Deliv. Time", "lead_time"], ["items", "Lot Sizing Procedure", "lot_rule"],
      ["items", "Fixed lot size", "lot_size"], ["items", "Minimum Lot Size", "min_order"], ["items", "Maximum Lot Size", "max_order"],
      ["items", "Rounding value", "order_multiple"], ["items", "Reorder Point", "min_stock"], ["items", "Maximum stock level", "max_stock"],
      ["items", "Assembly scrap (%)", "assembly_scrap_pct"], ["items", "Standard price", "material_cost"], ["items", "Item Code", "part_number"],
      ["items", "Stock UOM", "uom"], ["items", "Default Unit of Measure", "uom"], ["items", "Lead Time in days", "lead_time"],
      ["items", "Min Order Qty", "min_order"], ["items", "Valuation Rate", "material_cost"], ["items", "Default Material Request Type", "source"],
      ["items", "Unit of Measure", "uom"], ["items", "standard_price", "material_cost"],
      ["bom", "Component number", "component"], ["bom", "Component quantity", "quantity_per"], ["bom", "Component Scrap (%)", "scrap_pct"],
      ["bom", "Fixed qty", "fixed"], ["bom", "Lead-time offset", "offset"], ["bom", "Valid From", "valid_from"], ["bom", "Valid to", "valid_to"],
      ["stock", "Unrestricted", "on_hand"], ["stock", "Unrestricted-use stock", "on_hand"], ["stock", "Actual Qty", "on_hand"],
      ["stock", "Reserved Qty", "allocated"], ["stock", "On Hand Quantity", "on_hand"], ["stock", "Reserved Quantity", "allocated"],
      ["receipts", "Purchasing Document", "order_id"], ["receipts", "Still to be delivered (qty)", "quantity"], ["receipts", "Purchase Order", "order_id"],
      ["receipts", "Required By", "due"], ["demands", "Sales Document", "demand_id"], ["demands", "Delivery Date", "due"],
      ["demands", "Order Quantity", "quantity"], ["demands", "Req. deliv.date", "due"], ["demands", "Requirements date", "due"],
      ["demands", "Planned quantity", "quantity"], ["demands", "Order Reference", "demand_id"], ["demands", "Commitment Date", "due"],
      ["routings", "Operation", "seq"], ["routings", "Work center", "work_center"], ["routings", "Operation short text", "description"],
      ["workCenters", "Workstation", "work_center"], ["workCenters", "Workstation Name", "work_center"], ["workCenters", "Hour Rate", "rate"],
    ];
    const wrong = cases.filter(([table, header, column]) => {
      const t = resolveHeader(CSV_TABLE.get(table as CsvTableName)!, header);
      return t.kind !== "column" || t.column.name !== column;
    });
    expect(wrong).toEqual([]);
    expect(resolveHeader(CSV_TABLE.get("receipts")!, "Item")).toMatchObject({ kind: "column", column: { name: "part_number" } });
  });
});

describe("attributes in CSV", () => {
  it("read attr.<key> columns always, typed by :number and :boolean, and unknown columns with attributes: true", () => {
    const model = importCsv(
      {
        items: "part_number,source,attr.abc,Customer\nA,buy,A,x\n",
        demands: "demand_id,part_number,due,quantity,attr.priority:number,attr.rush:boolean,attr.ref\nD1,A,1,2,\"1.000,5\",yes,0042\nD2,A,2,1,,,\n",
      },
      { ...periods, attributes: true, decimal: "," },
    );
    expect(model.items).toEqual([{ id: "A", source: "buy", attributes: { abc: "A", Customer: "x" } }]);
    expect(model.demands).toEqual([
      { id: "D1", item: "A", due: 1, quantity: 2, attributes: { priority: 1000.5, rush: true, ref: "0042" } },
      { id: "D2", item: "A", due: 2, quantity: 1 },
    ]);
  });

  it("report bad attribute cells at their column, and an attribute given twice in a row", () => {
    expect(issues({ items: "part_number,source,attr.n:number,attr.n,attr.f:boolean\nA,buy,x,,maybe\nB,buy,1,one,\n" })).toEqual([
      'items.csv:2:attr.n:number invalid_number: "x" is not a number',
      'items.csv:2:attr.f:boolean invalid_value: "maybe" is not a yes/no value (write yes or no, true or false, 1 or 0)',
      'items.csv:3:attr.n duplicate_value: attribute "n" is given twice in this row (also in "attr.n:number")',
    ]);
  });

  it("are written as attr.<key> columns after the table's own, sorted, typed, with a :text suffix where the key needs it", () => {
    const m = defineModel({
      calendar: { periods: 4 },
      items: [{ id: "A", source: "buy" }],
      demands: [
        { id: "D1", item: "A", due: 1, quantity: 1, attributes: { rush: true, customer: "Müller; Söhne", priority: 2 } },
        { id: "D2", item: "A", due: 2, quantity: 1, attributes: { priority: "high", "x:number": "t" } },
      ],
    });
    expect(exportCsv(m).demands).toBe(
      "demand_id,part_number,due,quantity,kind,attr.customer,attr.priority,attr.priority:number,attr.rush:boolean,attr.x:number:text\n" +
        'D1,A,1,1,order,"Müller; Söhne",,2,yes,\n' +
        "D2,A,2,1,order,,high,,,t\n",
    );
    expect(importCsv(exportCsv(m)).demands).toEqual([
      { id: "D1", item: "A", due: 1, quantity: 1, kind: "order", attributes: { customer: "Müller; Söhne", priority: 2, rush: true } },
      { id: "D2", item: "A", due: 2, quantity: 1, kind: "order", attributes: { priority: "high", "x:number": "t" } },
    ]);
  });
});

describe("encodings", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("read UTF-8 and UTF-16 bytes by byte-order mark, and other encodings by name", () => {
    const utf16be = new Uint8Array([0xfe, 0xff, ...[..."part_number,source\nA,buy\n"].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(importCsv({ items: utf16be }, periods).items).toEqual([{ id: "A", source: "buy" }]);
    expect(importCsv({ items: new Uint8Array([0xef, 0xbb, 0xbf, ...enc("part_number,source\nÄ,buy\n")]) }, periods).items).toEqual([{ id: "Ä", source: "buy" }]);
    // windows-1252: Ä is 0xC4
    const latin = new Uint8Array([...enc("part_number,source\n"), 0xc4, ...enc(",buy\n")]);
    expect(importCsv({ items: latin }, { ...periods, encoding: "windows-1252" }).items).toEqual([{ id: "Ä", source: "buy" }]);
    expect(importCsv({ items: { text: latin, encoding: "latin1" } }, periods).items).toEqual([{ id: "Ä", source: "buy" }]);
  });

  it("refuse bytes that are not UTF-8 at their line, UTF-16 without a mark, and unknown encodings", () => {
    const latin = new Uint8Array([...enc("part_number,source\nA,buy\n"), 0xc4, ...enc(",buy\n")]);
    expect(issues({ items: { text: latin, file: "parts.csv" } })).toEqual([
      'parts.csv:3 invalid_encoding: the file is not UTF-8 (byte 0xC4 at offset 25): give its encoding, e.g. --encoding gb18030 (option encoding: "gb18030") for GBK files of Chinese Excel, 用友 or 金蝶, or windows-1252 for Western European Excel',
    ]);
    const utf16 = new Uint8Array([..."part_number,source\n"].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(issues({ items: utf16 })).toEqual([
      'items.csv:1 invalid_encoding: the file holds NUL characters: it looks like UTF-16 without a byte-order mark; give its encoding, e.g. --encoding utf-16le (option encoding: "utf-16le")',
    ]);
    expect(importCsv({ items: utf16 }, { ...periods, encoding: "utf-16le" }).items).toEqual([]);
    expect(issues({ items: latin }, { ...periods, encoding: "klingon" })).toEqual([
      'options:encoding invalid_option: unknown encoding "klingon": give a WHATWG encoding label such as utf-8, gb18030, utf-16le or windows-1252',
      'items.csv:1 invalid_encoding: unknown encoding "klingon": give a WHATWG encoding label such as utf-8, gb18030, utf-16le or windows-1252',
    ]);
  });
});

describe("numbers and choices in other locales", () => {
  it("read thousands separators with the decimal option, in groups of three only", () => {
    const items = "part_number;source;safety_stock;material_cost\nA;buy;1.000;1.234.567,5\nB;buy;12,5;,75\n";
    expect(importCsv({ items }, { ...periods, decimal: "," }).items).toEqual([
      { id: "A", source: "buy", safetyStock: 1000, cost: { material: 1234567.5 } },
      { id: "B", source: "buy", safetyStock: 12.5, cost: { material: 0.75 } },
    ]);
    expect(importCsv({ items: 'part_number,source,safety_stock\nA,buy,"1,000.5"\nB,buy,2.5\n' }, { ...periods, decimal: "." }).items).toEqual([
      { id: "A", source: "buy", safetyStock: 1000.5 },
      { id: "B", source: "buy", safetyStock: 2.5 },
    ]);
    expect(issues({ items: "part_number;source;safety_stock\nA;buy;12.5\nB;buy;1.00,5\n" }, { ...periods, decimal: "," })).toEqual([
      'items.csv:2:safety_stock invalid_number: "12.5" is not a number (the decimal mark is a comma: write 1.000,5 or 1000,5)',
      'items.csv:3:safety_stock invalid_number: "1.00,5" is not a number (the decimal mark is a comma: write 1.000,5 or 1000,5)',
    ]);
    expect(issues({ items: 'part_number,source,safety_stock\nA,buy,"12,5"\n' }, { ...periods, decimal: "." })).toEqual([
      'items.csv:2:safety_stock invalid_number: "12,5" is not a number (the decimal mark is a dot: write 1,000.5 or 1000.5)',
    ]);
    expect(issues({ items: "part_number,source\nA,buy\n" }, { ...periods, decimal: "x" as never })).toEqual(['options:decimal invalid_option: decimal must be "," or "." (got "x")']);
  });

  it("warn once per file about numbers like 1.250 in semicolon files without a decimal option", () => {
    const stock = "part_number;on_hand;allocated\nA;1.250;2.500\nA;12,5;1.000\n";
    const r = safeImportCsv({ items: "part_number;source\nA;buy\n", stock }, periods);
    expect(r.success && r.data.items).toEqual([{ id: "A", source: "buy", onHand: 13.75, allocated: 3.5 }]);
    expect(r.warnings).toEqual([
      {
        path: ["stock.csv", 2, "on_hand"],
        code: "ambiguous_number",
        message: '"1.250" was read as 1.25 (and 2 more numbers like it); if the dot is a thousands separator, give decimal "," (--decimal ,); decimal "." confirms the reading',
      },
    ]);
    expect(safeImportCsv({ items: "part_number;source\nA;buy\n", stock }, { ...periods, decimal: "," }).warnings).toEqual([]);
    expect(safeImportCsv({ items: "part_number;source\nA;buy\n", stock: "part_number;on_hand\nA;1.250\n" }, { ...periods, decimal: "." }).warnings).toEqual([]);
    expect(safeImportCsv({ items: "part_number,source,safety_stock\nA,buy,1.250\n" }, periods).warnings).toEqual([]);
  });

  it("read Chinese and English synonyms of source and demand kind", () => {
    const model = importCsv(
      {
        items: "part_number,source\nA,自制\nB,采购\nC,虚拟件\nD,Manufacture\nE,purchase\nF,Kit\nG,buy\n",
        demands: "demand_id,part_number,due,quantity,kind\n1,A,1,1,订单\n2,A,1,1,预测\n3,A,1,1,主计划\n",
      },
      periods,
    );
    expect(model.items!.map((i) => i.source)).toEqual(["make", "buy", "phantom", "make", "buy", "phantom", "buy"]);
    expect(model.demands!.map((d) => d.kind)).toEqual(["order", "forecast", "mps"]);
  });
});

describe("CSV syntax", () => {
  it("reports an unclosed quote at the line where its record starts, not at the end of the file", () => {
    expect(issues({ items: 'part_number,source\nA,buy\n"B ""x""",buy\nC,"buy\nD,buy\nE,buy\n' })).toEqual([
      "items.csv:4 csv_syntax: a quoted field of the record starting on this line is not closed: the file ends inside quotes",
    ]);
    expect(issues({ items: 'part_number,source\r\n"A\r\nx",buy\r\nB,"buy\r\n' })).toEqual([
      "items.csv:4 csv_syntax: a quoted field of the record starting on this line is not closed: the file ends inside quotes",
    ]);
  });
});

describe("output for spreadsheets", () => {
  const m = defineModel({ calendar: { periods: 2 }, items: [{ id: "A;1", name: "灯罩, 黑色", source: "buy", onHand: 2.5 }] });
  it("writes exportCsv tables with a byte-order mark and semicolons", () => {
    const t = exportCsv(m, { delimiter: ";", bom: true });
    expect(t.stock).toBe('\uFEFFpart_number;on_hand;allocated\n"A;1";2.5;0\n');
    expect(t.calendar).toBe("\uFEFFunit;periods;start;end;workdays;holidays\n;2;;;;\n");
    expect(exportCsv(m, { delimiter: "\t" }).stock).toBe('part_number\ton_hand\tallocated\n"A;1"\t2.5\t0\n');
    expect(() => exportCsv(m, { delimiter: "|" as never })).toThrow('delimiter must be ",", ";" or "\\t" (got "|")');
  });
  it("writes toCsv rows with the delimiter, quoting only what it needs", () => {
    expect(toCsv(["item", "name"], [["A;1", "灯罩, 黑色"]], { delimiter: ";", bom: true })).toBe('\uFEFFitem;name\n"A;1";灯罩, 黑色\n');
    expect(toCsv(["item", "name"], [["A;1", "灯罩, 黑色"]])).toBe('item,name\nA;1,"灯罩, 黑色"\n');
  });
});
