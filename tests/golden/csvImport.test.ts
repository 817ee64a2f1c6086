/**
 * Real exports in: the same small plant (tests/golden/csv/clean, UTF-8 with canonical headers) as
 * an SAP-shaped export (semicolons, UTF-8 byte-order mark, CRLF, decimal commas with thousands
 * separators, SAP headers and extra columns), as a GB18030 file with Chinese headers and values
 * read through a column map, and as Excel's "Unicode text" (UTF-16LE, tabs). Each gives the very
 * same model.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineModel, plan, planToJson } from "../../src/index.js";
import type { CsvColumnMaps } from "../../src/io/columnMap.js";
import { importCsv, safeImportCsv, type ImportCsvTables } from "../../src/io/importCsv.js";

const dir = join(import.meta.dirname, "csv");
const TABLES = [
  ["items", "items.csv"],
  ["bom", "bom.csv"],
  ["stock", "stock.csv"],
  ["receipts", "receipts.csv"],
  ["demands", "demands.csv"],
] as const;

/** The files of a folder as bytes, named as they are. */
function tables(folder: string): ImportCsvTables {
  const out: Record<string, { text: Uint8Array; file: string }> = {};
  for (const [table, file] of TABLES) out[table] = { text: new Uint8Array(readFileSync(join(dir, folder, file))), file: `${folder}/${file}` };
  return out as unknown as ImportCsvTables;
}
const columns = (folder: string) => JSON.parse(readFileSync(join(dir, folder, "columns.json"), "utf8")) as CsvColumnMaps;
const calendar = { periods: 8 };

const clean = importCsv(tables("clean"), { calendar });

