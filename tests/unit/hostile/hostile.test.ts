/**
 * Valid but hostile models: bounded work (PlanLimitError before millions of orders), ranges that
 * keep results finite and dates ISO, far dates without day-by-day walks, level on an empty
 * horizon, a linear report, and the CSV round trip of an empty holiday list.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import { planCapacity } from "../../../src/capacity/capacity.js";
import { levelLoad } from "../../../src/capacity/level.js";
import { plan } from "../../../src/mrp/plan.js";
import { replan } from "../../../src/mrp/replan.js";
import { PlanLimitError } from "../../../src/errors/PlanLimitError.js";
import { InvalidOptionError } from "../../../src/errors/InvalidOptionError.js";
import { exportCsv } from "../../../src/io/exportCsv.js";
import { importCsv } from "../../../src/io/importCsv.js";
import { renderReport } from "../../../src/io/renderReport.js";
import { formatIsoDate, isoWeekday, parseIsoDate } from "../../../src/internal/dates.js";
import { compileCalendar, tickDay, type Calendar } from "../../../src/model/calendar.js";
import { defineModel, safeDefineModel } from "../../../src/model/defineModel.js";
import { fastItem, fastLine } from "../../../src/model/fastParse.js";
import type { ModelInput } from "../../../src/model/schema.js";
import { inWorker } from "../../helpers/inWorker.js";
import { memoryIO } from "../../helpers/memoryIO.js";

/** The four-line model: 1e9 B per A, B in fixed lots of 50, i.e. 200 million orders. */
const EXPLOSION: ModelInput = {
  calendar: { periods: 4 },
  items: [
    { id: "A", source: "make" },
    { id: "B", source: "buy", lotSizing: { rule: "fixed", quantity: 50 } },
  ],
  bom: [{ parent: "A", child: "B", quantity: 1e9 }],
  demands: [{ id: "SO", item: "A", due: 3, quantity: 10 }],
};

function limitOf(f: () => unknown): PlanLimitError {
  try {
    f();
  } catch (e) {
    if (e instanceof PlanLimitError) return e;
    throw e;
  }
  throw new Error("no PlanLimitError");
}

