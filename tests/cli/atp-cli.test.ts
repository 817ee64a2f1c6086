/** The `atp` command, driven through runCli with an in-memory IO. */
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

// On hand 20; MPS (firm planned orders) 30 at p2, p4, p6; customer orders 5, 10, 5, 40, -, 10.
// ATP before look-ahead: p1 20 - 5 = 15; p2 30 - 15 = 15; p4 30 - 40 = -10; p6 30 - 10 = 20.
// p4 takes 10 from p2: 15, 5, 0, 20. Cumulative 15, 20, 20, 20, 20, 40.
// B is A's component (on hand 8, lots of 40) and a spare part (SPB 5 at p3). Dependent demand: A's
// firm planned orders, 30 at p2, p4, p6 (lead time 0). Netting: p2 8 - 30 -> lot 40 -> 18;
// p3 18 - 5 = 13; p4 13 - 30 -> lot -> 23; p6 23 - 30 -> lot -> 33. MPS 40 at p2, p4, p6.
// ATP: p1 8 (nothing committed before p2); p2 40 - 30 - 5 = 5; p4 40 - 30 = 10; p6 10.
// Cumulative 8, 13, 13, 23, 23, 33.
const shop = JSON.stringify({
  calendar: { periods: 6 },
  items: [
    { id: "A", source: "make", onHand: 20 },
    { id: "B", source: "buy", onHand: 8, lotSizing: { rule: "fixed", quantity: 40 } },
  ],
  bom: [{ parent: "A", child: "B", quantity: 1 }],
  firmPlannedOrders: [
    { id: "M2", item: "A", due: 2, quantity: 30 },
    { id: "M4", item: "A", due: 4, quantity: 30 },
    { id: "M6", item: "A", due: 6, quantity: 30 },
  ],
  demands: [
    { id: "SO1", item: "A", due: 1, quantity: 5 },
    { id: "SO2", item: "A", due: 2, quantity: 10 },
    { id: "SO3", item: "A", due: 3, quantity: 5 },
    { id: "SO4", item: "A", due: 4, quantity: 40 },
    { id: "SO6", item: "A", due: 6, quantity: 10 },
    { id: "SPB", item: "B", due: 3, quantity: 5 },
  ],
});

// Mon 2026-03-02 .. Fri 03-13; on hand 5; MPS 20 on Wed 03-11; orders 3 on 03-03, 15 on 03-12.
// Week of 03-02: 5 - 3 = 2; week of 03-09: 20 - 15 = 5.
const days = JSON.stringify({
  calendar: { unit: "day", start: "2026-03-02", end: "2026-03-13" },
  items: [{ id: "A", source: "make", onHand: 5 }],
  firmPlannedOrders: [{ id: "M", item: "A", due: "2026-03-11", quantity: 20 }],
  demands: [
    { id: "SO1", item: "A", due: "2026-03-03", quantity: 3 },
    { id: "SO2", item: "A", due: "2026-03-12", quantity: 15 },
  ],
});

const files = { "shop.json": shop, "days.json": days, "bad.json": JSON.stringify({ calendar: { periods: 1 }, items: [{ id: "A", source: "make", consumption: { backward: -1 } }] }) };

