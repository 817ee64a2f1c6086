/** Every command of a model with locations through runCli: `--location`, the network columns, the unknown location. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { memoryIO } from "../helpers/memoryIO.js";

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");

/** A lamp made at PLANT on ASSY (a work center there, 4 h a period), shipped to DC in one period. */
const plant = {
  calendar: { periods: 6 },
  locations: [{ id: "PLANT" }, { id: "DC" }],
  items: [
    { id: "LAMP", source: "make", leadTime: 2 },
    { id: "BULB", source: "buy", leadTime: 1, cost: { material: 2 } },
  ],
  bom: [{ parent: "LAMP", child: "BULB", quantity: 2 }],
  workCenters: [
    { id: "ASSY", capacity: 4, location: "PLANT", rate: 40 },
    { id: "PACK", capacity: 10 },
  ],
  routings: [{ item: "LAMP", operations: [{ seq: 10, workCenter: "ASSY", setup: 1, run: 0.5 }] }],
  sources: [
    { id: "S-DC", item: "LAMP", location: "DC", kind: "transfer", shipFrom: "PLANT", leadTime: 1 },
    { id: "S-MAKE", item: "LAMP", location: "PLANT", kind: "make" },
  ],
  demands: [
    { id: "D1", item: "LAMP", location: "DC", due: 2, quantity: 6 },
    { id: "D2", item: "LAMP", location: "DC", due: 5, quantity: 10 },
  ],
};

const files: Record<string, string> = {
  "network.json": example("network.json"),
  "workshop.json": example("workshop.json"),
  "plant.json": JSON.stringify(plant),
};

const run = (...argv: string[]) => {
  const io = memoryIO(files);
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
};
const lines = (...l: string[]) => l.join("\n") + "\n";

describe("mrpkit plan on a model with locations", () => {
  it("--item with --location is the item at that location; the orders table shows location, kind, source and where from", () => {
    const r = run("plan", "plant.json", "--format", "table", "--item", "LAMP", "--location", "DC");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(
      lines(
        "LAMP@DC  (LLC 0, S-DC: transfer from PLANT, lead time 1, on hand 0, safety stock 0, lot-for-lot)",
        "Period                  1  2  3   4   5  6",
        "Gross requirements         6         10",
        "Scheduled receipts",
        "Projected on hand       0  0  0   0   0  0",
        "Net requirements           6         10",
        "Planned order receipts     6         10",
        "Planned order releases  6        10",
        "",
        "Planned orders",
        "Order      Item  Location  Kind      Source  From   Quantity  Release  Due  Pegged to",
        "LAMP@DC#1  LAMP  DC        transfer  S-DC    PLANT         6        1    2  D1 6",
        "LAMP@DC#2  LAMP  DC        transfer  S-DC    PLANT        10        4    5  D2 10",
        "",
        "No action messages.",
      ),
    );
    // the same node named whole
    expect(run("plan", "plant.json", "--format", "table", "--item", "LAMP@DC").out).toBe(r.out);
  });

  it("--location alone keeps what is at the location: records, orders and messages", () => {
    const r = run("plan", "plant.json", "--format", "json", "--location", "PLANT");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { items: { id: string }[]; plannedOrders: { id: string; location: string }[]; exceptions: { ref: string; location: string }[] };
    expect(json.items.map((i) => i.id)).toEqual(["LAMP@PLANT", "BULB@PLANT"]);
    expect(json.plannedOrders.map((o) => o.id)).toEqual(["LAMP@PLANT#1", "LAMP@PLANT#2", "BULB@PLANT#1", "BULB@PLANT#2"]);
    expect(json.exceptions.map((e) => [e.ref, e.location])).toEqual([
      ["LAMP@PLANT#1", "PLANT"],
      ["BULB@PLANT#1", "PLANT"],
    ]);
    expect(run("plan", "plant.json", "--format", "csv", "--table", "exceptions", "--location", "DC").out).toBe("kind,item,location,ref,date,newDate,quantity,message\n");
  });

  it("--item naming an item without its location keeps it at every location", () => {
    const r = run("plan", "network.json", "--format", "csv", "--table", "orders", "--item", "LAMP");
    expect(r.out.split("\n")[0]).toBe("id,item,location,kind,source,supplier,shipFrom,quantity,release,due,firm,pegging");
    expect(new Set(r.out.trim().split("\n").slice(1).map((l) => l.split(",")[2]))).toEqual(new Set(["DC-EAST", "DC-WEST", "PLANT"]));
    expect(r.out).toContain("LAMP@DC-EAST#1,LAMP,DC-EAST,transfer,S-EAST,,PLANT,50,1,3,false,E3:15;E4:20;E5:10;E6:5\n");
  });

  it("the records CSV gives the item and its location apart", () => {
    const r = run("plan", "network.json", "--format", "csv", "--location", "DC-WEST");
    expect(r.out.split("\n").slice(0, 3)).toEqual([
      "item,location,lowLevelCode,period,grossRequirements,scheduledReceipts,projectedOnHand,netRequirements,plannedOrderReceipts,plannedOrderReleases",
      "LAMP,DC-WEST,0,1,15,0,15,0,0,0",
      "LAMP,DC-WEST,0,2,20,20,15,0,0,5",
    ]);
  });

  it("the release list has a transfer part, a location column and the ship-from location; --location keeps one location's", () => {
    expect(run("plan", "network.json", "--format", "releases", "--through", "3", "--location", "DC-WEST").out).toBe(
      lines(
        "Orders to release through period 3",
        "",
        "Buy: no orders",
        "",
        "Make: no orders",
        "",
        "Transfer: 2 orders",
        "Order           Item  Location  Ship from  Name       Quantity  UoM  Release  Due",
        "LAMP@DC-WEST#1  LAMP  DC-WEST   PLANT      Desk lamp         5  EA         2    3",
        "LAMP@DC-WEST#2  LAMP  DC-WEST   PLANT      Desk lamp        15  EA         3    4",
      ),
    );
    const json = JSON.parse(run("plan", "network.json", "--format", "json", "--list", "releases", "--location", "PLANT").out) as { buy: { id: string }[]; make: unknown[]; transfer: unknown[] };
    expect([json.buy.map((l) => l.id), json.make, json.transfer]).toEqual([["BULB@PLANT#1"], [], []]);
  });

  it("the demands at risk show the demand's location; a DC's order reaches the plant's late orders", () => {
    const r = run("plan", "plant.json", "--format", "at-risk");
    expect(r.out).toBe(
      lines(
        "Demands at risk: 1 (late in periods)",
        "Demand  Item  Location  Kind   Quantity  Due  Late  Expected  Cause         Late  Orders on the path",
        "D1      LAMP  DC        order         6    2     2         4  late-release     2  LAMP@DC#1 > LAMP@PLANT#1",
        "                                                              late-release     1  LAMP@DC#1 > LAMP@PLANT#1 > BULB@PLANT#1",
        "",
        "No capacity overloads.",
      ),
    );
    expect(JSON.parse(run("plan", "plant.json", "--format", "json", "--list", "at-risk", "--location", "PLANT").out)).toEqual({ demands: [], overloads: [] });
    expect(run("plan", "plant.json", "--format", "summary", "--location", "PLANT")).toEqual({
      code: 2,
      out: "",
      err: "mrpkit: --location does not apply to --format summary: the summary counts the whole model\n",
    });
  });
});

