/** CSV on the command line: `mrpkit import`, and `plan --format csv --table`, through runCli with an in-memory IO. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { defineModel } from "../../src/model/defineModel.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

const csvFile = (name: string) => readFileSync(new URL(`../../examples/csv/${name}`, import.meta.url), "utf8");
const PLANT = ["items", "bom", "stock", "receipts", "demands", "routings", "work-centers"];
const plantFiles = Object.fromEntries(PLANT.map((t) => [`csv/${t}.csv`, csvFile(`${t}.csv`)]));
const plantArgs = PLANT.flatMap((t) => [`--${t}`, `csv/${t}.csv`]);

function run(argv: string[], files: Record<string, string> = {}, stdin?: string) {
  const io = memoryIO(files, stdin === undefined ? {} : { stdin });
  const code = runCli(argv, io);
  return { code, stdout: io.out(), stderr: io.err(), written: io.written };
}

describe("mrpkit import", () => {
  it("prints the model of the sample plant as JSON, valid for every other command", () => {
    const r = run(["import", ...plantArgs, "--calendar", "periods=8"], plantFiles);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { calendar: unknown; items: { id: string; onHand?: number; allocated?: number }[] };
    expect(json.calendar).toEqual({ unit: "period", periods: 8 });
    expect(json.items.find((i) => i.id === "CASTER")).toEqual({
      id: "CASTER",
      name: "Caster 50 mm",
      uom: "EA",
      source: "buy",
      leadTime: 1,
      safetyStock: 0,
      lotSizing: { rule: "lot-for-lot" },
      orderModifiers: { minimum: 100, multiple: 50 },
      cost: { material: 0.9 },
      onHand: 180,
      allocated: 20,
    });
    expect(defineModel(json).itemCount).toBe(8);
    expect(r.stdout.endsWith("}\n")).toBe(true);
    const planned = run(["plan", "plant.json", "--format", "summary"], { "plant.json": r.stdout });
    expect(planned.stdout).toBe('{"items":8,"plannedOrders":25,"plannedQuantity":1216,"exceptions":{"late-release":2,"reschedule-out":2}}\n');
  });

  it("writes the model to -o and reads a day calendar from --calendar start=...,end=...", () => {
    const files = { "i.csv": "part_number,source\nA,buy\n", "d.csv": "demand_id,part_number,due,quantity\nSO-1,A,2026-01-09,5\n" };
    const r = run(["import", "--items", "i.csv", "--demands", "d.csv", "--calendar", "start=2026-01-05,end=2026-01-30", "-o", "m.json"], files);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);
    expect(JSON.parse(r.written.get("m.json")!)).toEqual({
      calendar: { unit: "day", start: "2026-01-05", end: "2026-01-30" },
      items: [{ id: "A", source: "buy" }],
      demands: [{ id: "SO-1", item: "A", due: "2026-01-09", quantity: 5 }],
    });
  });

  it("reads the calendar from --calendar-table, and the items from standard input", () => {
    const r = run(["import", "--items", "-", "--calendar-table", "cal.csv"], { "cal.csv": "unit;periods\nperiod;6\n" }, "part_number;source\nA;buy\n");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ calendar: { unit: "period", periods: 6 }, items: [{ id: "A", source: "buy" }] });
  });

  it("exits 1 with every problem of every file on stderr, as file:line column", () => {
    const files = {
      "items.csv": "part_number,source,lead_time\nA,make,1\nB,bought,x\nA,buy,2\n",
      "bom.csv": "parent,component,qty\nA,B,1\nA,NOPE,2\n",
    };
    const r = run(["import", "--items", "items.csv", "--bom", "bom.csv", "--calendar", "periods=4"], files);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        "mrpkit: invalid CSV import: 4 problems",
        'items.csv:3 source: unknown source "bought": expected make, buy or phantom (invalid_value)',
        'items.csv:3 lead_time: "x" is not a number (invalid_number)',
        'items.csv:4 part_number: duplicate part number "A" (first at line 2) (duplicate_id)',
        'bom.csv:3 component: unknown item "NOPE" (unknown_reference)',
        "",
      ].join("\n"),
    );
  });

  it("exits 1 naming every file it cannot read", () => {
    const r = run(["import", "--items", "gone.csv", "--bom", "lost.csv", "--calendar", "periods=4"]);
    expect([r.code, r.stderr]).toEqual([1, "mrpkit: 2 input files cannot be read: gone.csv: no such file; lost.csv: no such file\n"]);
  });

  it("exits 1 when there is no calendar", () => {
    const r = run(["import", "--items", "i.csv"], { "i.csv": "part_number,source\nA,buy\n" });
    expect([r.code, r.stderr]).toEqual([1, "mrpkit: invalid CSV import: 1 problem\noptions.calendar: no calendar: give options.calendar (the CLI's --calendar) or a calendar table (missing_calendar)\n"]);
  });

  it.each([
    [["import", "--bom", "b.csv", "--calendar", "periods=4"], "mrpkit: option --items is required\nusage: mrpkit import --items items.csv [--bom bom.csv]"],
    [["import", "--items", "i.csv", "--calendar", "weeks=4"], "mrpkit: --calendar must be periods=N or start=YYYY-MM-DD[,end=YYYY-MM-DD] (got 'weeks=4')\n"],
    [["import", "--items", "i.csv", "--calendar", "periods=4.5"], "mrpkit: --calendar must be periods=N or start=YYYY-MM-DD[,end=YYYY-MM-DD] (got 'periods=4.5')\n"],
    [["import", "--items", "i.csv", "--calendar", "periods=4", "--calendar-table", "c.csv"], "mrpkit: give --calendar or --calendar-table, not both\n"],
    [["import", "--items", "i.csv", "--stok", "s.csv"], "mrpkit: unknown option --stok for 'import'\n"],
    [["import", "model.json", "--items", "i.csv"], "mrpkit: usage: mrpkit import --items items.csv"],
  ])("exits 2 on wrong usage: %j", (argv, message) => {
    const r = run(argv, { "i.csv": "part_number,source\nA,buy\n" });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
  });
});

describe("mrpkit plan --format csv --table", () => {
  const model = JSON.stringify({
    calendar: { periods: 4 },
    items: [
      { id: "A", source: "make", leadTime: 1 },
      { id: "B", source: "buy", leadTime: 2 },
    ],
    bom: [{ parent: "A", child: "B", quantity: 2 }],
    scheduledReceipts: [{ id: "PO-1", item: "B", due: 1, quantity: 5 }],
    firmPlannedOrders: [{ id: "F-1", item: "A", due: 4, quantity: 3 }],
    demands: [
      { id: "SO-1", item: "A", due: 2, quantity: 4 },
      { id: "SO-2", item: "A", due: 3, quantity: 6 },
    ],
  });

  it("prints planned and firm planned orders with their pegging", () => {
    const r = run(["plan", "m.json", "--format", "csv", "--table", "orders"], { "m.json": model });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "id,item,quantity,release,due,firm,pegging",
        "A#1,A,4,1,2,false,SO-1:4",
        "A#2,A,6,2,3,false,SO-2:6",
        "B#1,B,3,1,1,false,A#1:3",
        "B#2,B,12,1,2,false,A#2:12",
        "B#3,B,6,1,3,false,F-1:6",
        "F-1,A,3,3,4,true,",
        "",
      ].join("\n"),
    );
  });

  it("prints the action messages", () => {
    const r = run(["plan", "m.json", "--format", "csv", "--table", "exceptions", "--item", "B"], { "m.json": model });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "kind,item,ref,date,newDate,quantity,message",
        'late-release,B,B#1,-1,1,3,"B: order B#1 (3) should have been released at period -1, 2 periods before the planning start; released at period 1"',
        'late-release,B,B#2,0,1,12,"B: order B#2 (12) should have been released at period 0, 1 period before the planning start; released at period 1"',
        "",
      ].join("\n"),
    );
  });

  it("prints the records by default, and refuses --table with another format", () => {
    const records = run(["plan", "m.json", "--format", "csv"], { "m.json": model }).stdout;
    expect(run(["plan", "m.json", "--format", "csv", "--table", "records"], { "m.json": model }).stdout).toBe(records);
    expect(records.split("\n")[0]).toBe("item,lowLevelCode,period,grossRequirements,scheduledReceipts,projectedOnHand,netRequirements,plannedOrderReceipts,plannedOrderReleases");
    const r = run(["plan", "m.json", "--table", "orders"], { "m.json": model });
    expect([r.code, r.stderr]).toEqual([2, "mrpkit: --table applies to --format csv only\n"]);
    expect(run(["plan", "m.json", "--format", "csv", "--table", "pegs"], { "m.json": model }).stderr).toBe("mrpkit: --table must be one of records, orders, exceptions (got 'pegs')\n");
  });
});