describe("plan limits", () => {
  it("ends the four-line model in PlanLimitError, in a worker with 100 MB of heap and a generous deadline", async () => {
    const body = `
      try { lib.plan(lib.defineModel(input)); return "planned"; }
      catch (e) { return { name: e.name, code: e.code, details: e.details, heapMb: process.memoryUsage().heapUsed / 2 ** 20 }; }`;
    const out = await inWorker(body, EXPLOSION, { deadlineMs: 60_000, heapMb: 100 });
    expect(out).toMatchObject({ kind: "returned", value: { name: "PlanLimitError", code: "plan_limit", details: { limit: "orders-per-item", item: "B", max: 100_000, needed: 200_000_000 } } });
    expect((out as { value: { heapMb: number } }).value.heapMb).toBeLessThan(100);
  });

  it("counts the orders of an order maximum, EOQ and a fixed lot of 1 before making them", () => {
    const one = (item: Record<string, unknown>, quantity: number) =>
      defineModel({ calendar: { periods: 4 }, items: [{ id: "X", source: "buy", ...item }], demands: [{ id: "D", item: "X", due: 2, quantity }] });
    expect(limitOf(() => plan(one({ orderModifiers: { maximum: 1 } }, 1e8))).details).toEqual({ limit: "orders-per-item", item: "X", max: 100_000, needed: 1e8 });
    const eoq = limitOf(() => plan(one({ lotSizing: { rule: "eoq" }, cost: { setup: 1, holding: 1 } }, 1e15)));
    expect(eoq.limit).toBe("orders-per-item");
    // eoq = sqrt(2 * D * setup / holding) with D = 1e15 / 4 per period: about 22.4 million units per order, 44.7 million orders
    expect(eoq.needed).toBeGreaterThan(44_700_000);
    expect(eoq.needed).toBeLessThan(44_800_000);
    expect(limitOf(() => plan(one({ lotSizing: { rule: "fixed", quantity: 1 } }, 1e7))).needed).toBe(1e7);
    // at the bound itself the plan is made
    expect(plan(one({ lotSizing: { rule: "fixed", quantity: 1 } }, 100)).plannedOrders).toHaveLength(100);
    expect(plan(one({ lotSizing: { rule: "fixed", quantity: 1 } }, 100), { maxOrdersPerItem: 100 }).plannedOrders).toHaveLength(100);
    expect(limitOf(() => plan(one({ lotSizing: { rule: "fixed", quantity: 1 } }, 101), { maxOrdersPerItem: 100 })).details).toEqual({ limit: "orders-per-item", item: "X", max: 100, needed: 101 });
  });

  it("bounds the orders of the whole plan, and replan takes the same bounds", () => {
    const json: ModelInput = {
      calendar: { periods: 4 },
      items: ["P", "Q", "R"].map((id) => ({ id, source: "buy" as const, lotSizing: { rule: "fixed" as const, quantity: 1 } })),
      demands: ["P", "Q", "R"].map((item) => ({ id: `D-${item}`, item, due: 2, quantity: 4 })),
    };
    const m = defineModel(json);
    expect(plan(m, { maxOrders: 12 }).plannedOrders).toHaveLength(12);
    expect(limitOf(() => plan(m, { maxOrders: 11 })).details).toEqual({ limit: "orders", item: "R", max: 11, needed: 12 });
    const next = defineModel({ ...json, demands: json.demands!.map((d) => (d.item === "R" ? { ...d, quantity: 40 } : d)) });
    expect(limitOf(() => replan(plan(m), next, { maxOrdersPerItem: 20 })).details).toMatchObject({ limit: "orders-per-item", item: "R", needed: 40 });
  });

  it("rejects a bound that is not a whole number >= 1", () => {
    const m = defineModel(EXPLOSION);
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => plan(m, { maxOrders: bad })).toThrow(InvalidOptionError);
    }
  });

  it("ends a requirement exploded past 1e250 with the quantity limit", () => {
    const ids = Array.from({ length: 19 }, (_, k) => `L${k}`);
    const m = defineModel({
      calendar: { periods: 2 },
      items: ids.map((id) => ({ id, source: "make" as const })),
      bom: ids.slice(1).map((child, k) => ({ parent: ids[k]!, child, quantity: 1e15 })),
      demands: [{ id: "D", item: "L0", due: 1, quantity: 1e15 }],
    });
    const e = limitOf(() => plan(m));
    expect(e.limit).toBe("quantity");
    expect(e.item).toBe("L16"); // 1e15 ** 17 = 1e255
    expect(e.needed).toBeGreaterThan(1e250);
  });

  it("the CLI prints the limit as a sentence and exits 1", () => {
    const io = memoryIO({ "m.json": JSON.stringify(EXPLOSION) });
    expect(runCli(["plan", "m.json"], io)).toBe(1);
    expect(io.err()).toBe(
      'mrpkit: planning item "B" would need 200000000 planned orders, more than the limit of 100000 per item (option maxOrdersPerItem); check its lot size, order maximum and BOM quantities\n',
    );
  });
});

