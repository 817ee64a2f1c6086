/**
 * Forecast consumption with backward and forward windows (SPEC section 6, SAP consumption modes):
 * own bucket first, then backward nearest first, then forward nearest first; forecasts inside the
 * demand time fence can be consumed but their rest is not planned; `mps` demands neither consume
 * nor are consumed; day calendars consume by ISO calendar week. Every item below is bought with
 * lead time 0 and no stock, so its gross requirements are exactly its independent requirements.
 */
import { describe, expect, it } from "vitest";
import { demandsOf, type DemandNotice, type DemandRequirement } from "../../../src/demand/demandsOf.ts";
import { itemRecords } from "../../../src/mrp/itemRecords.ts";
import { plan } from "../../../src/mrp/plan.ts";
import { defineModel, safeDefineModel } from "../../../src/model/defineModel.ts";

type Consumption = { backward?: number; forward?: number };
type D = { id: string; due: number | string; quantity: number; kind?: "order" | "forecast" | "mps" };

/** Gross requirements per period of item F with the given windows and demands. */
function gross(periods: number, consumption: Consumption, demands: readonly D[], demandTimeFence = 0): number[] {
  const model = defineModel({
    calendar: { periods },
    items: [{ id: "F", source: "buy", consumption, demandTimeFence }],
    demands: demands.map((d) => ({ ...d, item: "F" })),
  });
  return itemRecords(plan(model), "F").map((r) => r.grossRequirements);
}

const fc = (id: string, due: number, quantity: number): D => ({ id, due, quantity, kind: "forecast" });
const so = (id: string, due: number, quantity: number): D => ({ id, due, quantity });

describe("forecast consumption: the model field", () => {
  it("defaults to the own bucket only", () => {
    const model = defineModel({ calendar: { periods: 1 }, items: [{ id: "F", source: "buy" }] });
    expect(model.items[0]!.consumption).toEqual({ backward: 0, forward: 0 });
  });

  it("rejects negative, fractional and unknown window fields", () => {
    const r = safeDefineModel({
      calendar: { periods: 1 },
      items: [
        { id: "A", source: "buy", consumption: { backward: -1 } },
        { id: "B", source: "buy", consumption: { forward: 1.5 } },
        { id: "C", source: "buy", consumption: { backwards: 1 } },
      ],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["too_small", ["items", 0, "consumption", "backward"]],
      ["invalid_type", ["items", 1, "consumption", "forward"]],
      ["unrecognized_keys", ["items", 2, "consumption", "backwards"]],
    ]);
  });
});

describe("forecast consumption: own bucket", () => {
  it("takes max(forecast, orders) per bucket and never reaches another bucket by default", () => {
    // p2: forecast 10, order 4 -> 4 + 6 = 10. p3: order 4, no forecast there; the window is 0,
    // so it does not touch p2's forecast -> 4. p4: forecast 5, order 8 -> 8 (3 above forecast).
    expect(gross(4, {}, [fc("FC2", 2, 10), so("SO2", 2, 4), so("SO3", 3, 4), fc("FC4", 4, 5), so("SO4", 4, 8)])).toEqual([0, 10, 4, 8]);
  });

  it("leaves mps demands alone: they neither consume nor are consumed", () => {
    // p1: forecast 10, mps 5, order 4 -> mps 5 + order 4 + forecast rest 6 = 15.
    expect(gross(1, {}, [fc("FC", 1, 10), { id: "MPS", due: 1, quantity: 5, kind: "mps" }, so("SO", 1, 4)])).toEqual([15]);
  });
});

describe("forecast consumption: backward", () => {
  const forecasts = [fc("FC1", 1, 10), fc("FC2", 2, 10), fc("FC3", 3, 10), fc("FC4", 4, 10)];

  it("consumes earlier buckets nearest first, up to the window", () => {
    // Order 25 at p4, backward 2: p4 10 (15 open), p3 10 (5 open), p2 5 -> p2 keeps 5.
    // p1 is 3 buckets back, outside the window: keeps 10.
    expect(gross(5, { backward: 2 }, [...forecasts, so("SO", 4, 25)])).toEqual([10, 5, 0, 25, 0]);
  });

  it("lets what no forecast in the window covers stand as an order above forecast", () => {
    // Order 40 at p4, backward 2: p4, p3, p2 give 30; 10 stays open; p1 is outside: 10 + order 40.
    expect(gross(5, { backward: 2 }, [...forecasts, so("SO", 4, 40)])).toEqual([10, 0, 0, 40, 0]);
  });

  it("counts an exhausted bucket in the window", () => {
    // Backward 1. SO2 10 at p2 eats p2's forecast. SO3 15 at p3: p3 10, 5 open; one bucket back
    // is p2, exhausted; p1 is two back, outside -> 5 stands. Gross: p1 10, p2 10, p3 15.
    expect(gross(3, { backward: 1 }, [fc("FC1", 1, 10), fc("FC2", 2, 10), fc("FC3", 3, 10), so("SO2", 2, 10), so("SO3", 3, 15)])).toEqual([10, 10, 15]);
  });
});

