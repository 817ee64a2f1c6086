/** The `quote` and `rebate` commands, driven through runCli with an in-memory IO. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

const book = readFileSync(new URL("../../examples/pricing/book.json", import.meta.url), "utf8");
const sales = readFileSync(new URL("../../examples/pricing/sales.json", import.meta.url), "utf8");

function run(argv: string[], files: Record<string, string> = {}, today = "2026-03-01") {
  const io = memoryIO({ "book.json": book, "sales.json": sales, ...files }, { today });
  const code = runCli(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe("mrpkit quote", () => {
  it("prints the quote as JSON with the currency's decimals and the trace", () => {
    const r = run(["quote", "book.json", "--sku", "ERP-STD", "--qty", "3", "--channel", "oem", "--region", "CN-ZJ-HZ", "--date", "2026-03-01"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["sku", "quantity", "channel", "currency", "total", "unitPrice", "lines", "trace"]);
    expect(out).toMatchObject({ sku: "ERP-STD", quantity: "3", channel: "oem", currency: "USD", total: "14.18", unitPrice: "4.73" });
    expect(out["lines"]).toEqual([{ from: "0", to: null, quantity: "3", unitAmount: "4.725", flatAmount: "0.00", amount: "14.175" }]);
    const steps = (out["trace"] as { step: string }[]).map((e) => e.step);
    expect(steps).toEqual(["search", "search", "candidate", "derive", "tier", "round"]);
  });

  it("uses today's date from the IO when --date is missing", () => {
    const before = run(["quote", "book.json", "--sku", "ERP-STD", "--qty", "6", "--channel", "list"], {}, "2026-06-30");
    const after = run(["quote", "book.json", "--sku", "ERP-STD", "--qty", "6", "--channel", "list"], {}, "2026-07-01");
    expect(JSON.parse(before.stdout).total).toBe("39.00");
    expect(JSON.parse(after.stdout).total).toBe("33.00");
  });

  it("keeps a fractional quantity exact", () => {
    const r = run(["quote", "book.json", "--sku", "MES-PRO", "--qty", "100.5", "--channel", "list", "--date", "2026-03-01"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ quantity: "100.5", total: "1205.00", unitPrice: "11.99" });
  });

  it("prints a readable table with the trace", () => {
    const r = run(["quote", "book.json", "--sku", "MES-PRO", "--qty", "150", "--channel", "agent", "--date", "2026-03-01", "--format", "table"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("MES-PRO × 150 in channel agent: 1445.00 USD (unit price 9.63)");
    expect(r.stdout).toMatch(/from\s+to\s+quantity\s+unit\s+flat\s+amount/);
    expect(r.stdout).toContain("trace:");
    expect(r.stdout).toContain("list amounts × (1 - 0.15) = × 0.85, exact");
  });

  it("exits 1 with the searched channels when no price applies", () => {
    const r = run(["quote", "book.json", "--sku", "NOPE", "--qty", "1", "--channel", "oem", "--date", "2026-03-01"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("mrpkit: no price for sku 'NOPE' in channels 'oem' -> 'distributor' -> 'list', region (none), on 2026-03-01\n");
  });

  it("exits 1 on an unknown channel", () => {
    const r = run(["quote", "book.json", "--sku", "ERP-STD", "--qty", "1", "--channel", "retail", "--date", "2026-03-01"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("mrpkit: unknown channel 'retail'\n");
  });

  it("exits 1 with every problem of an invalid price book, each with its path", () => {
    const bad = JSON.stringify({ currency: "USD", channels: [{ id: "list" }, { id: "d", parent: "x" }], prices: [{ sku: "A", channel: "list", unitAmount: 1e400 }] }).replace("null", "1e400");
    const r = run(["quote", "bad.json", "--sku", "A", "--qty", "1", "--channel", "list", "--date", "2026-03-01"], { "bad.json": bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("invalid price book: 2 problems");
    expect(r.stderr).toContain("prices[0].unitAmount: number out of range (Infinity); write it as a decimal string (invalid_decimal)");
    expect(r.stderr).toContain("channels[1].parent: unknown parent channel 'x' (unknown_reference)");
  });

  it("exits 1 on a file that is not JSON", () => {
    const r = run(["quote", "bad.json", "--sku", "A", "--qty", "1", "--channel", "list"], { "bad.json": "{ nope" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mrpkit: bad\.json: not valid JSON/);
  });

  it.each([
    [["quote", "book.json", "--qty", "1", "--channel", "list"], "option --sku is required"],
    [["quote", "book.json", "--sku", "A", "--qty=-1", "--channel", "list"], "--qty must not be negative (got '-1')"],
    [["quote", "book.json", "--sku", "A", "--qty", "-1", "--channel", "list"], "option --qty is followed by '-1': write --qty=VALUE for a value that starts with '-'"],
    [["quote", "book.json", "--sku", "A", "--qty", "1e3x", "--channel", "list"], "--qty must be a number such as 12, 2.5 or 1e3 (got '1e3x')"],
    [["quote", "book.json", "--sku", "A", "--qty", "1", "--channel", "list", "--date", "2027-02-30"], "--date must be a real date YYYY-MM-DD (got '2027-02-30')"],
    [["quote", "book.json", "--sku", "A", "--qty", "1", "--channel", "list", "--region", "CN_ZJ"], "--region must be a region code such as CN-ZJ (got 'CN_ZJ')"],
    [["quote", "book.json", "--sku", "A", "--qty", "1", "--channel", "list", "--format", "csv"], "--format must be one of json, table (got 'csv')"],
    [["quote", "book.json", "--sku", "A", "--qty", "1", "--channel", "list", "--colour", "red"], "unknown option --colour for 'quote'"],
    [["quote", "--sku", "A", "--qty", "1", "--channel", "list"], "usage: mrpkit quote"],
  ])("exits 2 on a usage error: %j", (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
  });
});

describe("mrpkit rebate", () => {
  it("prints exactly the fields of SPEC section 9", () => {
    const r = run(["rebate", "book.json", "sales.json", "--agreement", "R2026"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual({
      agreement: "R2026",
      partner: "P1",
      basis: "12095.55",
      rate: "0.03",
      rebate: "362.87",
      accrued: "241.91",
      settlement: "120.96",
      nextThreshold: { from: "50000.00", rate: "0.05", missing: "37904.45" },
    });
  });

  it("settles a marginal agreement", () => {
    const r = run(["rebate", "book.json", "sales.json", "--agreement", "R2026-P2"]);
    expect(r.code).toBe(0);
    // basis 22200.00: 5000 × 1 % + 15000 × 2 % + 2200 × 4 % = 50 + 300 + 88
    expect(JSON.parse(r.stdout)).toStrictEqual({
      agreement: "R2026-P2",
      partner: "P2",
      basis: "22200.00",
      rate: "0.04",
      rebate: "438.00",
      accrued: "222.00",
      settlement: "216.00",
      nextThreshold: null,
    });
  });

  it("leaves sales into another partner's exclusive territory out of the basis and lists them", () => {
    // INV-1004 (1260.55, CN-JS-SZ, P2's exclusive territory) is left out: basis 12095.55 − 1260.55 =
    // 10835.00 → 3 %: 325.05; the accruals stay as booked (241.91): settlement 83.14
    const r = run(["rebate", "book.json", "sales.json", "--agreement", "R2026-T"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual({
      agreement: "R2026-T",
      partner: "P1",
      basis: "10835.00",
      rate: "0.03",
      rebate: "325.05",
      accrued: "241.91",
      settlement: "83.14",
      nextThreshold: { from: "50000.00", rate: "0.05", missing: "39165.00" },
      excludeCrossTerritory: "exclusive",
      excludedAmount: "1260.55",
      excluded: [{ index: 3, id: "INV-1004", date: "2026-09-15", sku: "ERP-STD", region: "CN-JS-SZ", amount: "1260.55", reason: "outside_grants", exclusiveHolder: "P2" }],
    });
    const t = run(["rebate", "book.json", "sales.json", "--agreement", "R2026-T", "--format", "table"]);
    expect(t.stdout).toContain("excluded from the basis (cross-territory, exclusive): 1260.55");
    expect(t.stdout).toMatch(/3\s+2026-09-15\s+ERP-STD\s+CN-JS-SZ\s+1260\.55\s+P2/);
  });

  it("prints a table with the accrual of every line", () => {
    const r = run(["rebate", "book.json", "sales.json", "--agreement", "R2026", "--format", "table"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("settlement  120.96");
    expect(r.stdout).toContain("next        37904.45 more to reach 50000.00 (rate 0.05)");
    expect(r.stdout).toMatch(/2\s+2026-06-02\s+ERP-STD\s+-315\.00\s+-6\.30/);
  });

  it("exits 1 on an unknown agreement", () => {
    const r = run(["rebate", "book.json", "sales.json", "--agreement", "R1999"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("mrpkit: unknown rebate agreement 'R1999'\n");
  });

  it("exits 1 with the path of every bad sales line", () => {
    const bad = JSON.stringify([
      { partner: "P1", sku: "A", date: "2026-02-30", amount: "1.00" },
      { partner: "P1", sku: "A", date: "2026-02-01", amount: "1.001" },
    ]);
    const r = run(["rebate", "book.json", "bad.json", "--agreement", "R2026"], { "bad.json": bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("sales[0].date: '2026-02-30' is not a real calendar date in the form YYYY-MM-DD (invalid_date)");
    // Decimals are checked once the lines are well-formed.
    const tooFine = JSON.stringify([{ partner: "P1", sku: "A", date: "2026-02-01", amount: "1.001" }]);
    const second = run(["rebate", "book.json", "bad2.json", "--agreement", "R2026"], { "bad2.json": tooFine });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("sales[0].amount: amount 1.001 has more decimals than USD allows (2) (too_many_decimals)");
  });

  it("exits 1 when the sales file is not an array", () => {
    const r = run(["rebate", "book.json", "obj.json", "--agreement", "R2026"], { "obj.json": "{}" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("mrpkit: obj.json: expected a JSON array of sales lines\n");
  });

  it("exits 2 without --agreement or with one input", () => {
    expect(run(["rebate", "book.json", "sales.json"]).code).toBe(2);
    const r = run(["rebate", "book.json", "--agreement", "R2026"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("usage: mrpkit rebate <book.json> <sales.json> --agreement ID");
  });
});

describe("mrpkit schema --price-book", () => {
  it("prints the price book's JSON Schema", () => {
    const r = run(["schema", "--price-book"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { title: string; required: string[] };
    expect(schema.title).toBe("mrpkit price book");
    expect(schema.required).toEqual(["currency", "channels"]);
  });
});

describe("mrpkit --help", () => {
  it("lists the pricing commands", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("mrpkit quote <book.json> --sku S --qty N --channel C");
    expect(r.stdout).toContain("mrpkit rebate <book.json> <sales.json> --agreement ID");
  });
});
