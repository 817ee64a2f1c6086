/**
 * The CSV options on the command line: `import --map --encoding --decimal --strict-columns
 * --attributes` on the exports in tests/golden/csv, its warnings on standard error, and `--bom`,
 * `--delimiter` of `plan|capacity|cost --format csv`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeIO, runCli } from "../../src/cli/main.ts";
import { CliInputError } from "../../src/cli/types.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

const golden = join(import.meta.dirname, "..", "golden", "csv");
const TABLES = ["items", "bom", "stock", "receipts", "demands"];

/** An IO over the golden folder's files (and `extra` ones), read as bytes as the real CLI does. */
function run(argv: string[], extra: Record<string, string> = {}) {
  const io = memoryIO(extra);
  const bytes = (path: string): Uint8Array => {
    if (Object.hasOwn(extra, path)) return new TextEncoder().encode(extra[path]!);
    try {
      return new Uint8Array(readFileSync(join(golden, path)));
    } catch {
      throw new CliInputError(`${path}: no such file`);
    }
  };
  const code = runCli(argv, { ...io, readBytes: bytes, readText: (p: string) => new TextDecoder().decode(bytes(p)) });
  return { code, stdout: io.out(), stderr: io.err(), written: io.written };
}
const tableArgs = (folder: string) => TABLES.flatMap((t) => [`--${t}`, `${folder}/${t}.csv`]);

const SAP_WARNINGS = [
  'mrpkit: warning: sap/items.csv:1: ignored 2 columns that are no column of the items table: "Plant", "MRP Controller" (map them with --map, keep them as attributes with --attributes, or refuse unknown columns with --strict-columns)',
  'mrpkit: warning: sap/bom.csv:1: ignored 2 columns that are no column of the bom table: "Plant", "Item Category" (map them with --map, keep them as attributes with --attributes, or refuse unknown columns with --strict-columns)',
  'mrpkit: warning: sap/stock.csv:1: ignored 2 columns that are no column of the stock table: "Plant", "Storage Location" (map them with --map, keep them as attributes with --attributes, or refuse unknown columns with --strict-columns)',
  'mrpkit: warning: sap/demands.csv:1: ignored a column that is no column of the demands table: "Plant" (map it with --map, keep it as an attribute with --attributes, or refuse unknown columns with --strict-columns)',
  "",
];