describe("forecast consumption: forward", () => {
  it("consumes later buckets nearest first, up to the window", () => {
    // Order 15 at p2, forward 1: p2 10 (5 open), p3 5 -> p3 keeps 5; p4 is 2 ahead: keeps 10.
    expect(gross(4, { forward: 1 }, [fc("FC2", 2, 10), fc("FC3", 3, 10), fc("FC4", 4, 10), so("SO", 2, 15)])).toEqual([0, 15, 5, 10]);
  });

  it("lets an order in a bucket without forecast consume the next one", () => {
    // Order 8 at p1, forward 1: p2's forecast 10 keeps 2.
    expect(gross(2, { forward: 1 }, [fc("FC2", 2, 10), so("SO1", 1, 8)])).toEqual([8, 2]);
  });
});

describe("forecast consumption: backward, then forward", () => {
  it("goes back before it goes forward, and serves orders earliest first", () => {
    // Backward 1, forward 1; forecasts 10 at p1..p4.
    // SO2 25 at p2: p2 10 (15 open), back p1 10 (5 open), forward p3 5 -> p3 keeps 5.
    // SO4 20 at p4: p4 10 (10 open), back p3 5 (5 open), nothing forward -> 5 stands.
    // Gross: p1 0, p2 25, p3 0, p4 20.
    const forecasts = [fc("FC1", 1, 10), fc("FC2", 2, 10), fc("FC3", 3, 10), fc("FC4", 4, 10)];
    expect(gross(4, { backward: 1, forward: 1 }, [...forecasts, so("SO2", 2, 25), so("SO4", 4, 20)])).toEqual([0, 25, 0, 20]);
  });

  it("lets an earlier order take a shared forecast first", () => {
    // Forecast 10 at p2, windows 1 and 1. SO1 8 at p1 consumes forward: p2 keeps 2.
    // SO3 8 at p3 consumes backward the last 2; 6 stands. Gross: 8, 0, 8.
    expect(gross(3, { backward: 1, forward: 1 }, [fc("FC2", 2, 10), so("SO1", 1, 8), so("SO3", 3, 8)])).toEqual([8, 0, 8]);
  });
});

describe("forecast consumption: windows across the demand time fence", () => {
  // Demand time fence 2: p1 and p2 plan orders only; forecasts 10 at p1..p4.
  const forecasts = [fc("FC1", 1, 10), fc("FC2", 2, 10), fc("FC3", 3, 10), fc("FC4", 4, 10)];

  it("consumes fenced forecasts first when they are nearer, and plans none of their rest", () => {
    // SO2 15 at p2, windows 1/1: p2 10 (5 open), back p1 5. Nothing reaches p3.
    // Gross: p1 0 (fenced), p2 15 (the order), p3 10, p4 10.
    expect(gross(4, { backward: 1, forward: 1 }, [...forecasts, so("SO2", 2, 15)], 2)).toEqual([0, 15, 10, 10]);
  });

  it("lets an order inside the fence consume forward beyond it", () => {
    // SO2 25 at p2: p2 10, p1 10, then forward p3 5 -> p3 keeps 5. Gross: 0, 25, 5, 10.
    expect(gross(4, { backward: 1, forward: 1 }, [...forecasts, so("SO2", 2, 25)], 2)).toEqual([0, 25, 5, 10]);
  });

  it("lets an order beyond the fence consume back into it instead of forward", () => {
    // SO3 18 at p3: p3 10 (8 open), back p2 8 (fenced: its rest 2 lapses). p4 keeps 10.
    // Gross: 0, 0, 18, 10.
    expect(gross(4, { backward: 1, forward: 1 }, [...forecasts, so("SO3", 3, 18)], 2)).toEqual([0, 0, 18, 10]);
  });
});

