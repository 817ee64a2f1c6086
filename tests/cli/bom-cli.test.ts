/** The `explode` and `where-used` commands, driven through runCli with an in-memory IO. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

const bicycle = readFileSync(new URL("../../examples/bicycle.json", import.meta.url), "utf8");
const golden = JSON.parse(readFileSync(new URL("../golden/explode/bicycle-10.json", import.meta.url), "utf8")) as {
  indented: unknown;
  summarized: unknown;
};

const days = JSON.stringify({
  calendar: { unit: "day", start: "2026-01-05", end: "2026-01-30" },
  items: [
    { id: "A", source: "make" },
    { id: "NEW", source: "buy" },
    { id: "OLD", source: "buy" },
  ],
  bom: [
    { parent: "A", child: "OLD", quantity: 1, to: "2026-01-12" },
    { parent: "A", child: "NEW", quantity: 1, from: "2026-01-12" },
  ],
});

const invalid = JSON.stringify({
  calendar: { periods: 4 },
  items: [
    { id: "A", source: "make" },
    { id: "B", source: "make" },
    { id: "C", source: "make" },
    { id: "A", source: "buy" },
  ],
  bom: [
    { parent: "A", child: "B", quantity: 1 },
    { parent: "B", child: "C", quantity: 1 },
    { parent: "C", child: "A", quantity: 1 },
  ],
});

const files = new Map<string, string>([
  ["bicycle.json", bicycle],
  ["days.json", days],
  ["invalid.json", invalid],
  ["empty.json", "  \n"],
  ["broken.json", '{ "calendar": { "periods": 4 },\n  "items": [ }'],
  ["colon.json", '{ "calendar": { "periods": 4 },\n  "items" 1 }'],
]);

function run(argv: string[], stdin?: string) {
  const io = memoryIO(Object.fromEntries(files), { today: "2026-01-05", ...(stdin === undefined ? {} : { stdin }) });
  const code = runCli(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe("mrpkit explode", () => {
  it("prints the indented explosion as JSON", () => {
    const r = run(["explode", "bicycle.json", "bicycle", "--qty", "10", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(golden.indented);
  });

  it("prints the summarized explosion as JSON", () => {
    const r = run(["explode", "bicycle.json", "bicycle", "--summarized", "--qty=10", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(golden.summarized);
  });

  it("prints a readable indented table by default", () => {
    const r = run(["explode", "bicycle.json", "bicycle", "--qty", "10"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Indented explosion of bicycle, quantity 10, as of period 1");
    expect(lines[2]).toMatch(/^Level\s+Item\s+Qty per\s+Quantity\s+Phantom$/);
    expect(lines[3]).toMatch(/^\s+1  drivetrain-kit\s+1\s+10  phantom$/);
    expect(lines[4]).toMatch(/^\s+2    chain\s+1\s+10$/);
    expect(r.stdout).toMatch(/\n\s+2    spokes\s+36\s+734\.4\n/);
    expect(lines).toHaveLength(3 + 12 + 1);
  });

  it("prints a summarized table", () => {
    const r = run(["explode", "bicycle.json", "bicycle", "--summarized", "--qty", "10", "--format", "table"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nspokes\s+734\.4\n/);
    expect(r.stdout).not.toContain("drivetrain-kit");
  });

  it("reads the model from standard input with -", () => {
    const r = run(["explode", "-", "wheel", "--format", "json"], bicycle);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).lines.map((l: { item: string; quantity: number }) => [l.item, l.quantity])).toEqual([
      ["hub", 1],
      ["rim", 1],
      ["spokes", 36.72],
    ]);
  });

  it("takes --date as a period number in period mode and an ISO date in day mode", () => {
    const p = run(["explode", "bicycle.json", "bicycle", "--date", "3", "--format", "json"]);
    expect(p.code).toBe(0);
    const items = (argv: string[]) => JSON.parse(run(argv).stdout).lines.map((l: { item: string }) => l.item);
    expect(items(["explode", "days.json", "A", "--format", "json"])).toEqual(["OLD"]);
    expect(items(["explode", "days.json", "A", "--date", "2026-01-12", "--format", "json"])).toEqual(["NEW"]);
    expect(run(["explode", "days.json", "A", "--date", "2026-01-12"]).stdout).toContain("as of 2026-01-12");
  });

  it("exits 1 with a message for an unknown item", () => {
    const r = run(["explode", "bicycle.json", "unicycle"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('mrpkit: unknown item "unicycle": the model has no item with this id\n');
  });

  it("exits 1 with the error as JSON for an unknown item with --format json", () => {
    const r = run(["explode", "bicycle.json", "unicycle", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      error: { code: "unknown_item", message: 'unknown item "unicycle": the model has no item with this id', issues: [] },
    });
  });

  it("exits 2 for option values it cannot parse", () => {
    for (const argv of [
      ["explode", "bicycle.json", "bicycle", "--qty", "abc"],
      ["explode", "bicycle.json", "bicycle", "--qty", "-1"],
      ["explode", "bicycle.json", "bicycle", "--qty"],
      ["explode", "bicycle.json", "bicycle", "--date", "2026-01-05"],
      ["explode", "bicycle.json", "bicycle", "--date", "2.5"],
      ["explode", "days.json", "A", "--date", "2027-02-30"],
      ["explode", "days.json", "A", "--date", "7"],
      ["explode", "bicycle.json", "bicycle", "--format", "csv"],
      ["explode", "bicycle.json", "bicycle", "--bogus", "1"],
      ["explode", "bicycle.json"],
      ["explode", "bicycle.json", "a", "b"],
    ]) {
      const r = run(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^mrpkit: /);
    }
    expect(run(["explode", "bicycle.json", "bicycle", "--qty", "abc"]).stderr).toBe("mrpkit: --qty must be a number such as 12, 2.5 or 1e3 (got 'abc')\n");
  });
});

describe("mrpkit where-used", () => {
  it("prints the direct parents as JSON", () => {
    const r = run(["where-used", "bicycle.json", "spokes", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      item: "spokes",
      parents: [{ level: 1, path: ["spokes", "wheel"], item: "wheel", quantityPer: 36, endItem: false }],
    });
  });

  it("prints the multi-level implosion as JSON and as a table", () => {
    const r = run(["where-used", "bicycle.json", "pedals", "--multi-level", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      item: "pedals",
      parents: [
        { level: 1, path: ["pedals", "drivetrain-kit"], item: "drivetrain-kit", quantityPer: 2, endItem: false },
        { level: 2, path: ["pedals", "drivetrain-kit", "bicycle"], item: "bicycle", quantityPer: 1, endItem: true },
      ],
    });
    const t = run(["where-used", "bicycle.json", "pedals", "--multi-level"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^Multi-level where-used of pedals\n\nLevel\s+Parent\s+Qty per\s+End item\n\s+1  drivetrain-kit\s+2\n\s+2    bicycle\s+1  end item\n$/);
  });

  it("says so for an end item", () => {
    expect(run(["where-used", "bicycle.json", "bicycle"]).stdout).toContain("no parents");
  });

  it("exits 1 for an unknown item and 2 for a misuse", () => {
    const r = run(["where-used", "bicycle.json", "unicycle"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"unicycle"');
    expect(run(["where-used", "bicycle.json", "spokes", "--multi-level=x", "--qty", "1"]).code).toBe(2);
  });
});

describe("invalid input", () => {
  it("lists every problem of an invalid model with its path and exits 1", () => {
    for (const command of ["explode", "where-used"]) {
      const r = run([command, "invalid.json", "A"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines[0]).toBe("mrpkit: invalid.json: invalid model: 2 problems");
      expect(lines.slice(1)).toEqual([
        'items[3].id: duplicate item id "A" (also at items[0]) (duplicate_id)',
        "bom[2]: BOM cycle: A -> B -> C -> A (bom_cycle)",
      ]);
    }
  });

  it("prints the problems as one JSON document on stdout with --format json", () => {
    const r = run(["explode", "invalid.json", "A", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        code: "invalid_model",
        message: "invalid.json: invalid model: 2 problems",
        issues: [
          { path: ["items", 3, "id"], code: "duplicate_id", message: 'duplicate item id "A" (also at items[0])' },
          { path: ["bom", 2], code: "bom_cycle", message: "BOM cycle: A -> B -> C -> A" },
        ],
      },
    });
  });

  it("exits 1 with a clear message for an empty file and for text that is not JSON", () => {
    const empty = run(["explode", "empty.json", "A"]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe("mrpkit: empty.json: the file is empty (expected a JSON document)\n");
    const broken = run(["where-used", "broken.json", "A"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^mrpkit: broken\.json: not valid JSON/);
    const colon = run(["explode", "colon.json", "A"]);
    expect(colon.code).toBe(1);
    expect(colon.stderr).toMatch(/^mrpkit: colon\.json: not valid JSON at line 2, column 11: /);
    const missing = run(["explode", "nowhere.json", "A"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("mrpkit: nowhere.json: no such file\n");
    const stdin = run(["explode", "-", "A"], "");
    expect(stdin.code).toBe(1);
    expect(stdin.stderr).toContain("standard input: the file is empty");
  });

  it("reports unreadable input as a JSON issue with --format json", () => {
    const r = run(["explode", "broken.json", "A", "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { error: { code: string; message: string; issues: unknown[] } };
    expect(out.error).toMatchObject({ code: "invalid_input", issues: [] });
    expect(out.error.message).toMatch(/^broken\.json: not valid JSON/);
    expect(JSON.parse(run(["where-used", "empty.json", "A", "--format", "json"]).stdout)).toEqual({
      error: { code: "invalid_input", message: "empty.json: the file is empty (expected a JSON document)", issues: [] },
    });
  });
});
