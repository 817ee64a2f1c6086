/** `mrpkit plan` and `mrpkit validate` through runCli: every format, bad input, usage errors. */
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { memoryIO } from "../helpers/memoryIO.js";

const model = JSON.stringify({
  calendar: { periods: 4 },
  items: [
    { id: "A", source: "make", leadTime: 1, onHand: 5 },
    { id: "B", source: "buy", leadTime: 1 },
  ],
  bom: [{ parent: "A", child: "B", quantity: 2 }],
  demands: [{ id: "SO-1", item: "A", due: 3, quantity: 20 }],
});

const run = (argv: string[], files: Record<string, string> = { "m.json": model }, stdin?: string) => {
  const io = memoryIO(files, stdin === undefined ? {} : { stdin });
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
};

describe("mrpkit plan", () => {
  it("prints the plan as JSON by default: items by low-level code with every bucket, orders with pegging", () => {
    const r = run(["plan", "m.json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.items.map((i: { id: string; lowLevelCode: number }) => [i.id, i.lowLevelCode])).toEqual([["A", 0], ["B", 1]]);
    expect(json.items[1].records).toEqual([
      { period: 1, grossRequirements: 0, scheduledReceipts: 0, projectedOnHand: 0, netRequirements: 0, plannedOrderReceipts: 0, plannedOrderReleases: 30 },
      { period: 2, grossRequirements: 30, scheduledReceipts: 0, projectedOnHand: 0, netRequirements: 30, plannedOrderReceipts: 30, plannedOrderReleases: 0 },
      { period: 3, grossRequirements: 0, scheduledReceipts: 0, projectedOnHand: 0, netRequirements: 0, plannedOrderReceipts: 0, plannedOrderReleases: 0 },
      { period: 4, grossRequirements: 0, scheduledReceipts: 0, projectedOnHand: 0, netRequirements: 0, plannedOrderReceipts: 0, plannedOrderReleases: 0 },
    ]);
    expect(json.plannedOrders).toEqual([
      { id: "A#1", item: "A", quantity: 15, release: 2, due: 3, pegging: [{ source: "SO-1", date: 3, quantity: 15 }] },
      { id: "B#1", item: "B", quantity: 30, release: 1, due: 2, pegging: [{ source: "A#1", date: 2, quantity: 30 }] },
    ]);
    expect(json.exceptions).toEqual([]);
    expect(r.err).toBe("");
  });

  it("prints the records as CSV", () => {
    const r = run(["plan", "m.json", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 4)).toEqual([
      "item,lowLevelCode,period,grossRequirements,scheduledReceipts,projectedOnHand,netRequirements,plannedOrderReceipts,plannedOrderReleases",
      "A,0,1,0,0,5,0,0,0",
      "A,0,2,0,0,5,0,0,15",
      "A,0,3,20,0,0,15,15,0",
    ]);
    expect(r.out.trim().split("\n")).toHaveLength(9);
  });

  it("prints the classic MRP grid as a table", () => {
    const r = run(["plan", "m.json", "--format", "table", "--item", "A"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("A  (LLC 0, make, lead time 1, on hand 5, safety stock 0, lot-for-lot)\n");
    expect(r.out).toContain("Period                  1   2   3  4\n");
    expect(r.out).toContain("Projected on hand       5   5   0  0\n");
    expect(r.out).toContain("Planned order releases     15\n");
    expect(r.out).toContain("A#1    A           15        2    3  SO-1 15\n");
    expect(r.out).not.toContain("B  (LLC");
  });

  it("shows the quantity an order is started for where assembly scrap grows the order, in the table and the orders CSV", () => {
    const scrapped = JSON.stringify({
      ...JSON.parse(model),
      items: [
        { id: "A", source: "make", leadTime: 1, assemblyScrap: 0.1, assemblyScrapMode: "order" },
        { id: "B", source: "buy", leadTime: 1 },
      ],
    });
    const table = run(["plan", "m.json", "--format", "table"], { "m.json": scrapped });
    expect(table.code).toBe(0);
    // 20 received, started for 22; B is bought and started for what it receives
    expect(table.out).toContain("Order  Item  Quantity  Start  Release  Due  Pegged to\nA#1    A           20     22        2    3  SO-1 20\nB#1    B           44     44        1    2  A#1 44\n");
    const csv = run(["plan", "m.json", "--format", "csv", "--table", "orders"], { "m.json": scrapped });
    expect(csv.out).toBe("id,item,quantity,startQuantity,release,due,firm,pegging\nA#1,A,20,22,2,3,false,SO-1:20\nB#1,B,44,44,1,2,false,A#1:44\n");
    // without assembly scrap on the order there is no such column
    expect(run(["plan", "m.json", "--format", "table"]).out).toContain("Order  Item  Quantity  Release  Due  Pegged to\n");
    expect(run(["plan", "m.json", "--format", "csv", "--table", "orders"]).out.split("\n")[0]).toBe("id,item,quantity,release,due,firm,pegging");
  });

  it("prints a one-line summary", () => {
    const r = run(["plan", "m.json", "--format", "summary"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('{"items":2,"plannedOrders":2,"plannedQuantity":45,"exceptions":{}}\n');
  });

  it("reads the model from standard input with -", () => {
    const r = run(["plan", "-", "--format", "summary"], {}, model);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).plannedQuantity).toBe(45);
  });

  it("gives the same bytes for the same model in any array order", () => {
    const m = JSON.parse(model);
    const shuffled = JSON.stringify({ ...m, items: [...m.items].reverse() });
    expect(run(["plan", "s.json"], { "s.json": shuffled }).out).toBe(run(["plan", "m.json"]).out);
  });

  it("exits 1 with every problem and its path for an invalid model, as JSON with --format json", () => {
    const bad = JSON.stringify({ calendar: { periods: 4 }, items: [{ id: "A", source: "make" }, { id: "A", source: "buy" }], bom: [{ parent: "A", child: "Q", quantity: 0 }] });
    const text = run(["plan", "bad.json", "--format", "table"], { "bad.json": bad });
    expect(text.code).toBe(1);
    expect(text.out).toBe("");
    // schema problems and reference problems come together
    expect(text.err).toBe(
      [
        "mrpkit: bad.json: invalid model: 3 problems",
        'items[1].id: duplicate item id "A" (also at items[0]) (duplicate_id)',
        "bom[0].quantity: quantity must be > 0 (too_small)",
        'bom[0].child: unknown item "Q" (unknown_reference)',
        "",
      ].join("\n"),
    );
    const json = run(["plan", "bad.json", "--format", "json"], { "bad.json": bad });
    expect(json.code).toBe(1);
    expect(json.err).toBe("");
    expect(JSON.parse(json.out).error.issues.map((i: { path: unknown[]; code: string }) => [i.path, i.code])).toEqual([
      [["items", 1, "id"], "duplicate_id"],
      [["bom", 0, "quantity"], "too_small"],
      [["bom", 0, "child"], "unknown_reference"],
    ]);
  });

  it("exits 1 for a file that is empty, not JSON, or missing, without a stack trace", () => {
    for (const [file, text, what] of [
      ["e.json", "", "empty"],
      ["n.json", "{ items: [", "not valid JSON"],
    ] as const) {
      const r = run(["plan", file, "--format", "table"], { [file]: text });
      expect(r.code).toBe(1);
      expect(r.err).toContain(what);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const missing = run(["plan", "nope.json", "--format", "table"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("nope.json: no such file");
  });

  it("exits 2 for usage errors", () => {
    expect(run(["plan"]).code).toBe(2);
    expect(run(["plan", "m.json", "--format", "xml"]).err).toContain("--format must be one of json, csv, table, summary");
    expect(run(["plan", "m.json", "--colour", "red"]).code).toBe(2);
    expect(run(["frobnicate"]).code).toBe(2);
    expect(run([]).code).toBe(2);
  });

  it("exits 1 for an unknown --item", () => {
    const r = run(["plan", "m.json", "--item", "ZZ"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown item "ZZ"');
  });
});

describe("mrpkit validate", () => {
  it("prints nothing and exits 0 for a valid model", () => {
    expect(run(["validate", "m.json"])).toEqual({ code: 0, out: "", err: "" });
  });

  it("lists every problem with its path and exits 1", () => {
    const bad = JSON.stringify({ calendar: { periods: 4 }, items: [{ id: "A", source: "make", leadTime: "2" }], demands: [{ id: "D", item: "Z", due: 1, quantity: 1e400 }] });
    const r = run(["validate", "bad.json"], { "bad.json": bad.replace("1e+400", "1e400") });
    expect(r.code).toBe(1);
    expect(r.err).toContain('items[0].leadTime: leadTime must be a number (got the string "2") (invalid_type)');
  });
});
