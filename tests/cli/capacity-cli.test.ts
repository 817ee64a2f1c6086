/** The `capacity` and `cost` commands, driven through runCli with an in-memory IO. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

const shop = JSON.stringify({
  calendar: { periods: 3 },
  items: [
    { id: "B", source: "make", leadTime: 1 },
    { id: "C", source: "make", leadTime: 1, cost: { material: 2 } },
  ],
  workCenters: [
    { id: "WC-U", capacity: 4, rate: 10 },
    { id: "WC-S", capacity: 8, changes: [{ from: 2, capacity: 2 }] },
  ],
  routings: [
    { item: "B", operations: [{ seq: 10, workCenter: "WC-S", run: 1 }] },
    { item: "C", operations: [{ seq: 10, workCenter: "WC-U", setup: 1, run: 0.5 }] },
  ],
  demands: [
    { id: "SO-B", item: "B", due: 3, quantity: 4 },
    { id: "SO-C", item: "C", due: 3, quantity: 6 },
  ],
});

const days = JSON.stringify({
  calendar: { unit: "day", start: "2026-01-08", end: "2026-01-13" },
  items: [{ id: "D", source: "make", leadTime: 1 }],
  workCenters: [{ id: "WC-D", capacity: 8 }],
  routings: [{ item: "D", operations: [{ seq: 10, workCenter: "WC-D", run: 1 }] }],
  demands: [{ id: "SO-D", item: "D", due: "2026-01-12", quantity: 4 }],
});

const files = new Map<string, string>([
  ["shop.json", shop],
  ["days.json", days],
  ["workshop.json", readFileSync(new URL("../../examples/workshop.json", import.meta.url), "utf8")],
  ["invalid.json", JSON.stringify({ calendar: { periods: 2 }, items: [{ id: "A", source: "make" }], routings: [{ item: "A", operations: [{ seq: 10, workCenter: "NOPE" }] }] })],
]);

function run(argv: string[]) {
  const io = memoryIO(Object.fromEntries(files), { today: "2026-01-05" });
  const code = runCli(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

// B#1: 4 h at period 2 on WC-S, cut to 2 h from period 2. C#1: 1 + 3 = 4 h at period 2 on WC-U.
const shopJson = {
  workCenters: [
    {
      id: "WC-S",
      peakUtilization: 2,
      buckets: [
        { period: 1, load: 0, available: 8, utilization: 0, orders: [] },
        { period: 2, load: 4, available: 2, utilization: 2, orders: ["B#1"] },
        { period: 3, load: 0, available: 2, utilization: 0, orders: [] },
      ],
      overloads: [{ period: 2, load: 4, available: 2, orders: ["B#1"] }],
    },
    {
      id: "WC-U",
      peakUtilization: 1,
      buckets: [
        { period: 1, load: 0, available: 4, utilization: 0, orders: [] },
        { period: 2, load: 4, available: 4, utilization: 1, orders: ["C#1"] },
        { period: 3, load: 0, available: 4, utilization: 0, orders: [] },
      ],
      overloads: [],
    },
  ],
};

describe("mrpkit capacity", () => {
  it("prints the load profile as JSON, bottleneck first", () => {
    const r = run(["capacity", "shop.json", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(shopJson);
  });

  it("prints JSON by default, with `start` in day calendars", () => {
    expect(JSON.parse(run(["capacity", "shop.json"]).stdout)).toEqual(shopJson);
    const r = run(["capacity", "days.json", "--bucket", "week"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      workCenters: [
        {
          id: "WC-D",
          peakUtilization: 0.25,
          buckets: [
            { start: "2026-01-05", load: 4, available: 16, utilization: 0.25, orders: ["D#1"] },
            { start: "2026-01-12", load: 0, available: 16, utilization: 0, orders: [] },
          ],
          overloads: [],
        },
      ],
    });
  });

  it("prints a readable load profile with overloads marked", () => {
    const r = run(["capacity", "shop.json", "--format", "table"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "WC-S  peak utilization 200%  (bottleneck)  1 overloaded bucket",
        "Period  Load  Available  Utilization  Status    Orders",
        "1          0          8           0%",
        "2          4          2         200%  OVERLOAD  B#1",
        "3          0          2           0%",
        "",
        "WC-U  peak utilization 100%  0 overloaded buckets",
        "Period  Load  Available  Utilization  Status  Orders",
        "1          0          4           0%",
        "2          4          4         100%          C#1",
        "3          0          4           0%",
        "",
      ].join("\n"),
    );
  });

  it("prints one CSV row per work center and bucket", () => {
    const r = run(["capacity", "shop.json", "--format", "csv"]);
    expect(r.stdout).toBe(
      "workCenter,period,load,available,utilization,overload,orders\n" +
        "WC-S,1,0,8,0,false,\nWC-S,2,4,2,2,true,B#1\nWC-S,3,0,2,0,false,\n" +
        "WC-U,1,0,4,0,false,\nWC-U,2,4,4,1,false,C#1\nWC-U,3,0,4,0,false,\n",
    );
  });

  it("ranks the workshop's welding cell first: its overload follows the capacity cut", () => {
    const r = run(["capacity", "workshop.json"]);
    const json = JSON.parse(r.stdout) as typeof shopJson;
    expect(json.workCenters.map((w) => [w.id, w.peakUtilization])).toEqual([
      ["WELD", 1.4],
      ["ASSY", 0.7],
      ["SAW", 0.4375],
    ]);
    expect(json.workCenters[0]!.overloads).toEqual([{ period: 5, load: 4.2, available: 3, orders: ["FRAME#3"] }]);
  });

  it("exits 1 with the problems of an invalid model", () => {
    const r = run(["capacity", "invalid.json", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const issues = (JSON.parse(r.stdout) as { error: { issues: { path: unknown[] }[] } }).error.issues;
    expect(issues.map((i) => i.path)).toEqual([["routings", 0, "operations", 0, "workCenter"]]);
  });

  it("exits 2 on wrong usage", () => {
    expect(run(["capacity"]).code).toBe(2);
    expect(run(["capacity", "shop.json", "--format", "xml"]).code).toBe(2);
    expect(run(["capacity", "shop.json", "--bucket", "month"]).code).toBe(2);
    expect(run(["capacity", "shop.json", "--nope", "1"]).code).toBe(2);
    expect(run(["capacity", "shop.json", "extra"]).code).toBe(2);
  });
});

describe("mrpkit cost", () => {
  it("prints every item's roll-up as JSON", () => {
    const r = run(["cost", "shop.json"]);
    expect(r.code).toBe(0);
    // C: material 2, setup 1 h x 10 / 1, labour 0.5 h x 10.
    expect(JSON.parse(r.stdout)).toEqual({
      items: [
        { id: "B", unitCost: 0, material: 0, setup: 0, labour: 0, outsourced: 0 },
        { id: "C", unitCost: 17, material: 2, setup: 10, labour: 5, outsourced: 0 },
      ],
    });
  });

  it("prints one item of the workshop as JSON, CSV and a table with levels and components", () => {
    expect(JSON.parse(run(["cost", "workshop.json", "CART", "--format", "json"]).stdout)).toEqual({
      items: [{ id: "CART", unitCost: 79.675, material: 19.6, setup: 8.425, labour: 49.25, outsourced: 2.4 }],
    });
    expect(run(["cost", "workshop.json", "CART", "--format", "csv"]).stdout).toBe("id,unitCost,material,setup,labour,outsourced\nCART,79.675,19.6,8.425,49.25,2.4\n");
    expect(run(["cost", "workshop.json", "CART", "--format", "table"]).stdout).toBe(
      [
        "Item  Unit cost  Material  Setup  Labour  Outsourced",
        "CART     79.675      19.6  8.425   49.25         2.4",
        "",
        "By level",
        "Level  Material  Setup  Labour  Outsourced   Total",
        "    0         0    4.3      14           0    18.3",
        "    1         7  4.125   35.25         2.4  48.775",
        "    2      12.6      0       0           0    12.6",
        "",
        "Components",
        "Item   Quantity  Unit cost  Contribution",
        "FRAME         1     54.375        54.375",
        "WHEEL         2        3.5             7",
        "",
      ].join("\n"),
    );
  });

  it("exits 1 for an unknown item, with the error as JSON", () => {
    const r = run(["cost", "shop.json", "NOPE", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: "unknown_item", message: 'unknown item "NOPE": the model has no item with this id', issues: [] } });
    expect(run(["cost", "invalid.json"]).code).toBe(1);
  });

  it("exits 2 on wrong usage", () => {
    expect(run(["cost"]).code).toBe(2);
    expect(run(["cost", "shop.json", "B", "C"]).code).toBe(2);
    expect(run(["cost", "shop.json", "--format", "xml"]).code).toBe(2);
  });
});