describe("the other commands on a model with locations", () => {
  it("capacity: --location keeps the work centers standing there; a located work center is named WORKCENTER@LOCATION", () => {
    // LAMP@PLANT#1: 1 + 6 x 0.5 = 4 h in period 1; LAMP@PLANT#2: 1 + 10 x 0.5 = 6 h over periods 2 and 3
    expect(run("capacity", "plant.json", "--format", "table", "--location", "PLANT").out).toBe(
      lines(
        "ASSY@PLANT  peak utilization 100%  0 overloaded buckets",
        "Period  Load  Available  Utilization  Status  Orders",
        "1          4          4         100%          LAMP@PLANT#1",
        "2          3          4          75%          LAMP@PLANT#2",
        "3          3          4          75%          LAMP@PLANT#2",
        "4          0          4           0%",
        "5          0          4           0%",
        "6          0          4           0%",
      ),
    );
    const csv = run("capacity", "plant.json", "--format", "csv").out.split("\n");
    expect(csv[0]).toBe("workCenter,location,period,load,available,utilization,overload,orders");
    expect(csv[1]).toBe("ASSY,PLANT,1,4,4,1,false,LAMP@PLANT#1");
    expect(csv[7]).toBe("PACK,,1,0,10,0,false,");
    expect(run("capacity", "plant.json", "--format", "table", "--location", "DC").out).toBe("no work centers at DC\n");
    expect(run("rough-cut", "plant.json", "--format", "csv", "--location", "PLANT").out).toBe(
      lines(
        "workCenter,location,period,load,available,utilization,overload,orders",
        "ASSY,PLANT,1,4,4,1,false,D1",
        "ASSY,PLANT,2,0,4,0,false,",
        "ASSY,PLANT,3,6,4,1.5,true,D2",
        "ASSY,PLANT,4,0,4,0,false,",
        "ASSY,PLANT,5,0,4,0,false,",
        "ASSY,PLANT,6,0,4,0,false,",
      ),
    );
  });

  it("level: --location keeps the work centers standing there and the orders planned there", () => {
    const all = JSON.parse(run("level", "plant.json").out) as { workCenters: { id: string }[]; operations: { order: string }[] };
    expect(all.workCenters.map((w) => w.id)).toEqual(["ASSY", "PACK"]);
    const here = JSON.parse(run("level", "plant.json", "--location", "PLANT").out) as typeof all;
    expect(here.workCenters.map((w) => w.id)).toEqual(["ASSY"]);
    expect(here.operations).toEqual(all.operations.filter((o) => o.order.startsWith("LAMP@PLANT#")));
    const dc = JSON.parse(run("level", "plant.json", "--location", "DC").out) as typeof all & { lateOrders: unknown[]; releases: unknown[] };
    expect([dc.workCenters, dc.operations, dc.lateOrders, dc.releases]).toEqual([[], [], [], []]);
    expect(run("level", "plant.json", "--location", "MOON").code).toBe(1);
  });

  it("atp, cost, explode and where-used take the item at --location", () => {
    expect(run("atp", "network.json", "LAMP", "--location", "DC-EAST", "--format", "table").out).toBe(
      lines(
        "Available to promise of LAMP@DC-EAST",
        "Period                 1   2   3   4   5   6   7   8",
        "Master schedule               50          50      50",
        "Customer orders       10  10  15  20  10  25  15  20",
        "Available to promise  20       5          10      30",
        "Cumulative ATP        20  20  25  25  25  35  35  65",
      ),
    );
    // LAMP: 2 bulbs at 2 + setup 1 h x 40 + run 0.5 h x 40 = 64, at the plant and at the DC it ships to
    expect(JSON.parse(run("cost", "plant.json", "--location", "DC").out)).toEqual({
      items: [{ id: "LAMP@DC", unitCost: 64, material: 4, setup: 40, labour: 20, outsourced: 0 }],
    });
    expect(run("cost", "plant.json", "LAMP", "--location", "DC", "--format", "table").out).toContain("Components\nItem        Quantity  Unit cost  Contribution\nLAMP@PLANT         1         64            64\n");
    expect(JSON.parse(run("cost", "plant.json", "LAMP").out).items.map((r: { id: string }) => r.id)).toEqual(["LAMP@DC", "LAMP@PLANT"]);
    expect(run("explode", "network.json", "LAMP", "--location", "DC-EAST").out).toBe(
      lines(
        "Indented explosion of LAMP@DC-EAST, quantity 1, as of period 1",
        "",
        "Level  Item          Qty per  Quantity  Phantom",
        "    1  LAMP@PLANT          1         1",
        "    2    BULB@PLANT        2         2",
      ),
    );
    expect(JSON.parse(run("where-used", "network.json", "BULB", "--location", "PLANT", "--format", "json").out).parents.map((p: { item: string }) => p.item)).toEqual(["LAMP@PLANT"]);
  });

  it("an unknown location gets the error contract, exit 1, in JSON or as text; a model without locations has none", () => {
    expect(run("plan", "network.json", "--location", "MARS", "--format", "json")).toEqual({
      code: 1,
      out: JSON.stringify({ error: { code: "unknown_location", message: 'unknown location "MARS": the model\'s locations are DC-EAST, DC-WEST, PLANT', issues: [] } }) + "\n",
      err: "",
    });
    expect(run("atp", "network.json", "LAMP", "--location", "MARS", "--format", "table")).toEqual({
      code: 1,
      out: "",
      err: 'mrpkit: unknown location "MARS": the model\'s locations are DC-EAST, DC-WEST, PLANT\n',
    });
    expect(run("capacity", "workshop.json", "--location", "PLANT").err).toBe('mrpkit: unknown location "PLANT": the model has no locations\n');
    for (const argv of [["cost", "workshop.json"], ["explode", "workshop.json", "CART"], ["where-used", "workshop.json", "TUBE"], ["rough-cut", "workshop.json"]]) {
      expect(run(...argv, "--location", "X").code).toBe(1);
    }
    // an item the location does not plan is an unknown item, named at the location
    expect(JSON.parse(run("plan", "network.json", "--item", "BULB", "--location", "DC-EAST", "--format", "json").out).error).toEqual({
      code: "unknown_item",
      message: 'unknown item "BULB@DC-EAST": the model has no item with this id',
      issues: [],
    });
  });

  it("a model without locations prints its tables as before: no location, kind or source columns", () => {
    const r = run("plan", "workshop.json", "--format", "csv", "--table", "orders");
    expect(r.out.split("\n")[0]).toBe("id,item,quantity,release,due,firm,pegging");
    expect(run("plan", "workshop.json", "--format", "releases").out).not.toContain("Location");
    expect(run("capacity", "workshop.json", "--format", "csv").out.split("\n")[0]).toBe("workCenter,period,load,available,utilization,overload,orders");
  });
});
