/**
 * Hostile but valid input: random models built from extreme values (0, 1e-12, 1e15, 1e300,
 * 2^31 - 1, empty and one-day calendars) go through every service. Each case runs in a worker
 * with a deadline and a heap limit, and must end either in a located MrpError or in results with
 * only finite numbers: never a hang, an abort, `Infinity` or `NaN`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inWorker } from "../helpers/inWorker.js";

/** Extreme values inside the model's ranges. */
const quantity = fc.constantFrom<number>(0, 1e-12, 0.5, 1, 7, 1e15);
const positive = fc.constantFrom<number>(1e-12, 0.5, 1, 7, 1e15);
const whole = fc.constantFrom<number>(1, 7, 1e15);
const ticks = fc.constantFrom<number>(0, 1, 2, 10_000);
/** Values outside the ranges: one of them replaces one field of some models. */
const outOfRange = fc.constantFrom(1e300, 2 ** 31 - 1, 1e15 + 2, 10_001);

const calendarArb = fc.constantFrom<object>(
  { periods: 1 },
  { periods: 4 },
  { periods: 400 },
  { unit: "day", start: "2026-01-10" }, // a Saturday, no end: no working day unless a date extends it
  { unit: "day", start: "2026-01-12", end: "2026-01-12" }, // one day
  { unit: "day", start: "2026-01-12", end: "2026-01-12", holidays: ["2026-01-12"] }, // its only day a holiday
  { unit: "day", start: "2026-01-05", end: "2026-02-27", workdays: [3], holidays: [] },
);

const lotArb = fc.oneof(
  fc.constant({ rule: "lot-for-lot" }),
  whole.map((q) => ({ rule: "fixed", quantity: q })),
  fc.constant({ rule: "eoq" }),
  fc.constant({ rule: "poq" }),
  fc.constant({ rule: "wagner-whitin" }),
  fc.constant({ rule: "silver-meal" }),
  fc.constantFrom(1, 2, 10_000).map((periods) => ({ rule: "periods-of-supply", periods })),
  fc.constantFrom(0, 1).chain((min) => fc.constantFrom(7, 1e15).map((max) => ({ rule: "min-max", min, max }))),
);

const itemArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    source: fc.constantFrom("make", "buy"),
    leadTime: ticks,
    safetyLeadTime: ticks,
    onHand: quantity,
    safetyStock: quantity,
    decimals: fc.constantFrom(0, 9),
    lotSizing: lotArb,
    orderModifiers: fc.record({ minimum: fc.constantFrom(0, 1), maximum: fc.constantFrom(null, 1, 1e15) }),
    cost: fc.record({ material: quantity, setup: positive, holding: positive }),
    leadTimeFrom: fc.constantFrom("item", "routing"),
  });

/** A three-item chain A -> B -> C with extreme BOM quantities, one work center, routings, demands and an open order. */
const modelArb = fc
  .record({
    calendar: calendarArb,
    items: fc.tuple(itemArb("A"), itemArb("B"), itemArb("C")),
    qty: fc.tuple(positive, positive),
    offset: fc.constantFrom(0, -1, 3, -10_000, 10_000),
    capacity: quantity,
    run: quantity,
    demand: positive,
    due: fc.constantFrom(1, 3, 1_000_000),
    receipt: positive,
    spoil: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom("onHand", "leadTime", "capacity", "bom", "demand"), outOfRange) }),
  })
  .map((r) => {
    const day = "unit" in r.calendar;
    const date = (p: number) => (day ? (p === 1 ? "2026-01-12" : p === 3 ? "2026-01-16" : "2099-12-31") : p);
    const items = r.items.map((it) => ({ ...it }));
    const model = {
      calendar: r.calendar,
      items,
      bom: [
        { parent: "A", child: "B", quantity: r.qty[0], offset: r.offset },
        { parent: "B", child: "C", quantity: r.qty[1] },
      ],
      workCenters: [{ id: "W", capacity: r.capacity }],
      routings: ["A", "B", "C"].map((item) => ({ item, operations: [{ seq: 10, workCenter: "W", run: r.run, setup: 1 }] })),
      scheduledReceipts: [{ id: "PO", item: "C", due: date(1), quantity: r.receipt }],
      demands: [
        { id: "SO", item: "A", due: date(r.due), quantity: r.demand },
        { id: "FC", item: "A", due: date(3), quantity: r.demand, kind: "forecast" },
      ],
    };
    if (r.spoil !== null) {
      const [field, v] = r.spoil;
      if (field === "onHand") items[2]!.onHand = v;
      if (field === "leadTime") items[1]!.leadTime = v;
      if (field === "capacity") model.workCenters[0]!.capacity = v;
      if (field === "bom") model.bom[0]!.quantity = v;
      if (field === "demand") model.demands[0]!.quantity = v;
    }
    return model;
  });

