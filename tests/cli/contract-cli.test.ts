/**
 * The command line at its edges: one error contract for every command, strict parsing with
 * generated help, options that are honoured or refused, one number syntax, the version, display
 * width in tables, firm planned orders in the plan table, and -o on every command.
 */
import { readFileSync } from "node:fs";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { decimalText, helpOf, optionsOf, usageOf } from "../../src/cli/args.ts";
import { commands } from "../../src/cli/commands/index.ts";
import { runCli } from "../../src/cli/main.ts";
import { textTable } from "../../src/cli/textTable.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

const example = (path: string) => readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8");

const files: Record<string, string> = {
  "bicycle.json": example("bicycle.json"),
  "workshop.json": example("workshop.json"),
  "book.json": example("pricing/book.json"),
  "sales.json": example("pricing/sales.json"),
  "movements.json": example("pricing/movements.json"),
  "items.csv": "part_number,source\nA,buy\n",
  "days.json": JSON.stringify({
    calendar: { unit: "day", start: "2026-01-05", end: "2026-01-16" },
    items: [{ id: "A", source: "make", leadTime: 1 }],
    demands: [{ id: "SO-1", item: "A", due: "2026-01-14", quantity: 4 }],
  }),
  "cjk.json": JSON.stringify({
    calendar: { periods: 4 },
    items: [
      { id: "台灯-100", name: "台灯", source: "make", leadTime: 1 },
      { id: "灯罩", source: "buy", leadTime: 1, safetyStock: 5 },
    ],
    bom: [{ parent: "台灯-100", child: "灯罩", quantity: 1 }],
    demands: [{ id: "销售订单-1", item: "台灯-100", due: 3, quantity: 10 }],
  }),
};

function run(argv: string[]) {
  const io = memoryIO(files, { today: "2026-03-01" });
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err(), written: io.written };
}

/** A successful call of every command, and the same call on a file that does not exist. */
const calls: Record<string, { ok: string[]; missing: string[] }> = {
  validate: { ok: ["validate", "bicycle.json"], missing: ["validate", "nofile.json"] },
  plan: { ok: ["plan", "bicycle.json", "--format", "summary"], missing: ["plan", "nofile.json"] },
  atp: { ok: ["atp", "bicycle.json", "bicycle"], missing: ["atp", "nofile.json", "bicycle"] },
  schema: { ok: ["schema"], missing: ["schema", "nofile.json"] },
  explode: { ok: ["explode", "bicycle.json", "wheel"], missing: ["explode", "nofile.json", "wheel"] },
  "where-used": { ok: ["where-used", "bicycle.json", "spokes"], missing: ["where-used", "nofile.json", "spokes"] },
  capacity: { ok: ["capacity", "workshop.json"], missing: ["capacity", "nofile.json"] },
  "rough-cut": { ok: ["rough-cut", "workshop.json"], missing: ["rough-cut", "nofile.json"] },
  level: { ok: ["level", "workshop.json"], missing: ["level", "nofile.json"] },
  cost: { ok: ["cost", "workshop.json", "CART"], missing: ["cost", "nofile.json"] },
  quote: {
    ok: ["quote", "book.json", "--sku", "ERP-STD", "--qty", "6", "--channel", "list"],
    missing: ["quote", "nofile.json", "--sku", "ERP-STD", "--qty", "6", "--channel", "list"],
  },
  rebate: { ok: ["rebate", "book.json", "sales.json", "--agreement", "R2026"], missing: ["rebate", "nofile.json", "sales.json", "--agreement", "R2026"] },
  "price-protection": {
    ok: ["price-protection", "book.json", "movements.json", "--sku", "ERP-STD", "--channel", "distributor", "--effective", "2026-07-01", "--old-price", "4.90", "--new-price", "4.20"],
    missing: ["price-protection", "nofile.json", "movements.json", "--sku", "ERP-STD", "--channel", "distributor", "--effective", "2026-07-01", "--old-price", "4.90", "--new-price", "4.20"],
  },
  territories: { ok: ["territories", "book.json", "sales.json"], missing: ["territories", "nofile.json", "sales.json"] },
  report: { ok: ["report", "workshop.json"], missing: ["report", "nofile.json"] },
  import: { ok: ["import", "--items", "items.csv", "--calendar", "periods=4"], missing: ["import", "--items", "nofile.json", "--calendar", "periods=4"] },
};

