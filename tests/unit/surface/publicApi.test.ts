/**
 * The public surface: the functions added for tools built on the library (the records of every
 * item, the plan-date formatter, the backward schedule by item id), the typed errors each bad
 * argument gets, the options-object call forms and the old names kept for the guides' readers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  allItemRecords,
  availableHours,
  backScheduleOrder,
  billOfResources,
  buildBillOfResources,
  capacity,
  computeAvailableHours,
  computeCumulativeLeadTime,
  computeLowLevelCodes,
  cumulativeLeadTime,
  defineModel,
  formatPlanDate,
  itemRecords,
  level,
  levelLoad,
  lowLevelCodes,
  MRP_RECORD_ROWS,
  MrpError,
  pegToDemands,
  plan,
  planCapacity,
  planRoughCutCapacity,
  planSummary,
  planToJson,
  replan,
  rollupCost,
  roughCutCapacity,
  summarizePlan,
  UnknownItemError,
  UnknownOrderError,
  UnknownWorkCenterError,
  InvalidOptionError,
  applyChanges,
  type PlanResult,
} from "../../../src/index.ts";

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(root(path), "utf8"));

const bicycle = defineModel(readJson("examples/bicycle.json"));
const workshop = defineModel(readJson("examples/workshop.json"));
const dayModel = defineModel({
  calendar: { unit: "day", start: "2026-03-06", end: "2026-03-20" },
  items: [{ id: "A", source: "make", leadTime: 1 }, { id: "B", source: "buy", leadTime: 2 }],
  bom: [{ parent: "A", child: "B", quantity: 2 }],
  demands: [{ id: "D1", item: "A", due: "2026-03-12", quantity: 5 }],
});

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("did not throw");
}

describe("allItemRecords", () => {
  it("gives every item's records in planning order, equal to itemRecords item by item", () => {
    const result = plan(bicycle);
    const all = allItemRecords(result);
    expect(all.map((r) => [r.id, r.lowLevelCode])).toEqual(result.items.map((i) => [i.id, i.lowLevelCode]));
    for (const r of all) expect(r.records).toEqual(itemRecords(result, r.id));
  });

  it("buckets by ISO week in a day calendar, as itemRecords does", () => {
    const result = plan(dayModel);
    const weeks = allItemRecords(result, { bucket: "week" });
    expect(weeks.map((r) => r.id)).toEqual(["A", "B"]);
    expect(weeks[0]!.records.map((r) => r.start)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(weeks[1]!.records).toEqual(itemRecords(result, "B", { bucket: "week" }));
    expect(weeks[0]!.records.reduce((s, r) => s + r.grossRequirements, 0)).toBe(5);
  });

  it("names the six rows of the grid in the classic order", () => {
    expect(MRP_RECORD_ROWS.map(([k]) => k)).toEqual([
      "grossRequirements",
      "scheduledReceipts",
      "projectedOnHand",
      "netRequirements",
      "plannedOrderReceipts",
      "plannedOrderReleases",
    ]);
  });
});

describe("formatPlanDate", () => {
  it("is the period number in a period calendar and the working day's ISO date in a day calendar", () => {
    expect(formatPlanDate(bicycle, 0)).toBe(1);
    expect(formatPlanDate(bicycle, 7)).toBe(8);
    // 2026-03-06 is a Friday: tick 1 is the Monday after
    expect(formatPlanDate(dayModel, 0)).toBe("2026-03-06");
    expect(formatPlanDate(dayModel, 1)).toBe("2026-03-09");
  });

  it("labels the planned orders' dates as the plan's JSON does", () => {
    const json = planToJson(plan(dayModel));
    const b = json.plannedOrders.find((o) => o.item === "B")!;
    // B's order is released 2 working days before A's release (2026-03-11): 2026-03-09, tick 1
    expect(b.release).toBe(formatPlanDate(dayModel, 1));
  });
});

describe("backScheduleOrder", () => {
  it("schedules by item id: 10 frames due at tick 6 are released at tick 4", () => {
    const s = backScheduleOrder(workshop, "FRAME", 10, 6);
    expect(s.release).toBe(4);
    expect(s.operations.map((o) => [o.seq, o.workCenter, o.runStart, o.runEnd, o.hours])).toEqual([
      [10, "SAW", 4, 5, 3],
      [20, "WELD", 5, 6, 5],
      [30, null, 6, 6, 0],
    ]);
  });

  it("refuses an unknown item, a negative quantity and a due tick that is not whole", () => {
    expect(thrown(() => backScheduleOrder(workshop, "NOPE", 1, 6))).toBeInstanceOf(UnknownItemError);
    expect(thrown(() => backScheduleOrder(workshop, "FRAME", -1, 6))).toMatchObject({ code: "invalid_quantity", details: { option: "quantity", value: -1 } });
    const e = thrown(() => backScheduleOrder(workshop, "FRAME", 1, 6.5));
    expect(e).toBeInstanceOf(InvalidOptionError);
    expect(e).toMatchObject({ code: "invalid_date", details: { option: "due", value: 6.5 } });
  });
});

describe("typed errors", () => {
  it("itemRecords: UnknownItemError for an item the model does not have", () => {
    const e = thrown(() => itemRecords(plan(bicycle), "unicycle"));
    expect(e).toBeInstanceOf(UnknownItemError);
    expect(e).toMatchObject({ code: "unknown_item", item: "unicycle", details: { item: "unicycle" } });
    expect((e as Error).message).toBe('unknown item "unicycle": the model has no item with this id');
  });

  it("pegToDemands: UnknownOrderError for an order the plan does not have", () => {
    const e = thrown(() => pegToDemands(plan(bicycle), "NOPE#1"));
    expect(e).toBeInstanceOf(UnknownOrderError);
    expect(e).toMatchObject({ name: "UnknownOrderError", code: "unknown_order", order: "NOPE#1", details: { order: "NOPE#1" } });
    expect((e as Error).message).toBe('unknown order "NOPE#1"');
  });

  it("computeAvailableHours: UnknownWorkCenterError for a work center the model does not have", () => {
    const e = thrown(() => computeAvailableHours(workshop, "LATHE"));
    expect(e).toBeInstanceOf(UnknownWorkCenterError);
    expect(e).toMatchObject({ name: "UnknownWorkCenterError", code: "unknown_work_center", workCenter: "LATHE" });
    expect((e as Error).message).toBe('unknown work center "LATHE"');
  });

  it("a value that plan() did not make is refused with an MrpError, not a TypeError", () => {
    const result = plan(bicycle);
    const fake = { ...result } as PlanResult;
    const e = thrown(() => summarizePlan(fake));
    expect(e).toBeInstanceOf(MrpError);
    expect(e).toMatchObject({ code: "not_a_plan_result", message: "not a plan result made by plan() or replan()" });
  });
});

describe("options objects", () => {
  it("rollupCost takes the item in its options; the positional form gives the same answer", () => {
    const byOptions = rollupCost(workshop, { item: "CART", date: 2 });
    expect(byOptions.map((r) => r.id)).toEqual(["CART"]);
    expect(byOptions[0]!.unitCost).toBe(79.675);
    expect(rollupCost(workshop, "CART", { date: 2 })).toEqual(byOptions);
    expect(rollupCost(workshop, {}).length).toBe(workshop.itemCount);
  });

  it("replan takes the patches and the limits in one options object", () => {
    const before = plan(bicycle);
    const { model: next, patches } = applyChanges(bicycle, (d) => void (d.demands[0]!.quantity += 10));
    expect(planToJson(replan(before, next, { patches }))).toEqual(planToJson(plan(next)));
    expect(planToJson(replan(before, next, { patches, maxOrdersPerItem: 1000, maxOrders: 10_000 }))).toEqual(planToJson(plan(next)));
    expect(() => replan(before, next, { patches, maxOrdersPerItem: 1 })).toThrow(expect.objectContaining({ code: "plan_limit" }) as Error);
  });
});

describe("the names the guides used stay, as the same functions", () => {
  it("each old name is the new function itself", () => {
    expect(capacity).toBe(planCapacity);
    expect(level).toBe(levelLoad);
    expect(roughCutCapacity).toBe(planRoughCutCapacity);
    expect(billOfResources).toBe(buildBillOfResources);
    expect(availableHours).toBe(computeAvailableHours);
    expect(cumulativeLeadTime).toBe(computeCumulativeLeadTime);
    expect(lowLevelCodes).toBe(computeLowLevelCodes);
    expect(planSummary).toBe(summarizePlan);
  });
});