/**
 * The worker's body: every service in turn; the first MrpError ends the case (reported with
 * whether it is located), otherwise the paths of any non-finite number in the results.
 */
const BODY = `
  const bad = [];
  const scan = (v, path) => {
    if (typeof v === "number") { if (!Number.isFinite(v)) bad.push(path); return; }
    if (typeof v === "string") { if (/\\b(?:NaN|Infinity)\\b/.test(v)) bad.push(path + " (text)"); return; }
    if (v === null || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) scan(x, path + "." + k);
  };
  const located = (e) => {
    if (!(e instanceof lib.MrpError)) return false;
    if (Array.isArray(e.issues)) return e.issues.length > 0 && e.issues.every((i) => Array.isArray(i.path) || (i.file !== undefined));
    return typeof e.code === "string" && e.code.length > 0;
  };
  const step = (name, f) => {
    try { return f(); }
    catch (e) { throw Object.assign(new Error(name), { inner: e }); }
  };
  try {
    const json = input.model;
    const model = step("defineModel", () => lib.defineModel(json));
    const result = step("plan", () => lib.plan(model));
    scan(lib.planToJson(result), "planToJson");
    const next = step("defineModel(next)", () => lib.defineModel({ ...json, demands: json.demands.map((d) => ({ ...d, quantity: d.quantity / 2 })) }));
    scan(lib.planToJson(step("replan", () => lib.replan(result, next))), "replan");
    scan(step("capacity", () => lib.planCapacity(result)), "capacity");
    scan(step("level", () => lib.levelLoad(result)), "level");
    scan(step("rollupCost", () => lib.rollupCost(model)), "rollupCost");
    scan(step("renderReport", () => lib.renderReport(result)), "renderReport");
    const back = step("importCsv", () => lib.defineModel(lib.importCsv(lib.exportCsv(model))));
    if (JSON.stringify(back.data) !== JSON.stringify(model.data)) bad.push("importCsv(exportCsv(model)) differs");
    const book = lib.definePriceBook({ currency: "USD", rounding: "half-even", channels: [{ id: "list" }], prices: [{ sku: "A", channel: "list", tiersMode: "graduated", tiers: [{ upTo: 10, unitAmount: "1.50", flatAmount: "0" }, { upTo: null, unitAmount: "0.25", flatAmount: "0" }] }] });
    scan(step("quote", () => lib.quote(book, { sku: "A", channel: "list", date: "2026-01-12", quantity: input.quoteQty })), "quote");
    return { ok: true, bad };
  } catch (w) {
    const e = w.inner ?? w;
    return { ok: false, step: w.message, name: e && e.name, code: e && e.code, located: located(e), message: String(e && e.message).slice(0, 300) };
  }
`;

describe("hostile but valid input", () => {
  it("ends every service in a located MrpError or in finite numbers, within a deadline", async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, fc.constantFrom(0, 1e-12, 1e15, 1e300, 2 ** 31 - 1), async (model, quoteQty) => {
        const out = await inWorker(BODY, { model, quoteQty }, { deadlineMs: 30_000, heapMb: 512 });
        expect(out.kind).toBe("returned");
        const v = (out as { value: { ok: boolean; bad?: string[]; located?: boolean; name?: string; step?: string; message?: string } }).value;
        if (v.ok) expect(v.bad).toEqual([]);
        else expect({ step: v.step, name: v.name, located: v.located }).toEqual({ step: v.step, name: v.name, located: true });
      }),
      { seed: 16, numRuns: 16 },
    );
  }, 240_000);
});