describe("ranges of the model", () => {
  const issuesOf = (json: unknown) => {
    const r = safeDefineModel(json);
    if (r.success) throw new Error("valid");
    return r.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("rejects quantities and capacities above 1e15 with a located issue, on the fast path and in zod alike", () => {
    expect(
      issuesOf({
        calendar: { periods: 2 },
        items: [{ id: "A", source: "buy", onHand: 1e300 }],
        workCenters: [{ id: "W", capacity: 1e300 }],
        demands: [{ id: "D", item: "A", due: 1, quantity: 2e15 }],
      }),
    ).toEqual([
      ["items.0.onHand", "onHand must be <= 1000000000000000 (1e15)"],
      ["workCenters.0.capacity", "capacity must be <= 1000000000000000 (1e15)"],
      ["demands.0.quantity", "quantity must be <= 1000000000000000 (1e15)"],
    ]);
    expect(fastItem({ id: "A", source: "buy", onHand: 1e16 })).toBeUndefined();
    expect(fastItem({ id: "A", source: "buy", onHand: 1e15 })?.onHand).toBe(1e15);
    expect(fastLine({ parent: "A", child: "B", quantity: 1, offset: 10_001 })).toBeUndefined();
    expect(defineModel({ calendar: { periods: 2 }, items: [{ id: "A", source: "buy", onHand: 1e15 }] }).items[0]!.onHand).toBe(1e15);
  });

  it("rejects durations beyond 10,000 ticks, offsets beyond ±10,000 and horizons beyond 36,600 periods", () => {
    expect(
      issuesOf({
        calendar: { periods: 36_601 },
        items: [{ id: "A", source: "buy", leadTime: 2147483647, planningTimeFence: 10_001 }, { id: "B", source: "buy" }],
        bom: [{ parent: "A", child: "B", quantity: 1, offset: -10_001 }],
      }),
    ).toEqual([
      ["calendar.periods", "calendar.periods must be <= 36600"],
      ["items.0.leadTime", "leadTime must be <= 10000"],
      ["items.0.planningTimeFence", "planningTimeFence must be <= 10000"],
      ["bom.0.offset", "offset must be >= -10000"],
    ]);
  });

  it("rejects an order maximum that rounds down to nothing (the split would never end)", () => {
    expect(issuesOf({ calendar: { periods: 2 }, items: [{ id: "A", source: "buy", orderModifiers: { maximum: 0.4 } }] })).toEqual([
      ["items.0.orderModifiers.maximum", "orderModifiers.maximum (0.4) rounded down to 0 decimals is 0: no order could be planned"],
    ]);
  });
});

describe("day calendars outside the horizon", () => {
  /** The walk the arithmetic replaces: one day at a time. */
  function walk(cal: Calendar, tick: number): number {
    const working = (d: number) => cal.weekdays.has(isoWeekday(d)) && !cal.holidays.has(d);
    if (tick >= 0 && tick < cal.horizon) return cal.workDays[tick]!;
    if (tick < 0) {
      let day = cal.horizon > 0 ? cal.workDays[0]! : cal.startDay;
      for (let k = 0; k > tick; ) if (working(--day)) k--;
      return day;
    }
    let day = cal.horizon > 0 ? cal.workDays[cal.horizon - 1]! : cal.startDay;
    for (let k = cal.horizon - 1; k < tick; ) if (working(++day)) k++;
    return day;
  }

  it("gives the day the walk gives, for any workday pattern, holidays and tick", () => {
    const start = parseIsoDate("2026-01-01")!;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 30 }),
        fc.uniqueArray(fc.integer({ min: -400, max: 400 }), { maxLength: 30 }),
        fc.integer({ min: -600, max: 600 }),
        (workdays, span, hol, tick) => {
          const cal = compileCalendar(
            { unit: "day", start: formatIsoDate(start), end: formatIsoDate(start + span), workdays, holidays: hol.map((h) => formatIsoDate(start + h)) },
            [],
            [],
          )!;
          expect(tickDay(cal, tick)).toBe(walk(cal, tick));
        },
      ),
      { seed: 16, numRuns: 400 },
    );
  });

  it("converts a lead time of 10,000 working days at once, and a far tick stays an ISO date", () => {
    const m = defineModel({
      calendar: { unit: "day", start: "2026-01-05", end: "2026-01-09", workdays: [1] },
      items: [{ id: "A", source: "buy", leadTime: 10_000 }],
      demands: [{ id: "D", item: "A", due: "2026-01-09", quantity: 1 }],
    });
    const e = plan(m).exceptions.find((x) => x.kind === "late-release")!;
    // 10,000 Mondays before 2026-01-05
    expect(e.date).toBe(formatIsoDate(parseIsoDate("2026-01-05")! - 7 * 10_000));
    const cal = m.calendar;
    expect(formatIsoDate(tickDay(cal, -(2 ** 30)))).toBe("0000-01-01");
    expect(formatIsoDate(tickDay(cal, 2 ** 30))).toBe("9999-12-31");
  });
});