describe("one error contract for every command", () => {
  it("covers every command", () => {
    expect(Object.keys(calls).sort()).toEqual([...commands.keys()].sort());
  });

  it.each(Object.entries(calls))("%s: a sentence on stderr by default, one JSON document on stdout with --format json", (name, call) => {
    const spec = commands.get(name)!;
    const text = run(call.missing);
    if (name === "schema") {
      // schema reads no file: its failure is a usage error
      expect([text.code, text.out, text.err]).toEqual([2, "", "mrpkit: usage: mrpkit schema [--price-book] [--format json] [-o FILE]\n"]);
    } else {
      expect([text.code, text.out, text.err]).toEqual([1, "", "mrpkit: nofile.json: no such file\n"]);
    }
    if (spec.formats?.includes("json") !== true) {
      // a command without JSON output has no --format: asking for it is a usage error, in words
      const r = run([...call.missing, "--format", "json"]);
      expect([r.code, r.out, r.err]).toEqual([2, "", `mrpkit: unknown option --format for '${name}'\n`]);
      return;
    }
    const json = run([...call.missing, "--format", "json"]);
    expect(json.err).toBe("");
    const doc = JSON.parse(json.out) as unknown;
    expect(json.out.trim().split("\n")).toHaveLength(1);
    expect(doc).toEqual(
      name === "schema"
        ? { error: { code: "usage", message: "usage: mrpkit schema [--price-book] [--format json] [-o FILE]", issues: [] } }
        : { error: { code: "invalid_input", message: "nofile.json: no such file", issues: [] } },
    );
    expect(json.code).toBe(name === "schema" ? 2 : 1);
  });

  it("answers a usage error in JSON too when --format json is asked for", () => {
    const r = run(["plan", "bicycle.json", "--frobnicate", "--format", "json"]);
    expect([r.code, r.err]).toEqual([2, ""]);
    expect(JSON.parse(r.out)).toEqual({ error: { code: "usage", message: "unknown option --frobnicate for 'plan'", issues: [] } });
    const eq = run(["plan", "bicycle.json", "--format=json", "--bucket", "month"]);
    expect(JSON.parse(eq.out)).toEqual({ error: { code: "usage", message: "--bucket must be one of day, week (got 'month')", issues: [] } });
  });

  it("plan --item nope --format json prints the error as JSON; without it, a sentence", () => {
    const r = run(["plan", "bicycle.json", "--item", "nope", "--format", "json"]);
    expect([r.code, r.err]).toEqual([1, ""]);
    expect(JSON.parse(r.out)).toEqual({ error: { code: "unknown_item", message: 'unknown item "nope": the model has no item with this id', issues: [] } });
    const text = run(["plan", "bicycle.json", "--item", "nope"]);
    expect([text.code, text.out, text.err]).toEqual([1, "", 'mrpkit: unknown item "nope": the model has no item with this id\n']);
  });

  it("validate --format json prints every problem on stdout; by default they go to stderr as lines", () => {
    const bad = JSON.stringify({ calendar: { periods: 0 }, items: [{ id: "A", source: "made" }], bom: [{ parent: "A", child: "X", quantity: 1 }] });
    files["bad.json"] = bad;
    const json = run(["validate", "bad.json", "--format", "json"]);
    expect([json.code, json.err]).toEqual([1, ""]);
    expect(JSON.parse(json.out)).toEqual({
      error: {
        code: "invalid_model",
        message: "bad.json: invalid model: 3 problems",
        issues: [
          { path: ["calendar", "periods"], code: "too_small", message: "calendar.periods must be >= 1" },
          { path: ["items", 0, "source"], code: "invalid_value", message: 'source must be "make", "buy" or "phantom"' },
          { path: ["bom", 0, "child"], code: "unknown_reference", message: 'unknown item "X"' },
        ],
      },
    });
    const text = run(["validate", "bad.json"]);
    expect([text.code, text.out]).toEqual([1, ""]);
    expect(text.err).toBe(
      [
        "mrpkit: bad.json: invalid model: 3 problems",
        "calendar.periods: calendar.periods must be >= 1 (too_small)",
        'items[0].source: source must be "make", "buy" or "phantom" (invalid_value)',
        'bom[0].child: unknown item "X" (unknown_reference)',
        "",
      ].join("\n"),
    );
  });

  it("prints a library error with its issues in the same shape (an invalid quote request)", () => {
    const r = run(["price-protection", "book.json", "book.json", "--sku", "ERP-STD", "--channel", "distributor", "--effective", "2026-07-01", "--old-price", "4.90", "--new-price", "4.20", "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { error: { code: string; message: string; issues: unknown[] } };
    expect(Object.keys(doc)).toEqual(["error"]);
    expect(Object.keys(doc.error)).toEqual(["code", "message", "issues"]);
  });
});

describe("parsing: util.parseArgs per command, help from the declarations", () => {
  it.each([
    [["plan", "bicycle.json", "--frobnicate"], "mrpkit: unknown option --frobnicate for 'plan'\n"],
    [["plan", "bicycle.json", "--summarized"], "mrpkit: unknown option --summarized for 'plan'\n"],
    [["plan", "bicycle.json", "-x"], "mrpkit: unknown option -x for 'plan'\n"],
    [["plan", "bicycle.json", "--format"], "mrpkit: option --format needs a value\n"],
    [["explode", "bicycle.json", "wheel", "--summarized=yes"], "mrpkit: option --summarized takes no value\n"],
    [["explode", "bicycle.json", "wheel", "--date", "-1"], "mrpkit: option --date is followed by '-1': write --date=VALUE for a value that starts with '-'\n"],
    [["quote", "book.json", "--sku", "ERP-STD", "--channel", "list"], "mrpkit: option --qty is required\nusage: mrpkit quote <book.json> --sku S --qty N --channel C [--region R] [--date YYYY-MM-DD] [--format json|table] [-o FILE]\n"],
  ])("%j is refused with exit 2", (argv, err) => {
    const r = run(argv);
    expect([r.code, r.out, r.err]).toEqual([2, "", err]);
  });

  it.each([...commands.keys()])("%s --help lists every declared option, and mrpkit --help its usage line", (name) => {
    const spec = commands.get(name)!;
    const r = run([name, "--help"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(helpOf(spec));
    expect(r.out.startsWith(`usage: ${usageOf(spec)}\n${spec.summary}\n`)).toBe(true);
    for (const [option, o] of optionsOf(spec)) {
      expect(r.out).toContain(`--${option}`);
      expect(r.out).toContain(o.help);
    }
    expect(run(["--help"]).out).toContain(`  ${usageOf(spec)}\n      ${spec.summary}\n`);
  });
});

describe("no option silently ignored", () => {
  it("plan --item with --format summary is refused: the summary counts the whole model", () => {
    const r = run(["plan", "bicycle.json", "--item", "spokes", "--format", "summary"]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toBe("mrpkit: --item does not apply to --format summary: the summary counts the whole model (--format json --item shows one item)\n");
  });

  it.each([["plan"], ["atp"], ["capacity"], ["rough-cut"], ["level"], ["report"]])("%s --bucket week on a period calendar is refused", (name) => {
    const argv = name === "atp" ? [name, "bicycle.json", "bicycle"] : [name, "bicycle.json"];
    const r = run([...argv, "--bucket", "week"]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toBe("mrpkit: --bucket week applies to day calendars; this model's calendar counts periods, one bucket each\n");
    // --bucket day on a period calendar is the one bucket per period the command prints anyway
    expect(run([...argv, "--bucket", "day"]).out).toBe(run(argv).out);
  });

  it.each([
    ["plan", ["plan", "bicycle.json"], "--bom"],
    ["plan", ["plan", "bicycle.json", "--format", "summary"], "--delimiter=;"],
    ["capacity", ["capacity", "workshop.json", "--format", "table"], "--bom"],
    ["cost", ["cost", "workshop.json"], "--delimiter=tab"],
  ])("%s: --bom and --delimiter without --format csv are refused, in words and as JSON", (_, argv, option) => {
    const name = option.replace(/=.*/, "");
    const r = run([...argv, option]);
    expect([r.code, r.out, r.err]).toEqual([2, "", `mrpkit: ${name} applies to --format csv only\n`]);
    const json = run([...argv.filter((a, i) => a !== "--format" && argv[i - 1] !== "--format"), option, "--format", "json"]);
    expect([json.code, json.err]).toEqual([2, ""]);
    expect(JSON.parse(json.out)).toEqual({ error: { code: "usage", message: `${name} applies to --format csv only`, issues: [] } });
  });

  it("import refuses a --decimal or --encoding it cannot honour, in words and as JSON", () => {
    const r = run(["import", "--items", "items.csv", "--calendar", "periods=4", "--decimal", "1"]);
    expect([r.code, r.out, r.err]).toEqual([2, "", "mrpkit: --decimal must be , or . (got '1')\n"]);
    const json = run(["import", "--items", "items.csv", "--calendar", "periods=4", "--encoding", "ebcdic", "--format", "json"]);
    expect([json.code, json.err]).toEqual([2, ""]);
    expect(JSON.parse(json.out)).toEqual({ error: { code: "usage", message: "--encoding: unknown encoding 'ebcdic' (e.g. utf-8, gb18030, utf-16le, windows-1252)", issues: [] } });
  });

  it("--bucket week on a day calendar is honoured", () => {
    const r = run(["plan", "days.json", "--bucket", "week", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(1, 3)).toEqual(["A,0,2026-01-05,0,0,0,0,0,0", "A,0,2026-01-12,4,0,0,4,4,4"]);
  });

  it("explode --date past the horizon (or before it) is refused with the horizon", () => {
    for (const date of ["99", "0", "9"]) {
      const r = run(["explode", "bicycle.json", "bicycle", "--date", date]);
      expect([r.code, r.out, r.err]).toEqual([2, "", `mrpkit: --date ${date} is outside the model's horizon: periods 1 to 8\n`]);
    }
    expect(run(["explode", "bicycle.json", "bicycle", "--date", "8"]).code).toBe(0);
    const day = run(["explode", "days.json", "A", "--date", "2026-02-01"]);
    expect([day.code, day.err]).toEqual([2, "mrpkit: --date 2026-02-01 is outside the model's horizon: 2026-01-05 to 2026-01-16\n"]);
    expect(run(["explode", "days.json", "A", "--date", "2026-01-16"]).code).toBe(0);
  });

  it("reads --qty 1e3 the same way in explode and in quote: as 1000", () => {
    const e = run(["explode", "bicycle.json", "wheel", "--qty", "1e3"]);
    expect(e.code).toBe(0);
    expect(e.out).toBe(run(["explode", "bicycle.json", "wheel", "--qty", "1000"]).out);
    expect(e.out).toContain("Indented explosion of wheel, quantity 1000,");
    const q = run(["quote", "book.json", "--sku", "ERP-STD", "--qty", "1e3", "--channel", "list"]);
    expect(q.code).toBe(0);
    expect(q.out).toBe(run(["quote", "book.json", "--sku", "ERP-STD", "--qty", "1000", "--channel", "list"]).out);
    expect(JSON.parse(q.out)).toMatchObject({ quantity: "1000", total: "6000.00" });
    for (const argv of [
      ["explode", "bicycle.json", "wheel", "--qty", "0x10"],
      ["quote", "book.json", "--sku", "ERP-STD", "--qty", "0x10", "--channel", "list"],
    ]) {
      expect(run(argv).err).toBe("mrpkit: --qty must be a number such as 12, 2.5 or 1e3 (got '0x10')\n");
    }
  });

  it("has one number syntax, read exactly", () => {
    expect(["12", "2.50", "1e3", "2.5E-1", ".5", "-1e2", "+7", "1.25e1", "0e5", "-0.0e1"].map(decimalText)).toEqual(["12", "2.50", "1000", "0.25", "0.5", "-100", "7", "12.5", "0", "0"]);
    expect(["", "e3", "1e", "0x10", "1,5", "Infinity", "NaN", " 1", "1e1000"].map(decimalText)).toEqual(Array(9).fill(undefined));
  });
});

describe("--version", () => {
  it("prints the version of package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(run(["--version"])).toMatchObject({ code: 0, out: `${pkg.version}\n`, err: "" });
  });
});

describe("text tables pad by display width", () => {
  it("lines up Chinese ids (two columns per character)", () => {
    const t = textTable([{ title: "Item" }, { title: "Qty", right: true }], [["台灯-100", "10"], ["A", "5"]]);
    expect(t).toBe("Item      Qty\n台灯-100   10\nA           5\n");
  });

  it("lines up the plan's order table for a model with Chinese ids", () => {
    const r = run(["plan", "cjk.json", "--format", "table"]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    const head = lines.indexOf("Order       Item      Quantity  Release  Due  Pegged to");
    expect(lines.slice(head, head + 4)).toEqual([
      "Order       Item      Quantity  Release  Due  Pegged to",
      "台灯-100#1  台灯-100        10        2    3  销售订单-1 10",
      "灯罩#1      灯罩             5        1    1  safety-stock 5",
      "灯罩#2      灯罩            10        1    2  台灯-100#1 10",
    ]);
    // every row's pegging starts at the display column of the heading's "Pegged to"
    const at = (line: string, text: string) => stringWidth(line.slice(0, line.indexOf(text)));
    const rows: [string, string][] = [[lines[head]!, "Pegged to"], [lines[head + 1]!, "销售订单-1 10"], [lines[head + 2]!, "safety-stock 5"], [lines[head + 3]!, "台灯-100#1 10"]];
    expect(rows.map(([l, t]) => at(l, t))).toEqual([46, 46, 46, 46]);
  });
});

describe("plan --format table lists firm planned orders", () => {
  it("lists FPO-1 after the planned orders, marked firm", () => {
    const r = run(["plan", "workshop.json", "--format", "table"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Order    Item   Quantity  Release  Due  Firm  Pegged to\n");
    expect(r.out).toContain("TUBE#2   TUBE          3        3    4        FRAME#3 2.5\nFPO-1    FRAME         6        1    3  firm  CART#1 6\n");
    expect(run(["plan", "workshop.json", "--format", "table", "--item", "FRAME"]).out).toContain("FPO-1    FRAME         6        1    3  firm  CART#1 6\n");
  });

  it("keeps the table without a Firm column when no order is firm", () => {
    const r = run(["plan", "bicycle.json", "--format", "table"]);
    expect(r.out).toContain("Order             Item            Quantity  Release  Due  Pegged to\n");
    expect(r.out).not.toContain("Firm");
  });
});

describe("-o FILE on every command", () => {
  it.each(Object.entries(calls))("%s -o writes what it would print, and prints nothing", (_, call) => {
    const plain = run(call.ok);
    expect([plain.code, plain.err]).toEqual([0, ""]);
    const to = run([...call.ok, "-o", "out.txt"]);
    expect([to.code, to.out, to.err]).toEqual([0, "", ""]);
    expect(to.written.get("out.txt")).toBe(plain.out);
    expect(run([...call.ok, "-o", "-"]).out).toBe(plain.out);
  });

  it.each([
    ["plan", ["plan", "bicycle.json", "--format", "csv", "--table", "orders", "--bom", "--delimiter", ";"]],
    ["capacity", ["capacity", "workshop.json", "--format", "csv", "--bom", "--delimiter", "tab"]],
    ["cost", ["cost", "workshop.json", "--format", "csv", "--delimiter", ";"]],
    ["import", ["import", "--items", "items.csv", "--calendar", "periods=4", "--decimal", ",", "--encoding", "utf-8", "--map", "map.json", "--strict-columns", "--attributes"]],
  ])("%s -o with the CSV options writes what it would print", (_, argv) => {
    files["map.json"] = JSON.stringify({ items: { Teil: "part_number" } });
    const plain = run(argv);
    expect([plain.code, plain.err]).toEqual([0, ""]);
    expect(plain.out).not.toBe("");
    const to = run([...argv, "-o", "out.txt"]);
    expect([to.code, to.out, to.err]).toEqual([0, "", ""]);
    expect(to.written.get("out.txt")).toBe(plain.out);
  });

  it("writes no file when the command fails", () => {
    const r = run(["plan", "nofile.json", "-o", "out.txt"]);
    expect(r.code).toBe(1);
    expect(r.written.size).toBe(0);
  });
});
