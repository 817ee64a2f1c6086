/** `mrpkit plan --format at-risk` and `--format releases` through runCli: tables, JSON, -o, usage errors. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { memoryIO } from "../helpers/memoryIO.js";

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");
const files: Record<string, string> = {
  "bicycle.json": example("bicycle.json"),
  "workshop.json": example("workshop.json"),
  "days.json": JSON.stringify({
    calendar: { unit: "day", start: "2026-03-02", end: "2026-03-31" },
    items: [
      { id: "A", source: "make", leadTime: 2 },
      { id: "B", source: "buy", leadTime: 3, uom: "KG", attributes: { supplier: "ACME" } },
    ],
    bom: [{ parent: "A", child: "B", quantity: 2 }],
    demands: [
      { id: "SO-1", item: "A", due: "2026-02-27", quantity: 5, attributes: { customer: "Kiosk" } },
      { id: "SO-2", item: "A", due: "2026-03-20", quantity: 2 },
    ],
  }),
};

const run = (argv: string[]) => {
  const io = memoryIO(files);
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err(), written: io.written };
};

describe("mrpkit plan --format at-risk", () => {
  it("lists the workshop's carts at risk from the late tube order, one row per path, and the welding overload", () => {
    const r = run(["plan", "workshop.json", "--format", "at-risk"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(
      [
        "Demands at risk: 2 (late in periods)",
        "Demand  Item  Kind   Quantity  Due  Late  Expected  Cause         Late  Orders on the path",
        "SO-1    CART  order        10    5     1         6  late-release     1  CART#1 > FPO-1 > TUBE#1",
        "                                                    late-release     1  CART#1 > FRAME#1 > TUBE#1",
        "SO-2    CART  order        12    7     1         8  late-release     1  CART#2 > FRAME#2 > TUBE#1",
        "",
        "Capacity overloads: 1",
        "Work center  Period  Load  Available  Orders",
        "WELD              5   4.2          3  FRAME#3",
        "",
      ].join("\n"),
    );
  });

  it("shows no capacity section for a model without routings, and counts working days in a day calendar", () => {
    const r = run(["plan", "days.json", "--format", "at-risk"]);
    expect(r.code).toBe(0);
    // SO-1 was due Friday 02-27, the working day before the start, so it is planned Monday 03-02.
    // A#1 should have been released 2 working days before that, and B#1 (lead time 3), needed at
    // A#1's release, 3 working days before: 3 days from Monday is Thursday 03-05, 4 after its due date
    expect(r.out).toBe(
      [
        "Demands at risk: 1 (late in working days)",
        "Demand  Item  Kind   Quantity         Due  Late    Expected  Cause            Late  Orders on the path",
        "SO-1    A     order         5  2026-02-27     4  2026-03-05  late-release        3  A#1 > B#1",
        "                                                             late-release        2  A#1",
        "                                                             past-due-demand     1  SO-1",
        "",
      ].join("\n"),
    );
  });

  it("prints the document as JSON with --list at-risk, overloads included", () => {
    const r = run(["plan", "workshop.json", "--format", "json", "--list", "at-risk"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.demands.map((d: { demand: string; expected: number }) => [d.demand, d.expected])).toEqual([
      ["SO-1", 6],
      ["SO-2", 8],
    ]);
    expect(json.overloads).toEqual([
      { kind: "overload", workCenter: "WELD", period: 5, load: 4.2, available: 3, orders: ["FRAME#3"], message: "WELD: overloaded at period 5: load 4.2 h, available 3 h (140%); orders FRAME#3" },
    ]);
  });

  it("says so when nothing is at risk", () => {
    files["healthy.json"] = JSON.stringify({ calendar: { periods: 4 }, items: [{ id: "A", source: "buy", leadTime: 1 }], demands: [{ id: "SO-1", item: "A", due: 3, quantity: 1 }] });
    expect(run(["plan", "healthy.json", "--format", "at-risk"]).out).toBe("No demands at risk.\n");
  });
});

describe("mrpkit plan --format releases", () => {
  it("lists the workshop's orders released in period 1, bought apart from made", () => {
    const r = run(["plan", "workshop.json", "--format", "releases"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(
      [
        "Orders to release through period 1",
        "",
        "Buy: 2 orders",
        "Order    Item   Name            Quantity  UoM  Release  Due",
        "TUBE#1   TUBE   Steel tube 1 m        32  EA         1    1",
        "WHEEL#1  WHEEL  Wheel 200 mm          20  EA         1    3",
        "",
        "Make: 2 orders",
        "Order    Item   Name          Quantity  UoM  Release  Due  Firm",
        "FPO-1    FRAME  Welded frame         6  EA         1    3  firm",
        "FRAME#1  FRAME  Welded frame         4  EA         1    3",
        "",
      ].join("\n"),
    );
  });

  it("lists through a date, with the unit of measure and the supplier from the item's attributes", () => {
    // A#2 (2 for SO-2, due Friday 03-20) is released Wednesday 03-18; B#2 (4 KG) is due then,
    // released 3 working days before: Friday 03-13. A Sunday counts as the Friday before it.
    const r = run(["plan", "days.json", "--format", "releases", "--through", "2026-03-15"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        "Orders to release through 2026-03-15",
        "",
        "Buy: 2 orders",
        "Order  Item  Quantity  UoM     Release         Due  Attributes",
        "B#1    B           10  KG   2026-03-02  2026-03-02  supplier=ACME",
        "B#2    B            4  KG   2026-03-13  2026-03-18  supplier=ACME",
        "",
        "Make: 1 order",
        "Order  Item  Quantity  UoM     Release         Due",
        "A#1    A            5  EA   2026-03-02  2026-03-02",
        "",
      ].join("\n"),
    );
    expect(JSON.parse(run(["plan", "days.json", "--format", "json", "--list", "releases"]).out)).toEqual({
      through: "2026-03-02",
      buy: [{ id: "B#1", item: "B", quantity: 10, uom: "KG", release: "2026-03-02", due: "2026-03-02", attributes: { supplier: "ACME" } }],
      make: [{ id: "A#1", item: "A", quantity: 5, uom: "EA", release: "2026-03-02", due: "2026-03-02" }],
    });
  });

  it.each([
    [["releases"], "Orders to release through period 1"],
    [["at-risk"], "Demands at risk: 3"],
  ])("-o writes the %s list and prints nothing", ([format], first) => {
    const plain = run(["plan", "bicycle.json", "--format", format!]);
    const to = run(["plan", "bicycle.json", "--format", format!, "-o", "out.txt"]);
    expect([to.code, to.out, to.err]).toEqual([0, "", ""]);
    expect(to.written.get("out.txt")).toBe(plain.out);
    expect(plain.out.startsWith(first)).toBe(true);
  });
});

describe("mrpkit plan: the lists' usage errors", () => {
  it.each([
    [["--format", "releases", "--through", "soon"], "mrpkit: --through must be a period number: the model's calendar counts periods (got 'soon')\n"],
    [["--format", "releases", "--through", "1.5"], "mrpkit: --through must be a period number: the model's calendar counts periods (got '1.5')\n"],
    [["--format", "at-risk", "--through", "3"], "mrpkit: --through applies to the release list only (--format releases, or --format json --list releases)\n"],
    [["--format", "table", "--through", "3"], "mrpkit: --through applies to the release list only (--format releases, or --format json --list releases)\n"],
    [["--format", "csv", "--list", "releases"], "mrpkit: --list applies to --format json only (--format at-risk and --format releases print the lists as tables)\n"],
    [["--format", "json", "--list", "orders"], null],
    [["--format", "at-risk", "--item", "wheel"], "mrpkit: --item does not apply to the demands at risk or the release list: they cover the whole model\n"],
    [["--format", "releases", "--bucket", "week"], "mrpkit: --bucket does not apply to the release list (--through sets its last date)\n"],
  ])("plan bicycle.json %j exits 2", (argv, message) => {
    const r = run(["plan", "bicycle.json", ...argv]);
    expect(r.code).toBe(2);
    if (message === null) expect(JSON.parse(r.out)).toEqual({ error: { code: "usage", message: "--list must be one of at-risk, releases (got 'orders')", issues: [] } });
    else expect(r.err).toBe(message);
  });

  it("refuses a day that is not a real date", () => {
    const r = run(["plan", "days.json", "--format", "releases", "--through", "2026-02-30"]);
    expect([r.code, r.err]).toEqual([2, 'mrpkit: --through: "2026-02-30" is not a real date (expected "YYYY-MM-DD")\n']);
  });
});