describe("CSV exports of ERPs and spreadsheets", () => {
  it("reads the clean UTF-8 tables", () => {
    expect(clean.items).toEqual([
      { id: "LAMP-100", name: 'Schreibtischlampe "Classic"; schwarz', uom: "ST", source: "make", leadTime: 1, safetyStock: 0, lotSizing: { rule: "lot-for-lot" }, assemblyScrap: 0.025 },
      { id: "灯罩-01", name: "灯罩（黑色）", uom: "ST", source: "make", leadTime: 2, lotSizing: { rule: "fixed", quantity: 50 } },
      { id: "BULB-E27", name: "Glühbirne E27", uom: "ST", source: "buy", leadTime: 3, safetyStock: 100, cost: { material: 0.85 }, onHand: 1280, allocated: 5 },
      { id: "KABEL", name: "Kabel, 1,5 m", uom: "M", source: "buy", leadTime: 2, cost: { material: 1250.5 }, onHand: 80.5 },
    ]);
    expect(clean.bom).toEqual([
      { parent: "LAMP-100", child: "灯罩-01", quantity: 1 },
      { parent: "LAMP-100", child: "BULB-E27", quantity: 1 },
      { parent: "LAMP-100", child: "KABEL", quantity: 1.5, scrap: 0.03 },
      { parent: "灯罩-01", child: "KABEL", quantity: 0.25 },
    ]);
    expect(clean.scheduledReceipts).toEqual([{ id: "4500001234", item: "BULB-E27", due: 2, quantity: 500 }]);
    expect(clean.demands).toEqual([
      { id: "SO-1001", item: "LAMP-100", due: 3, quantity: 20, kind: "order", attributes: { customer: "Müller GmbH" } },
      { id: "SO-1002", item: "LAMP-100", due: 5, quantity: 35, kind: "order", attributes: { customer: "北京灯具有限公司" } },
      { id: "FC-06", item: "LAMP-100", due: 6, quantity: 40, kind: "forecast" },
    ]);
    expect(defineModel(clean).items.length).toBe(4);
  });

  it("reads the SAP-shaped export (BOM, CRLF, semicolons, 1.250,50, extra columns) to the same model, naming the skipped columns once per file", () => {
    const r = safeImportCsv(tables("sap"), { calendar, decimal: ",", columns: columns("sap") });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toEqual(clean);
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([
      [["sap/items.csv", 1], "ignored_columns"],
      [["sap/bom.csv", 1], "ignored_columns"],
      [["sap/stock.csv", 1], "ignored_columns"],
      [["sap/demands.csv", 1], "ignored_columns"],
    ]);
    expect(r.warnings[0]!.message).toBe(
      'ignored 2 columns that are no column of the items table: "Plant", "MRP Controller" (map them with a column map, keep them as attributes, or refuse unknown columns with strict columns)',
    );
    expect(r.warnings[2]!.message).toContain('"Plant", "Storage Location"');
  });

  it("reads the GB18030 export with Chinese headers and values through a column map to the same model", () => {
    const r = safeImportCsv(tables("gb18030"), { calendar, encoding: "gb18030", columns: columns("gb18030") });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toEqual(clean);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'ignored a column that is no column of the items table: "仓库" (map it with a column map, keep it as an attribute, or refuse unknown columns with strict columns)',
    ]);
  });

  it("reads Excel's Unicode text (UTF-16LE with a byte-order mark, tabs, CRLF) to the same model", () => {
    const r = safeImportCsv(tables("utf16"), { calendar });
    expect(r.success && r.data).toEqual(clean);
    expect(r.warnings).toEqual([]);
  });

  it("plans the four imports identically", () => {
    const json = JSON.stringify(planToJson(plan(defineModel(clean))));
    for (const [folder, options] of [
      ["sap", { decimal: ",", columns: columns("sap") }],
      ["gb18030", { encoding: "gb18030", columns: columns("gb18030") }],
      ["utf16", {}],
    ] as const) {
      expect(JSON.stringify(planToJson(plan(defineModel(importCsv(tables(folder), { calendar, ...options })))))).toBe(json);
    }
  });

  it("refuses the GB18030 files without an encoding, naming the file and the fix, and never imports mojibake", () => {
    const r = safeImportCsv(tables("gb18030"), { calendar, columns: columns("gb18030") });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]).toEqual({
      path: ["gb18030/items.csv", 1],
      code: "invalid_encoding",
      message:
        'the file is not UTF-8 (byte 0xCE at offset 0): give its encoding, e.g. --encoding gb18030 (option encoding: "gb18030") for GBK files of Chinese Excel, 用友 or 金蝶, or windows-1252 for Western European Excel',
    });
    expect(r.error.message).toContain("gb18030/items.csv:1: the file is not UTF-8");
    expect(r.error.issues.map((i) => i.path[0])).toEqual(["gb18030/items.csv", "gb18030/bom.csv", "gb18030/stock.csv", "gb18030/receipts.csv", "gb18030/demands.csv"]);
  });

  it("refuses the SAP export's extra columns with strictColumns, and keeps them as attributes with attributes", () => {
    const strict = safeImportCsv(tables("sap"), { calendar, decimal: ",", columns: columns("sap"), strictColumns: true });
    expect(strict.success ? [] : strict.error.issues.map((i) => `${i.path.join(":")} ${i.code}`)).toEqual([
      "sap/items.csv:1:Plant unknown_column",
      "sap/items.csv:1:MRP Controller unknown_column",
      "sap/bom.csv:1:Plant unknown_column",
      "sap/bom.csv:1:Item Category unknown_column",
      "sap/stock.csv:1:Plant unknown_column",
      "sap/stock.csv:1:Storage Location unknown_column",
      "sap/demands.csv:1:Plant unknown_column",
    ]);
    const kept = importCsv(tables("sap"), { calendar, decimal: ",", columns: columns("sap"), attributes: true });
    expect(kept.items![0]).toMatchObject({ id: "LAMP-100", attributes: { Plant: "1000", "MRP Controller": "P07" } });
    expect(Object.keys(kept.items![0]!.attributes!)).toEqual(["MRP Controller", "Plant"]);
    expect(kept.demands![0]).toMatchObject({ id: "SO-1001", attributes: { customer: "Müller GmbH", Plant: "1000" } });
  });
});