describe("level on a day calendar without a working day", () => {
  const routed = (calendar: ModelInput["calendar"]): ModelInput => ({
    calendar,
    items: [{ id: "A", source: "make", leadTime: 1 }],
    workCenters: [{ id: "W", capacity: 8 }],
    routings: [{ item: "A", operations: [{ seq: 10, workCenter: "W", run: 1 }] }],
    // dated before the start: due at the first tick, released at once
    firmPlannedOrders: [{ id: "F", item: "A", due: "2026-01-01", quantity: 4 }],
  });

  // the ideal start is the working day before the start (tick -1), the due date the first working day after it (tick 0)
  const cases: [string, ModelInput["calendar"], string][] = [
    ["starting on a Saturday without an end", { unit: "day", start: "2026-01-10" }, "2026-01-12"],
    ["whose only day is a holiday", { unit: "day", start: "2026-01-12", end: "2026-01-12", holidays: ["2026-01-12"] }, "2026-01-13"],
  ];
  for (const [what, calendar, due] of cases) {
    it(`returns the operations unplaced, ${what}`, () => {
      const result = plan(defineModel(routed(calendar)));
      expect(result.model.calendar.horizon).toBe(0);
      expect(result.firmPlannedOrders.map((o) => o.id)).toEqual(["F"]);
      const r = levelLoad(result);
      expect(r.unplaced).toBe(4);
      expect(r.operations).toEqual([{ order: "F", item: "A", seq: 10, workCenter: "W", hours: 4, from: "2026-01-09", to: null, unplaced: 4, reason: "capacity" }]);
      expect(r.lateOrders).toEqual([{ order: "F", item: "A", due, unplaced: 4, reason: "capacity" }]);
      expect(planCapacity(result).workCenters[0]!.buckets).toEqual([]);
    });
  }
});

describe("renderReport", () => {
  it("renders 16,000 orders of one item, each with its pegging", () => {
    const m = defineModel({
      calendar: { periods: 4 },
      items: [{ id: "A", source: "buy", lotSizing: { rule: "fixed", quantity: 1 } }],
      demands: [{ id: "SO", item: "A", due: 2, quantity: 16_000 }],
    });
    const result = plan(m);
    expect(result.plannedOrders).toHaveLength(16_000);
    const html = renderReport(result);
    // each order once, with its one peg: [demand SO (-4 - 0), tick 1, quantity 1, requirement 16,000]
    const data = JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!) as { orders: { id: number[]; peg: number[][] } };
    expect(data.orders.id).toHaveLength(16_000);
    expect(data.orders.id[15_999]).toBe(16_000);
    expect(data.orders.peg[15_999]).toEqual([-4, 1, 1, 16_000]);
  });
});

describe("CSV round trip", () => {
  it("keeps an empty holiday list, and no holiday list", () => {
    for (const holidays of [[], undefined, ["2026-01-06"]]) {
      const m = defineModel({
        calendar: { unit: "day", start: "2026-01-05", end: "2026-01-09", ...(holidays === undefined ? {} : { holidays }) },
        items: [{ id: "A", source: "buy" }],
      });
      const back = defineModel(importCsv(exportCsv(m)));
      expect(back.data).toEqual(m.data);
      expect("holidays" in back.data.calendar).toBe(holidays !== undefined);
    }
  });
});