function run(argv: string[], stdin?: string) {
  const io = memoryIO(files, stdin === undefined ? {} : { stdin });
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const p = (period: number, mps: number, customerOrders: number, discreteAtp: number, cumulativeAtp: number) => ({ period, mps, customerOrders, dependentDemand: 0, discreteAtp, cumulativeAtp });

describe("mrpkit atp", () => {
  it("prints { item, buckets } as JSON by default", () => {
    const r = run(["atp", "shop.json", "A"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toEqual({
      item: "A",
      buckets: [p(1, 0, 5, 15, 15), p(2, 30, 10, 5, 20), p(3, 0, 5, 0, 20), p(4, 30, 40, 0, 20), p(5, 0, 0, 0, 20), p(6, 30, 10, 20, 40)],
    });
  });

  it("reads standard input with -", () => {
    const r = run(["atp", "-", "A"], shop);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).buckets[5]).toEqual(p(6, 30, 10, 20, 40));
  });

  it("prints the grid with --format table, ATP only where it is computed", () => {
    const r = run(["atp", "shop.json", "A", "--format", "table"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        "Available to promise of A",
        "Period                 1   2   3   4   5   6",
        "Master schedule           30      30      30",
        "Customer orders        5  10   5  40      10",
        "Available to promise  15   5       0      20",
        "Cumulative ATP        15  20  20  20  20  40",
        "",
      ].join("\n"),
    );
  });

  it("buckets a day calendar by day in JSON and by week with --bucket week", () => {
    const daily = JSON.parse(run(["atp", "days.json", "A"]).out);
    expect(daily.buckets).toHaveLength(10);
    expect(daily.buckets[7]).toEqual({ start: "2026-03-11", mps: 20, customerOrders: 0, dependentDemand: 0, discreteAtp: 5, cumulativeAtp: 7 });
    expect(JSON.parse(run(["atp", "days.json", "A", "--bucket", "week"]).out)).toEqual({
      item: "A",
      buckets: [
        { start: "2026-03-02", mps: 0, customerOrders: 3, dependentDemand: 0, discreteAtp: 2, cumulativeAtp: 2 },
        { start: "2026-03-09", mps: 20, customerOrders: 15, dependentDemand: 0, discreteAtp: 5, cumulativeAtp: 7 },
      ],
    });
  });

  it("shows a day calendar's table by week unless asked for days", () => {
    const weekly = run(["atp", "days.json", "A", "--format", "table"]);
    expect(weekly.out.split("\n")[1]).toBe("Week of               2026-03-02  2026-03-09");
    const daily = run(["atp", "days.json", "A", "--format", "table", "--bucket", "day"]);
    expect(daily.out.split("\n")[1]!.startsWith("Day ")).toBe(true);
  });

  it("answers for a component sold as a spare part, its parents' orders as dependent demand", () => {
    const json = run(["atp", "shop.json", "B", "--format", "json"]);
    expect(json.code).toBe(0);
    const d = (period: number, mps: number, customerOrders: number, dependentDemand: number, discreteAtp: number, cumulativeAtp: number) => ({ period, mps, customerOrders, dependentDemand, discreteAtp, cumulativeAtp });
    expect(JSON.parse(json.out)).toEqual({
      item: "B",
      buckets: [d(1, 0, 0, 0, 8, 8), d(2, 40, 0, 30, 5, 13), d(3, 0, 5, 0, 0, 13), d(4, 40, 0, 30, 10, 23), d(5, 0, 0, 0, 0, 23), d(6, 40, 0, 30, 10, 33)],
    });
    const text = run(["atp", "shop.json", "B", "--format", "table"]);
    expect(text.code).toBe(0);
    expect(text.out).toBe(
      [
        "Available to promise of B",
        "Period                1   2   3   4   5   6",
        "Master schedule          40      40      40",
        "Customer orders               5",
        "Dependent demand         30      30      30",
        "Available to promise  8   5      10      10",
        "Cumulative ATP        8  13  13  23  23  33",
        "",
      ].join("\n"),
    );
  });

  it("refuses an unknown item with unknown_item, exit 1", () => {
    const r = run(["atp", "shop.json", "NOPE", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error.code).toBe("unknown_item");
  });

  it("lists the problems of an invalid model, exit 1", () => {
    const r = run(["atp", "bad.json", "A", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error.issues).toEqual([{ path: ["items", 0, "consumption", "backward"], code: "too_small", message: "consumption.backward must be >= 0" }]);
  });

  it("exits 2 on wrong use", () => {
    expect(run(["atp", "shop.json"]).code).toBe(2);
    expect(run(["atp", "shop.json", "A", "--format", "csv"]).code).toBe(2);
    expect(run(["atp", "shop.json", "A", "--bucket", "month"]).code).toBe(2);
    const r = run(["atp", "shop.json", "A", "--items", "A"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("mrpkit: unknown option --items for 'atp'\n");
  });

  it("is listed in --help", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("mrpkit atp <model.json> <item> [--bucket day|week] [--location L] [--format json|table] [-o FILE]");
  });
});