describe("mrpkit import of real exports", () => {
  const clean = run(["import", ...tableArgs("clean"), "--calendar", "periods=8"]);

  it("reads the SAP export with --decimal , and --map, warning once per file about the columns it skips", () => {
    expect([clean.code, clean.stderr]).toEqual([0, ""]);
    const r = run(["import", ...tableArgs("sap"), "--decimal", ",", "--map", "sap/columns.json", "--calendar", "periods=8"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(clean.stdout));
    expect(r.stderr.split("\n")).toEqual(SAP_WARNINGS);
  });

  it("refuses GB18030 files without --encoding and reads them with it; reads UTF-16 by its byte-order mark", () => {
    const refused = run(["import", ...tableArgs("gb18030"), "--map", "gb18030/columns.json", "--calendar", "periods=8"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("\ngb18030/items.csv:1: the file is not UTF-8 (byte 0xCE at offset 0): give its encoding, e.g. --encoding gb18030");
    const r = run(["import", ...tableArgs("gb18030"), "--map", "gb18030/columns.json", "--encoding", "gb18030", "--calendar", "periods=8"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(clean.stdout));
    const u = run(["import", ...tableArgs("utf16"), "--calendar", "periods=8"]);
    expect([u.code, u.stderr]).toEqual([0, ""]);
    expect(JSON.parse(u.stdout)).toEqual(JSON.parse(clean.stdout));
  });

  it("refuses extra columns with --strict-columns and keeps them with --attributes", () => {
    const strict = run(["import", "--items", "sap/items.csv", "--decimal", ",", "--strict-columns", "--calendar", "periods=8"]);
    expect([strict.code, strict.stdout]).toEqual([1, ""]);
    expect(strict.stderr.split("\n").slice(0, 2)).toEqual([
      "mrpkit: invalid CSV import: 2 problems",
      expect.stringMatching(/^sap\/items\.csv:1 Plant: unknown column "Plant" in the items table; the columns are part_number, /),
    ]);
    const kept = run(["import", "--items", "sap/items.csv", "--decimal", ",", "--attributes", "--calendar", "periods=8"]);
    expect([kept.code, kept.stderr]).toEqual([0, ""]);
    expect((JSON.parse(kept.stdout) as { items: { attributes: unknown }[] }).items[0]!.attributes).toEqual({ "MRP Controller": "P07", Plant: "1000" });
  });

  it("warns about 1.250 in a semicolon file without --decimal, at its cell; --decimal . confirms it quietly", () => {
    const files = { "i.csv": "part_number;source\nA;buy\n", "s.csv": "part_number;on_hand\nA;1.250\n" };
    const r = run(["import", "--items", "i.csv", "--stock", "s.csv", "--calendar", "periods=8"], files);
    expect([r.code, r.stderr]).toEqual([
      0,
      'mrpkit: warning: s.csv:2 on_hand: "1.250" was read as 1.25; if the dot is a thousands separator, give --decimal ,; --decimal . confirms the reading\n',
    ]);
    const dot = run(["import", "--items", "i.csv", "--stock", "s.csv", "--calendar", "periods=8", "--decimal", "."], files);
    expect([dot.code, dot.stderr]).toEqual([0, ""]);
    expect(JSON.parse(dot.stdout)).toEqual(JSON.parse(r.stdout));
    const comma = run(["import", "--items", "i.csv", "--stock", "s.csv", "--calendar", "periods=8", "--decimal", ","], files);
    expect([comma.code, comma.stderr]).toEqual([0, ""]);
    expect((JSON.parse(comma.stdout) as { items: { onHand: number }[] }).items[0]!.onHand).toBe(1250);
  });

  it("refuses a bad --decimal or --encoding as usage (exit 2), an unreadable map or one naming no column as invalid input (exit 1)", () => {
    const decimal = run(["import", "--items", "clean/items.csv", "--decimal", ";", "--calendar", "periods=8"]);
    expect([decimal.code, decimal.stdout, decimal.stderr]).toEqual([2, "", "mrpkit: --decimal must be , or . (got ';')\n"]);
    const encoding = run(["import", "--items", "clean/items.csv", "--encoding", "klingon", "--calendar", "periods=8"]);
    expect([encoding.code, encoding.stderr]).toEqual([2, "mrpkit: --encoding: unknown encoding 'klingon' (e.g. utf-8, gb18030, utf-16le, windows-1252)\n"]);
    const badMap = run(["import", "--items", "clean/items.csv", "--map", "map.json", "--calendar", "periods=8"], { "map.json": '{ "items": { "X": "colour" } ' });
    expect([badMap.code, badMap.stdout]).toEqual([1, ""]);
    expect(badMap.stderr).toMatch(/^mrpkit: map\.json: not valid JSON at line 1, column \d+: /);
    const wrongTarget = run(["import", "--items", "clean/items.csv", "--map", "map.json", "--calendar", "periods=8"], { "map.json": '{ "items": { "X": "colour" } }' });
    expect([wrongTarget.code, wrongTarget.stdout]).toEqual([1, ""]);
    expect(wrongTarget.stderr).toContain('options.columns.items.X: "colour" is no column of the items table');
    const missing = run(["import", "--items", "clean/items.csv", "--map", "none.json", "--calendar", "periods=8"]);
    expect([missing.code, missing.stderr]).toEqual([1, "mrpkit: none.json: no such file\n"]);
  });

  it("keeps the warnings on standard error with -o, and writes the model to the file", () => {
    const argv = ["import", ...tableArgs("sap"), "--decimal", ",", "--map", "sap/columns.json", "--calendar", "periods=8"];
    const to = run([...argv, "-o", "lamp.json"]);
    expect([to.code, to.stdout]).toEqual([0, ""]);
    expect(to.stderr.split("\n")).toEqual(SAP_WARNINGS);
    expect(to.written.get("lamp.json")).toBe(run(argv).stdout);
  });

  it("with --format json: a model still comes with its warnings on stderr; a failure is the one error document, nothing on stderr", () => {
    const ok = run(["import", ...tableArgs("sap"), "--decimal", ",", "--map", "sap/columns.json", "--calendar", "periods=8", "--format", "json"]);
    expect(ok.code).toBe(0);
    expect(ok.stderr.split("\n")).toEqual(SAP_WARNINGS);
    const failed = run(["import", ...tableArgs("sap"), "--decimal", ",", "--strict-columns", "--map", "sap/columns.json", "--calendar", "periods=8", "--format", "json"]);
    expect([failed.code, failed.stderr]).toEqual([1, ""]);
    const doc = JSON.parse(failed.stdout) as { error: { code: string; message: string; issues: { path: unknown[]; code: string }[] } };
    expect(doc.error.code).toBe("invalid_csv");
    expect(doc.error.message).toBe("invalid CSV import: 7 problems");
    expect(doc.error.issues.map((i) => [i.path, i.code])).toEqual([
      [["sap/items.csv", 1, "Plant"], "unknown_column"],
      [["sap/items.csv", 1, "MRP Controller"], "unknown_column"],
      [["sap/bom.csv", 1, "Plant"], "unknown_column"],
      [["sap/bom.csv", 1, "Item Category"], "unknown_column"],
      [["sap/stock.csv", 1, "Plant"], "unknown_column"],
      [["sap/stock.csv", 1, "Storage Location"], "unknown_column"],
      [["sap/demands.csv", 1, "Plant"], "unknown_column"],
    ]);
    const usage = run(["import", "--items", "clean/items.csv", "--decimal", ";", "--calendar", "periods=8", "--format", "json"]);
    expect([usage.code, usage.stderr, usage.stdout]).toEqual([2, "", '{"error":{"code":"usage","message":"--decimal must be , or . (got \';\')","issues":[]}}\n']);
  });
});

describe("the process's IO reads bytes", () => {
  it("reads a file's bytes as they are, and names a missing file", () => {
    const path = join(golden, "gb18030", "items.csv");
    expect(new Uint8Array(nodeIO.readBytes!(path))).toEqual(new Uint8Array(readFileSync(path)));
    expect(() => nodeIO.readBytes!(join(golden, "nofile.csv"))).toThrow(new CliInputError(`${join(golden, "nofile.csv")}: no such file`));
  });
});

describe("CSV output for spreadsheets", () => {
  const model = JSON.stringify({
    calendar: { periods: 3 },
    items: [{ id: "灯罩;1", source: "buy", leadTime: 1, cost: { material: 2.5 } }],
    workCenters: [{ id: "WC", capacity: 8 }],
    demands: [{ id: "SO-1", item: "灯罩;1", due: 2, quantity: 4 }],
  });
  const files = { "m.json": model };

  it("writes plan, capacity and cost CSV with --bom and --delimiter", () => {
    const plan = run(["plan", "m.json", "--format", "csv", "--table", "orders", "--bom", "--delimiter", ";"], files);
    expect([plan.code, plan.stdout]).toEqual([0, '\uFEFFid;item;quantity;release;due;firm;pegging\n"灯罩;1#1";"灯罩;1";4;1;2;false;SO-1:4\n']);
    const records = run(["plan", "m.json", "--format", "csv", "--delimiter", "tab"], files);
    expect(records.stdout.split("\n")[1]).toBe("灯罩;1\t0\t1\t0\t0\t0\t0\t0\t4");
    const exceptions = run(["plan", "m.json", "--format", "csv", "--table", "exceptions", "--bom"], files);
    expect(exceptions.stdout).toBe("\uFEFFkind,item,ref,date,newDate,quantity,message\n");
    const cost = run(["cost", "m.json", "--format", "csv", "--delimiter", "tab"], files);
    expect(cost.stdout).toBe("id\tunitCost\tmaterial\tsetup\tlabour\toutsourced\n灯罩;1\t2.5\t2.5\t0\t0\t0\n");
    const cap = run(["capacity", "m.json", "--format", "csv", "--bom", "--delimiter", ","], files);
    expect(cap.stdout).toBe("\uFEFFworkCenter,period,load,available,utilization,overload,orders\nWC,1,0,8,0,false,\nWC,2,0,8,0,false,\nWC,3,0,8,0,false,\n");
  });

  it.each([
    [["plan", "m.json", "--bom"], "mrpkit: --bom applies to --format csv only\n"],
    [["plan", "m.json", "--format", "table", "--delimiter", ";"], "mrpkit: --delimiter applies to --format csv only\n"],
    [["capacity", "m.json", "--format", "table", "--bom"], "mrpkit: --bom applies to --format csv only\n"],
    [["cost", "m.json", "--delimiter", "tab"], "mrpkit: --delimiter applies to --format csv only\n"],
    [["cost", "m.json", "--format", "csv", "--delimiter", "|"], "mrpkit: --delimiter must be , or ; or tab (got '|')\n"],
    [["capacity", "m.json", "--format", "csv", "--bom=yes"], "mrpkit: option --bom takes no value\n"],
  ])("%j is refused with exit 2", (argv, err) => {
    const r = run(argv, files);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", err]);
  });

  it("refuses them with --format json as one JSON document", () => {
    const r = run(["plan", "m.json", "--format", "json", "--bom"], files);
    expect([r.code, r.stderr]).toEqual([2, ""]);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: "usage", message: "--bom applies to --format csv only", issues: [] } });
  });
});
