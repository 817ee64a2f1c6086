/**
 * No public function changes what it is given: models, plan results, JSON documents, CSV tables,
 * price books, requests and sales come back exactly as they went in. Plain JSON inputs are deeply
 * frozen (so a write throws); models and results, which hold typed arrays and maps, are compared
 * structurally before and after each call.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  applyChanges,
  computeAvailableHours,
  availableToPromise,
  buildBillOfResources,
  bomToDot,
  bomToMermaid,
  planCapacity,
  checkTerritories,
  compareScenarios,
  compilePriceBook,
  computeCumulativeLeadTime,
  defineModel,
  definePriceBook,
  explode,
  exportCsv,
  findItems,
  importCsv,
  itemRecords,
  levelLoad,
  computeLowLevelCodes,
  pegToDemands,
  plan,
  summarizePlan,
  planToJson,
  claimPriceProtection,
  quote,
  renderReport,
  replan,
  rollupCost,
  planRoughCutCapacity,
  safeCheckTerritories,
  safeDefineModel,
  safeDefinePriceBook,
  safeImportCsv,
  safeClaimPriceProtection,
  safeQuote,
  safeSettleRebate,
  backScheduleOrder,
  settleRebate,
  toCsv,
  findVolumeCliffs,
  whereUsed,
  type SalesLineInput,
} from "../../src/index.ts";
import { operationStart, scheduleOrder } from "../../src/routing/scheduleOrder.ts";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(root(path), "utf8"));

/** Freezes a JSON value and everything in it. */
function deepFreeze<T>(v: T): T {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/**
 * Everything observable in a value, as plain data: own properties (getters read), array and
 * typed-array elements, map and set entries; a value met twice is recorded as a reference to
 * its first path, so cycles (a result holds its model) are fine.
 */
function snapshot(x: unknown): unknown {
  const seen = new Map<object, string>();
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === "function") return "[function]";
    if (typeof v === "number" && !Number.isFinite(v)) return String(v);
    if (typeof v !== "object" || v === null) return v;
    const first = seen.get(v);
    if (first !== undefined) return { $ref: first };
    seen.set(v, path);
    if (ArrayBuffer.isView(v)) return { $typed: v.constructor.name, values: Array.from(v as unknown as ArrayLike<number>, (n, i) => walk(n, `${path}[${i}]`)) };
    if (v instanceof Map) return { $map: [...v].map(([k, e], i) => [walk(k, `${path}<key ${i}>`), walk(e, `${path}<${i}>`)]) };
    if (v instanceof Set) return { $set: [...v].map((e, i) => walk(e, `${path}<${i}>`)) };
    if (Array.isArray(v)) return v.map((e, i) => walk(e, `${path}[${i}]`));
    const out: Record<string, unknown> = {};
    for (const k of Reflect.ownKeys(v)) out[String(k)] = walk((v as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`);
    return out;
  };
  return walk(x, "$");
}

/** Runs `call` and asserts that none of `inputs` changed; returns what `call` returned. */
function unchanged<T>(inputs: readonly unknown[], call: () => T): T {
  const before = inputs.map(snapshot);
  const out = call();
  expect(inputs.map(snapshot)).toEqual(before);
  return out;
}

const bicycleJson = deepFreeze(readJson("examples/bicycle.json"));
const workshopJson = deepFreeze(readJson("examples/workshop.json"));
const bicycle = defineModel(bicycleJson);
const workshop = defineModel(workshopJson);
const bicyclePlan = plan(bicycle);
const workshopPlan = plan(workshop);

describe("model functions leave their input alone", () => {
  it("defineModel and safeDefineModel, on a valid and an invalid (frozen) document", () => {
    unchanged([bicycleJson], () => defineModel(bicycleJson));
    unchanged([workshopJson], () => safeDefineModel(workshopJson));
    const bad = deepFreeze({ calendar: { periods: 4 }, items: [{ id: "A", source: "make", leadTime: -1 }], bom: [{ parent: "A", child: "Z", quantity: 1 }] });
    expect(unchanged([bad], () => safeDefineModel(bad)).success).toBe(false);
  });

  it("importCsv and safeImportCsv", () => {
    const table = (name: string) => ({ file: `csv/${name}`, text: readFileSync(root(`examples/csv/${name}`), "utf8") });
    const tables = deepFreeze({
      items: table("items.csv"),
      bom: table("bom.csv"),
      routings: table("routings.csv"),
      workCenters: table("work-centers.csv"),
      stock: table("stock.csv"),
      receipts: table("receipts.csv"),
      demands: table("demands.csv"),
    });
    const options = deepFreeze({ calendar: { unit: "period" as const, periods: 8 } });
    unchanged([tables, options], () => importCsv(tables, options));
    unchanged([tables, options], () => safeImportCsv(tables, options));
  });

  it("the BOM services: explode, whereUsed, computeCumulativeLeadTime, findItems, computeLowLevelCodes", () => {
    const options = deepFreeze({ quantity: 3, summarized: true as const });
    unchanged([bicycle], () => explode(bicycle, "bicycle"));
    unchanged([bicycle, options], () => explode(bicycle, "bicycle", options));
    unchanged([bicycle], () => whereUsed(bicycle, "spokes", { multiLevel: true }));
    unchanged([bicycle], () => computeCumulativeLeadTime(bicycle, "bicycle"));
    unchanged([bicycle], () => findItems(bicycle, "frame"));
    unchanged([bicycle], () => computeLowLevelCodes(bicycle));
  });

  it("the BOM exports: bomToMermaid, bomToDot, exportCsv", () => {
    unchanged([bicycle], () => bomToMermaid(bicycle, "bicycle"));
    unchanged([bicycle], () => bomToDot(bicycle, "bicycle"));
    unchanged([workshop], () => exportCsv(workshop));
  });

  it("cost and routing: rollupCost, planRoughCutCapacity, buildBillOfResources, computeAvailableHours, backScheduleOrder, and the schedule inside", () => {
    unchanged([workshop], () => rollupCost(workshop));
    unchanged([workshop], () => rollupCost(workshop, { item: "CART", date: 2 }));
    unchanged([workshop], () => planRoughCutCapacity(workshop, { bucket: "week" }));
    unchanged([workshop], () => buildBillOfResources(workshop, "CART"));
    unchanged([workshop], () => computeAvailableHours(workshop, "WELD"));
    const schedule = unchanged([workshop], () => scheduleOrder(workshop, workshop.itemIndex.get("FRAME")!, 10, 6));
    unchanged([workshop, schedule], () => operationStart(schedule, 0));
    unchanged([workshop], () => backScheduleOrder(workshop, "FRAME", 10, 6));
  });

  it("plan", () => {
    unchanged([bicycle], () => plan(bicycle));
    unchanged([workshop], () => plan(workshop));
  });

  it("applyChanges: the model it starts from is not the one it edits", () => {
    const next = unchanged([workshop, workshopPlan], () =>
      applyChanges(workshop, (d) => {
        d.demands[0]!.quantity += 7;
        d.items[0]!.onHand = 3;
        d.bom.pop();
      }),
    );
    expect(next.model.data.demands[0]!.quantity).toBe(workshop.data.demands[0]!.quantity + 7);
  });

  it("replan: neither the previous plan, the next model nor the patches", () => {
    const { model: next, patches } = applyChanges(bicycle, (d) => {
      d.demands[0]!.quantity += 5;
    });
    unchanged([bicyclePlan, next, patches], () => replan(bicyclePlan, next, { patches }));
    unchanged([bicyclePlan, next], () => replan(bicyclePlan, next));
  });
});

describe("result functions leave the plan alone", () => {
  it("itemRecords, planToJson, summarizePlan", () => {
    unchanged([bicyclePlan], () => itemRecords(bicyclePlan, "bicycle"));
    unchanged([bicyclePlan], () => planToJson(bicyclePlan));
    unchanged([workshopPlan], () => planToJson(workshopPlan, { bucket: "week" }));
    unchanged([bicyclePlan], () => summarizePlan(bicyclePlan));
  });

  it("pegToDemands and availableToPromise", () => {
    for (const o of bicyclePlan.plannedOrders) unchanged([bicyclePlan], () => pegToDemands(bicyclePlan, o.id));
    unchanged([bicyclePlan], () => availableToPromise(bicyclePlan, "bicycle"));
  });

  it("planCapacity and levelLoad", () => {
    unchanged([workshopPlan], () => planCapacity(workshopPlan));
    unchanged([workshopPlan], () => levelLoad(workshopPlan, { bucket: "day" }));
  });

  it("compareScenarios: neither the base nor the scenario", () => {
    const scenario = plan(applyChanges(workshop, (d) => void d.demands.pop()).model);
    unchanged([workshopPlan, scenario], () => compareScenarios(workshopPlan, scenario));
  });

  it("renderReport", () => {
    unchanged([workshopPlan], () => renderReport(workshopPlan, { title: "Workshop", generated: "2026-03-02" }));
  });

  it("toCsv", () => {
    const header = deepFreeze(["item", "quantity"]);
    const rows = deepFreeze([["A", 1], ["B, C", 2.5]] as const);
    unchanged([header, rows], () => toCsv(header, rows));
  });
});

describe("pricing functions leave the book, requests and sales alone", () => {
  const bookJson = deepFreeze(readJson("examples/pricing/book.json"));
  const sales = deepFreeze(readJson("examples/pricing/sales.json") as SalesLineInput[]);
  const book = definePriceBook(bookJson);

  it("definePriceBook, safeDefinePriceBook, compilePriceBook", () => {
    unchanged([bookJson], () => definePriceBook(bookJson));
    unchanged([bookJson], () => safeDefinePriceBook(bookJson));
    unchanged([book], () => compilePriceBook(book));
  });

  it("quote, safeQuote and findVolumeCliffs, on the book and its compiled form", () => {
    const compiled = compilePriceBook(book);
    const request = deepFreeze({ sku: "ERP-STD", quantity: 6, channel: "list", date: "2026-03-01" });
    const regional = deepFreeze({ sku: "ERP-STD", quantity: 3, channel: "oem", region: "CN-ZJ-HZ", date: "2026-03-01" });
    for (const b of [book, compiled]) {
      unchanged([book, b, request], () => quote(b, request));
      unchanged([book, b, regional], () => safeQuote(b, regional, { trace: false }));
      unchanged([book, b], () => findVolumeCliffs(b, { sku: "ERP-STD", channel: "list", date: "2026-03-01" }));
    }
  });

  it("settleRebate, claimPriceProtection, checkTerritories and their safe twins", () => {
    const drop = deepFreeze({ sku: "ERP-STD", channel: "distributor", effective: "2026-07-01", oldPrice: "4.90", newPrice: "4.20" });
    const movements = deepFreeze([
      { sku: "ERP-STD", date: "2026-02-01", quantity: 100 },
      { sku: "ERP-STD", date: "2026-05-10", quantity: 50 },
      { sku: "ERP-STD", date: "2026-06-01", quantity: -70 },
    ]);
    unchanged([book, sales], () => settleRebate(book, "R2026", sales));
    unchanged([book, sales], () => safeSettleRebate(book, "R2026", sales));
    unchanged([book, drop, movements], () => claimPriceProtection(book, drop, movements));
    unchanged([book, drop, movements], () => safeClaimPriceProtection(book, drop, movements, { protectionDays: 30 }));
    unchanged([book, sales], () => checkTerritories(book, sales));
    unchanged([book, sales], () => safeCheckTerritories(book, sales));
  });
});

describe("the check itself", () => {
  it("notices a change inside typed arrays, maps and shared objects, and a frozen document refuses writes", () => {
    const shared = { x: 1 };
    const value = { ticks: new Int32Array([1, 2]), byId: new Map([["A", shared]]), again: shared };
    const before = snapshot(value);
    value.ticks[1] = 3;
    expect(snapshot(value)).not.toEqual(before);
    value.ticks[1] = 2;
    expect(snapshot(value)).toEqual(before);
    shared.x = 2;
    expect(snapshot(value)).not.toEqual(before);
    expect(() => {
      (workshopJson as { calendar: { periods: number } }).calendar.periods = 9;
    }).toThrow(TypeError);
  });
});