describe("forecast consumption: day calendars by ISO week", () => {
  // Mon 2026-03-02 .. Fri 2026-03-27: four weeks of five working days.
  // Ticks: week 1 = 0-4 (03-02..06), week 2 = 5-9 (03-09..13), week 3 = 10-14, week 4 = 15-19.
  const weekly = (holidays: string[]) => {
    const model = defineModel({
      calendar: { unit: "day", start: "2026-03-02", end: "2026-03-27", holidays },
      items: [{ id: "F", source: "buy", consumption: { backward: 1 } }],
      demands: [
        { id: "FC1", item: "F", due: "2026-03-02", quantity: 10, kind: "forecast" },
        ...(holidays.length === 0 ? [{ id: "FC2", item: "F", due: "2026-03-09", quantity: 10, kind: "forecast" as const }] : []),
        { id: "FC3", item: "F", due: "2026-03-16", quantity: 10, kind: "forecast" },
        { id: "SO", item: "F", due: "2026-03-18", quantity: 15 },
      ],
    });
    return itemRecords(plan(model), "F", { bucket: "week" }).map((r) => [r.start, r.grossRequirements]);
  };

  it("counts the window in weeks", () => {
    // SO 15 on Wed 03-18 (week 3): week 3's forecast 10 (5 open), week 2's 5 -> week 2 keeps 5.
    // Week 1 is two weeks back: keeps 10.
    expect(weekly([])).toEqual([
      ["2026-03-02", 10],
      ["2026-03-09", 5],
      ["2026-03-16", 15],
      ["2026-03-23", 0],
    ]);
  });

  it("counts calendar weeks, even one without a working day", () => {
    // Week 2 is all holidays (no ticks, no forecast). One week back from week 3 is week 2: nothing
    // there; week 1 is two weeks back, outside the window -> 5 of SO stands. Weekly buckets: week
    // 1, week 3, week 4 (week 2 has no working day, so no bucket).
    expect(weekly(["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"])).toEqual([
      ["2026-03-02", 10],
      ["2026-03-16", 15],
      ["2026-03-23", 0],
    ]);
  });

  it("consumes inside a week earliest forecast first, whatever day the order falls on", () => {
    // Week of 03-02, windows 0: forecasts 6 on Mon and 6 on Thu, order 8 on Fri:
    // Mon's 6 goes first, then 2 of Thu's -> Thu keeps 4. Daily gross: Mon 0, Thu 4, Fri 8.
    const model = defineModel({
      calendar: { unit: "day", start: "2026-03-02", end: "2026-03-06" },
      items: [{ id: "F", source: "buy" }],
      demands: [
        { id: "FC-MON", item: "F", due: "2026-03-02", quantity: 6, kind: "forecast" },
        { id: "FC-THU", item: "F", due: "2026-03-05", quantity: 6, kind: "forecast" },
        { id: "SO-FRI", item: "F", due: "2026-03-06", quantity: 8 },
      ],
    });
    expect(itemRecords(plan(model), "F").map((r) => r.grossRequirements)).toEqual([0, 0, 0, 4, 8]);
  });
});

describe("demandsOf: output", () => {
  it("lists requirements by tick, then canonical demand index, with notices for past-due and beyond-horizon demands", () => {
    // Periods 3, forward 1. Canonical order (tick, id): SO0 (p0, past due), FC1, SO1 (p1), FC2 (p2), SO9 (p9, beyond).
    // SO1 6 at p1: FC1 4 -> 2 open, forward FC2 2 -> FC2 keeps 3. SO0 is past due: consumes nothing.
    const model = defineModel({
      calendar: { periods: 3 },
      items: [{ id: "F", source: "buy", consumption: { forward: 1 } }],
      demands: [
        { id: "SO9", item: "F", due: 9, quantity: 1 },
        { id: "FC2", item: "F", due: 2, quantity: 5, kind: "forecast" },
        { id: "SO1", item: "F", due: 1, quantity: 6 },
        { id: "FC1", item: "F", due: 1, quantity: 4, kind: "forecast" },
        { id: "SO0", item: "F", due: 0, quantity: 2 },
      ],
    });
    const out: DemandRequirement[] = [];
    const notices: DemandNotice[] = [];
    demandsOf(model, 0, out, notices);
    const id = (d: number) => model.demands.records[d]!.id;
    expect(out.map((r) => [id(r.demand), r.tick, r.quantity])).toEqual([
      ["SO0", 0, 2],
      ["SO1", 0, 6],
      ["FC2", 1, 3],
    ]);
    expect(notices.map((n) => [id(n.demand), n.kind])).toEqual([
      ["SO0", "past-due-demand"],
      ["SO9", "beyond-horizon"],
    ]);
  });
});
