/** The `rough-cut`, `level`, `price-protection` and `territories` commands, through runCli with an in-memory IO. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { checkTerritories, defineModel, definePriceBook, levelLoad, plan, claimPriceProtection, planRoughCutCapacity } from "../../src/index.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

const example = (path: string) => readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8");

const late = JSON.stringify({
  calendar: { periods: 3 },
  items: [{ id: "A", source: "make", leadTime: 1 }],
  workCenters: [{ id: "WC", capacity: 2 }],
  routings: [{ item: "A", operations: [{ seq: 10, workCenter: "WC", run: 3 }] }],
  demands: [{ id: "SO-1", item: "A", due: 2, quantity: 2 }],
});

const files: Record<string, string> = {
  "workshop.json": example("workshop.json"),
  "late.json": late,
  // PO-7 of 63 instead of 60: enough tube for FRAME#3 to start two periods earlier
  "workshop63.json": JSON.stringify({ ...(JSON.parse(example("workshop.json")) as object), scheduledReceipts: [{ id: "PO-7", item: "TUBE", due: 2, quantity: 63 }] }),
  "book.json": example("pricing/book.json"),
  "sales.json": example("pricing/sales.json"),
  "movements.json": example("pricing/movements.json"),
};

function run(argv: string[]) {
  const io = memoryIO(files);
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + "\n";

describe("mrpkit rough-cut", () => {
  it("prints the library's rough-cut capacity as JSON", () => {
    const r = run(["rough-cut", "workshop.json"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(json({ workCenters: planRoughCutCapacity(defineModel(JSON.parse(files["workshop.json"]!))).workCenters }));
  });

  it("prints the master schedule's load per work center as a table and as CSV", () => {
    const t = run(["rough-cut", "workshop.json", "--format", "table"]);
    expect(t.out.split("\n").slice(0, 7)).toEqual([
      "WELD  peak utilization 140%  (bottleneck)  1 overloaded bucket",
      "Period  Load  Available  Utilization  Status    Orders",
      "1          0          6           0%",
      "2          5          6        83.3%            SO-1",
      "3          0          6           0%",
      "4        5.8          6        96.7%            SO-2",
      "5        4.2          3         140%  OVERLOAD  SO-3",
    ]);
    const c = run(["rough-cut", "workshop.json", "--format", "csv"]);
    expect(c.out.split("\n").slice(0, 3)).toEqual(["workCenter,period,load,available,utilization,overload,orders", "WELD,1,0,6,0,false,", "WELD,2,5,6,0.833333333,false,SO-1"]);
  });
});

describe("mrpkit level", () => {
  it("prints the library's leveling as JSON", () => {
    const r = run(["level", "workshop.json"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(json(levelLoad(plan(defineModel(JSON.parse(files["workshop.json"]!))))));
  });

  it("holds FRAME#3 back: the tube it would take earlier is FRAME#2's", () => {
    const t = run(["level", "workshop.json", "--format", "table"]);
    expect(t.out).toContain(
      [
        "Operations moved or not placed",
        "Order    Item   Seq  Work center  Hours  From  To  Unplaced  Reason",
        "FRAME#3  FRAME   20  WELD           4.2     5   5       1.2  material",
        "",
        "Held back by material",
        "Order    Item   Seq  Work center  Component  Quantity  Earliest  Unplaced",
        "FRAME#3  FRAME   20  WELD         TUBE           25.2         5       1.2",
        "",
        "Unplaced hours: 1.2",
        "",
        "Late orders",
        "Order    Item   Due  Unplaced  Reason",
        "FRAME#3  FRAME    6       1.2  material",
        "",
      ].join("\n"),
    );
    expect(t.out).not.toContain("Releases moved earlier");
    expect(t.out).not.toContain("OVERLOAD");
    expect(run(["level", "workshop.json", "--format", "csv"]).out).toBe("order,item,seq,workCenter,hours,from,to,unplaced,reason\nFRAME#3,FRAME,20,WELD,4.2,5,5,1.2,material\n");
    expect(run(["level", "workshop.json", "--format", "csv", "--table", "holds"]).out).toBe(
      "order,item,seq,workCenter,component,quantity,earliest,unplaced\nFRAME#3,FRAME,20,WELD,TUBE,25.2,5,1.2\n",
    );
  });

  it("lists the moved operations and releases when the tube covers both frames: FRAME#3 two periods earlier", () => {
    const t = run(["level", "workshop63.json", "--format", "table"]);
    expect(t.out).toContain(
      [
        "Operations moved or not placed",
        "Order    Item   Seq  Work center  Hours  From  To  Unplaced  Reason",
        "FRAME#3  FRAME   10  SAW            2.5     4   2         0",
        "FRAME#3  FRAME   20  WELD           4.2     5   3         0",
        "",
        "Releases moved earlier",
        "Order    Item   From  To",
        "FRAME#3  FRAME     4   2",
        "",
        "Unplaced hours: 0",
        "",
      ].join("\n"),
    );
    expect(t.out).not.toContain("Late orders");
    expect(t.out).not.toContain("Held back by material");
    expect(run(["level", "workshop63.json", "--format", "csv", "--table", "releases"]).out).toBe("order,item,from,to\nFRAME#3,FRAME,4,2\n");
  });

  it("reports the hours it cannot place and the orders that will be late", () => {
    const t = run(["level", "late.json", "--format", "table"]);
    expect(t.out).toContain("Unplaced hours: 4\n\nLate orders\nOrder  Item  Due  Unplaced  Reason\nA#1    A       2         4  capacity\n");
    expect(run(["level", "late.json", "--format", "csv", "--table", "late"]).out).toBe("order,item,due,unplaced,reason\nA#1,A,2,4,capacity\n");
    expect(run(["level", "late.json", "--format", "csv", "--table", "load"]).out).toBe(
      "workCenter,period,load,available,utilization,overload,orders\nWC,1,2,2,1,false,A#1\nWC,2,0,2,0,false,\nWC,3,0,2,0,false,\n",
    );
  });

  it("refuses --table without --format csv", () => {
    expect(run(["level", "late.json", "--table", "late"])).toEqual({ code: 2, out: "", err: "mrpkit: --table applies to --format csv only\n" });
  });
});

describe("mrpkit price-protection", () => {
  const args = ["price-protection", "book.json", "movements.json", "--sku", "ERP-STD", "--channel", "distributor", "--effective", "2026-07-01", "--old-price", "4.90", "--new-price", "4.20"];

  it("prints the claim: 0.70 off on the 50 units bought in the window and still held", () => {
    const r = run(args);
    expect([r.code, r.err]).toEqual([0, ""]);
    const book = definePriceBook(JSON.parse(files["book.json"]!));
    const drop = { sku: "ERP-STD", channel: "distributor", effective: "2026-07-01", oldPrice: "4.90", newPrice: "4.20" };
    expect(r.out).toBe(json(claimPriceProtection(book, drop, JSON.parse(files["movements.json"]!))));
    expect(JSON.parse(r.out)).toMatchObject({ stock: "80", boughtInWindow: "50", eligibleQuantity: "50", claim: "35.00" });
    expect(run([...args, "--format", "table"]).out).toBe(
      [
        "sku               ERP-STD",
        "channel           distributor",
        "effective         2026-07-01",
        "window            2026-04-02 to 2026-07-01 (90 days)",
        "price drop        0.70",
        "stock             80",
        "bought in window  50",
        "eligible          50",
        "claim             35.00",
        "",
      ].join("\n"),
    );
  });

  it("reads the prices from the book when they are not given, in the drop's region", () => {
    const bare = args.slice(0, 9);
    // list ERP-STD from 2026-01-01: 6.00 above 10 units, from 2026-07-01: 5.00; distributor 30 % off:
    // 4.20 → 3.50 on the 50 eligible units, 35.00
    const r = run(bare);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(JSON.parse(r.out)).toMatchObject({ oldPrice: "4.20", newPrice: "3.50", oldPriceFrom: "book", newPriceFrom: "book", priceDrop: "0.70", claim: "35.00" });
    expect(run([...bare, "--format", "table"]).out).toContain("old price         4.20 (from the book)\nnew price         3.50 (from the book)\nprice drop        0.70\n");
    // in CN-ZJ the distributor's own region price 4.50 holds on both days: nothing to claim
    expect(JSON.parse(run([...bare, "--region", "CN-ZJ-HZ"]).out)).toMatchObject({ oldPrice: "4.50", newPrice: "4.50", claim: "0.00" });
    // a given old price is kept: 50 × (4.90 − 3.50) = 70.00
    expect(JSON.parse(run([...bare, "--old-price", "4.90"]).out)).toMatchObject({ oldPrice: "4.90", oldPriceFrom: "given", newPrice: "3.50", claim: "70.00" });
  });

  it("honours --protection-days: a window of 200 days protects the February purchase too", () => {
    const r = run([...args, "--protection-days", "200"]);
    expect(JSON.parse(r.out)).toMatchObject({ protectionDays: 200, windowFrom: "2025-12-13", boughtInWindow: "150", eligibleQuantity: "80", claim: "56.00" });
  });

  it("refuses bad options with exit 2 and an unknown channel with exit 1", () => {
    expect(run([...args, "--protection-days", "2.5"]).err).toBe("mrpkit: --protection-days must be a whole number (got '2.5')\n");
    expect(run([...args.slice(0, 8), "2026-13-01", ...args.slice(9)]).err).toBe("mrpkit: --effective must be a real date YYYY-MM-DD (got '2026-13-01')\n");
    expect(run(args.slice(0, 7)).err).toMatch(/^mrpkit: option --effective is required\nusage: mrpkit price-protection <book.json> <movements.json> --sku S --channel C --effective YYYY-MM-DD \[--old-price P\] \[--new-price P\] \[--region R\] \[--protection-days N\]/);
    expect(run([...args, "--region", "cn zj"]).err).toBe("mrpkit: --region must be a region code such as CN-ZJ (got 'cn zj')\n");
    const r = run([...args.slice(0, 6), "nope", ...args.slice(7), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error.code).toBe("unknown_channel");
  });
});

describe("mrpkit territories", () => {
  it("prints the library's territory report as JSON", () => {
    const r = run(["territories", "book.json", "sales.json"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(json(checkTerritories(definePriceBook(JSON.parse(files["book.json"]!)), JSON.parse(files["sales.json"]!))));
  });

  it("lists the cross-territory sales by line number (from 1) as a table, and as CSV by index", () => {
    expect(run(["territories", "book.json", "sales.json", "--format", "table"]).out).toBe(
      [
        "8 sales lines checked, 0 without a region; 4 cross-territory sales",
        "",
        "line  id        partner  sku      date        region    reason          holders  exclusive",
        "   4  INV-1004  P1       ERP-STD  2026-09-15  CN-JS-SZ  outside_grants  P2       P2",
        "   6  INV-1006  P2       MES-PRO  2026-08-08  CN-ZJ-HZ  outside_grants  P1       P1",
        "   7  INV-1007  P3       MES-PRO  2026-10-01  CN-SH     no_grant",
        "   8  INV-0999  P1       ERP-STD  2025-12-30  CN-ZJ-HZ  no_grant",
        "",
      ].join("\n"),
    );
    expect(run(["territories", "book.json", "sales.json", "--format", "csv"]).out.split("\n").slice(0, 2)).toEqual([
      "index,id,partner,sku,date,region,reason,holders,exclusiveHolder",
      "3,INV-1004,P1,ERP-STD,2026-09-15,CN-JS-SZ,outside_grants,P2,P2",
    ]);
  });

  it("exits 1 for sales that are not an array", () => {
    expect(run(["territories", "book.json", "book.json"])).toEqual({ code: 1, out: "", err: "mrpkit: book.json: expected a JSON array of sales lines\n" });
  });
});
