/**
 * Available-to-promise (SPEC section 6): discrete ATP per master schedule receipt with look-ahead,
 * cumulative ATP, on hand less allocated in the first bucket, scheduled receipts counted as
 * receipts, only customer orders promised against, weekly buckets, and components (spare parts)
 * with their parents' orders as committed dependent demand.
 */
import { describe, expect, it } from "vitest";
import { availableToPromise } from "../../../src/mps/availableToPromise.ts";
import { plan } from "../../../src/mrp/plan.ts";
import { MrpError } from "../../../src/errors/MrpError.ts";
import { NotAnEndItemError } from "../../../src/errors/NotAnEndItemError.ts";
import { defineModel } from "../../../src/model/defineModel.ts";

/** The ATP line of item A as `[mps, customerOrders, discreteAtp, cumulativeAtp]` rows. */
function rows(json: unknown, item = "A", bucket?: "day" | "week") {
  const r = availableToPromise(plan(defineModel(json)), item, bucket === undefined ? {} : { bucket });
  return {
    mps: r.buckets.map((b) => b.mps),
    orders: r.buckets.map((b) => b.customerOrders),
    atp: r.buckets.map((b) => b.discreteAtp),
    cum: r.buckets.map((b) => b.cumulativeAtp),
  };
}

describe("availableToPromise: the textbook MPS-ATP exercise", () => {
  // Jacobs & Chase style: forecast 50 a week, no starting stock, lot size 75, committed orders
  // 52, 35, 20, 12 in weeks 1-4. Gross = max(forecast, orders): 52, 50, 50, ... (own-week
  // consumption). Netting with lots of 75:
  //   w1 0-52 -> lot -> 23; w2 23-50 -> lot -> 48; w3 48-50 -> lot -> 73; w4 73-50 = 23;
  //   w5 23-50 -> lot -> 48; w6 -> lot -> 73; w7 23; w8 -> lot -> 48.
  // MPS: 75 in weeks 1, 2, 3, 5, 6, 8.
  // ATP: w1 0 + 75 - 52 = 23; w2 75 - 35 = 40; w3 75 - (20 + 12) = 43 (next MPS in w5);
  //      w5, w6, w8: 75 each (no orders). Cumulative: 23, 63, 106, 106, 181, 256, 256, 331.
  const json = {
    calendar: { periods: 8 },
    items: [{ id: "A", source: "make", lotSizing: { rule: "fixed", quantity: 75 } }],
    demands: [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((p) => ({ id: `FC${p}`, item: "A", due: p, quantity: 50, kind: "forecast" })),
      { id: "SO1", item: "A", due: 1, quantity: 52 },
      { id: "SO2", item: "A", due: 2, quantity: 35 },
      { id: "SO3", item: "A", due: 3, quantity: 20 },
      { id: "SO4", item: "A", due: 4, quantity: 12 },
    ],
  };

  it("gives discrete ATP at each receipt and its running total", () => {
    expect(rows(json)).toEqual({
      mps: [75, 75, 75, 0, 75, 75, 0, 75],
      orders: [52, 35, 20, 12, 0, 0, 0, 0],
      atp: [23, 40, 43, 0, 75, 75, 0, 75],
      cum: [23, 63, 106, 106, 181, 256, 256, 331],
    });
  });

  it("labels buckets with the period", () => {
    const r = availableToPromise(plan(defineModel(json)), "A");
    expect(r.item).toBe("A");
    expect(r.buckets[0]).toEqual({ period: 1, mps: 75, customerOrders: 52, dependentDemand: 0, discreteAtp: 23, cumulativeAtp: 23 });
  });
});

describe("availableToPromise: look-ahead", () => {
  // On hand 20; firm planned orders (the MPS) 30 at p2, p4 and p6; no planned orders are needed
  // (projected on hand never falls below 0 with the orders below).
  const model = (p4: number) => ({
    calendar: { periods: 6 },
    items: [{ id: "A", source: "make", onHand: 20 }],
    firmPlannedOrders: [
      { id: "M2", item: "A", due: 2, quantity: 30 },
      { id: "M4", item: "A", due: 4, quantity: 30 },
      { id: "M6", item: "A", due: 6, quantity: 30 },
    ],
    demands: [
      { id: "SO1", item: "A", due: 1, quantity: 5 },
      { id: "SO2", item: "A", due: 2, quantity: 10 },
      { id: "SO3", item: "A", due: 3, quantity: 5 },
      { id: "SO4", item: "A", due: 4, quantity: p4 },
      { id: "SO6", item: "A", due: 6, quantity: 10 },
    ],
  });

  it("covers a negative ATP from the latest earlier one", () => {
    // Orders 40 at p4. Before look-ahead: p1 20 - 5 = 15; p2 30 - (10 + 5) = 15; p4 30 - 40 = -10;
    // p6 30 - 10 = 20. p4 takes 10 from p2 -> 15, 5, 0, 20. Cumulative 15, 20, 20, 20, 20, 40.
    expect(rows(model(40))).toEqual({
      mps: [0, 30, 0, 30, 0, 30],
      orders: [5, 10, 5, 40, 0, 10],
      atp: [15, 5, 0, 0, 0, 20],
      cum: [15, 20, 20, 20, 20, 40],
    });
  });

  it("goes on to still earlier ATPs when the latest is not enough", () => {
    // Orders 60 at p4: p4 30 - 60 = -30 takes p2's 15, then p1's 15 -> 0, 0, 0, 20.
    // Projected on hand at p4 is 20 + 30 + 30 - 5 - 10 - 5 - 60 = 0: still no planned order.
    expect(rows(model(60)).atp).toEqual([0, 0, 0, 0, 0, 20]);
    expect(rows(model(60)).cum).toEqual([0, 0, 0, 0, 0, 20]);
  });

  it("leaves a negative ATP where no earlier one can cover it", () => {
    // No stock, planning time fence 2: the order 10 at p1 can only be received at p3 (time-fence).
    // ATP p1: 0 - 10 = -10, with nothing earlier to take from; p3: 10 - 0 = 10.
    // Cumulative -10, -10, 0: p1's order is over-promised until the p3 receipt.
    expect(
      rows({
        calendar: { periods: 3 },
        items: [{ id: "A", source: "make", planningTimeFence: 2 }],
        demands: [{ id: "SO1", item: "A", due: 1, quantity: 10 }],
      }),
    ).toEqual({ mps: [0, 0, 10], orders: [10, 0, 0], atp: [-10, 0, 10], cum: [-10, -10, 0] });
  });
});

describe("availableToPromise: what counts", () => {
  it("starts from on hand less allocated and counts scheduled receipts as receipts", () => {
    // Available 30 - 10 = 20; PO-1 20 at p2; orders 5, 25, 10. On hand: 15, 10, 0: no planned order.
    // p1: 20 - 5 = 15; p2: 20 - (25 + 10) = -15, covered by p1 -> 0, 0, 0.
    expect(
      rows({
        calendar: { periods: 3 },
        items: [{ id: "A", source: "buy", onHand: 30, allocated: 10 }],
        scheduledReceipts: [{ id: "PO-1", item: "A", due: 2, quantity: 20 }],
        demands: [
          { id: "SO1", item: "A", due: 1, quantity: 5 },
          { id: "SO2", item: "A", due: 2, quantity: 25 },
          { id: "SO3", item: "A", due: 3, quantity: 10 },
        ],
      }),
    ).toEqual({ mps: [0, 20, 0], orders: [5, 25, 10], atp: [0, 0, 0], cum: [0, 0, 0] });
  });

  it("promises against customer orders only, not forecasts or mps demands", () => {
    // Forecast 30 at p1 -> planned order 30 at p1; mps demand 50 and order 20 at p2 -> planned
    // order 70 at p2. Customer orders: p2 20 only. ATP: p1 0 + 30 - 0 = 30; p2 70 - 20 = 50.
    expect(
      rows({
        calendar: { periods: 2 },
        items: [{ id: "A", source: "make" }],
        demands: [
          { id: "FC1", item: "A", due: 1, quantity: 30, kind: "forecast" },
          { id: "MPS2", item: "A", due: 2, quantity: 50, kind: "mps" },
          { id: "SO2", item: "A", due: 2, quantity: 20 },
        ],
      }),
    ).toEqual({ mps: [30, 70], orders: [0, 20], atp: [30, 50], cum: [30, 80] });
  });

  it("puts past-due customer orders in the first bucket and ignores those beyond the horizon", () => {
    // On hand 10; SO0 4 at period 0 (past due -> p1), SO1 3 at p1, SO9 at p9 (beyond). ATP p1 10 - 7 = 3, p2 3.
    expect(
      rows({
        calendar: { periods: 2 },
        items: [{ id: "A", source: "buy", onHand: 10 }],
        demands: [
          { id: "SO0", item: "A", due: 0, quantity: 4 },
          { id: "SO1", item: "A", due: 1, quantity: 3 },
          { id: "SO9", item: "A", due: 9, quantity: 99 },
        ],
      }),
    ).toEqual({ mps: [0, 0], orders: [7, 0], atp: [3, 0], cum: [3, 3] });
  });
});

describe("availableToPromise: day calendars", () => {
  // Mon 2026-03-02 .. Fri 03-13: ticks 03-02 0, 03-03 1, 03-04 2, 03-05 3, 03-06 4, 03-09 5,
  // 03-10 6, 03-11 7, 03-12 8, 03-13 9. On hand 5; firm planned order 20 on Wed 03-11; orders
  // 3 on Tue 03-03 and 15 on Thu 03-12. On hand stays >= 0: no planned orders.
  const json = {
    calendar: { unit: "day", start: "2026-03-02", end: "2026-03-13" },
    items: [{ id: "A", source: "make", onHand: 5 }],
    firmPlannedOrders: [{ id: "M", item: "A", due: "2026-03-11", quantity: 20 }],
    demands: [
      { id: "SO1", item: "A", due: "2026-03-03", quantity: 3 },
      { id: "SO2", item: "A", due: "2026-03-12", quantity: 15 },
    ],
  };

  it("works per working day", () => {
    // Day 0: 5 - 3 (orders until the receipt on day 7) = 2; day 7: 20 - 15 = 5.
    const r = rows(json);
    expect(r.atp).toEqual([2, 0, 0, 0, 0, 0, 0, 5, 0, 0]);
    expect(r.cum).toEqual([2, 2, 2, 2, 2, 2, 2, 7, 7, 7]);
  });

  it("works per ISO week, labelled with the Monday", () => {
    // Week of 03-02: 5 - 3 = 2. Week of 03-09: 20 - 15 = 5.
    const r = availableToPromise(plan(defineModel(json)), "A", { bucket: "week" });
    expect(r.buckets).toEqual([
      { start: "2026-03-02", mps: 0, customerOrders: 3, dependentDemand: 0, discreteAtp: 2, cumulativeAtp: 2 },
      { start: "2026-03-09", mps: 20, customerOrders: 15, dependentDemand: 0, discreteAtp: 5, cumulativeAtp: 7 },
    ]);
  });
});

describe("availableToPromise: service parts", () => {
  // MOWER (lead time 1) needs 2 BLADE; BLADE: on hand 10, lead time 1, lots of 40, sold as a spare.
  // MOWER orders 5 at p3 and 10 at p5 -> planned orders released at p2 and p4: BLADE dependent
  // demand 10 at p2 and 20 at p4. Spare orders 3 at p2 and 4 at p5.
  // BLADE netting: p2 10 - 13 -> lot 40 -> 37; p4 37 - 20 = 17; p5 17 - 4 = 13. MPS 40 at p2.
  // ATP: p1 10 (nothing committed before p2); p2 40 - (3 + 10 + 20 + 4) = 3. Cumulative 10, 13 ...
  const mower = (spares: boolean) => ({
    calendar: { periods: 6 },
    items: [
      { id: "MOWER", source: "make", leadTime: 1 },
      { id: "BLADE", source: "buy", leadTime: 1, onHand: 10, lotSizing: { rule: "fixed", quantity: 40 } },
    ],
    bom: [{ parent: "MOWER", child: "BLADE", quantity: 2 }],
    demands: [
      { id: "SO-1", item: "MOWER", due: 3, quantity: 5 },
      { id: "SO-2", item: "MOWER", due: 5, quantity: 10 },
      ...(spares
        ? [
            { id: "SP-1", item: "BLADE", due: 2, quantity: 3 },
            { id: "SP-2", item: "BLADE", due: 5, quantity: 4 },
          ]
        : []),
    ],
  });

  it("promises a spare part from what its supply leaves after the parents' orders", () => {
    const r = availableToPromise(plan(defineModel(mower(true))), "BLADE");
    expect(r.buckets.map((b) => b.dependentDemand)).toEqual([0, 10, 0, 20, 0, 0]);
    expect(rows(mower(true), "BLADE")).toEqual({
      mps: [0, 40, 0, 0, 0, 0],
      orders: [0, 3, 0, 0, 4, 0],
      atp: [10, 3, 0, 0, 0, 0],
      cum: [10, 13, 13, 13, 13, 13],
    });
  });

  it("answers for a component without independent demand: what could be sold as a spare", () => {
    // BLADE: p2 10 - 10 = 0; p4 0 - 20 -> lot 40 -> 20. MPS 40 at p4.
    // ATP: p1 10 - 10 (p2) = 0; p4 40 - 20 = 20.
    expect(rows(mower(false), "BLADE")).toEqual({
      mps: [0, 0, 0, 40, 0, 0],
      orders: [0, 0, 0, 0, 0, 0],
      atp: [0, 0, 0, 20, 0, 0],
      cum: [0, 0, 0, 20, 20, 20],
    });
  });

  it("counts firm planned parent orders and the end item has no dependent demand", () => {
    // MOWER firm planned order 6 due p4 (release p3) needs 12 BLADE at p3; it also covers 6 of
    // SO-2, so the planned order at p4 is 4 (8 BLADE). BLADE: p2 10 - 13 -> 40 -> 37;
    // p3 37 - 12 = 25; p4 25 - 8 = 17; p5 17 - 4 = 13. MPS 40 at p2.
    // ATP: p1 10; p2 40 - (3 + 10 + 12 + 8 + 4) = 3. Cumulative 10, 13, ...
    const json = { ...mower(true), firmPlannedOrders: [{ id: "FPO-1", item: "MOWER", due: 4, quantity: 6 }] };
    const r = availableToPromise(plan(defineModel(json)), "BLADE");
    expect(r.buckets.map((b) => b.dependentDemand)).toEqual([0, 10, 12, 8, 0, 0]);
    expect(r.buckets.map((b) => b.discreteAtp)).toEqual([10, 3, 0, 0, 0, 0]);
    expect(r.buckets.map((b) => b.cumulativeAtp)).toEqual([10, 13, 13, 13, 13, 13]);
    expect(availableToPromise(plan(defineModel(json)), "MOWER").buckets.every((b) => b.dependentDemand === 0)).toBe(true);
  });

  it("sees the parents' orders through a phantom", () => {
    // A (lead time 1) -> K (phantom) -> B. Order 5 of A at p3: A#1 released p2, K passes 5 at p2
    // to B. B: on hand 8, a spare order of 2 at p4, no receipts. ATP p1: 8 - 5 - 2 = 1.
    const json = {
      calendar: { periods: 4 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "K", source: "phantom" },
        { id: "B", source: "buy", onHand: 8 },
      ],
      bom: [
        { parent: "A", child: "K", quantity: 1 },
        { parent: "K", child: "B", quantity: 1 },
      ],
      demands: [
        { id: "SO", item: "A", due: 3, quantity: 5 },
        { id: "SP", item: "B", due: 4, quantity: 2 },
      ],
    };
    const r = availableToPromise(plan(defineModel(json)), "B");
    expect(r.buckets.map((b) => [b.dependentDemand, b.customerOrders, b.discreteAtp])).toEqual([
      [0, 0, 1],
      [5, 0, 0],
      [0, 0, 0],
      [0, 2, 0],
    ]);
  });

  it("sums dependent demand into ISO weeks", () => {
    // Mon 2026-03-02 .. Fri 03-13. A (lead time 2 days) orders 4 due Thu 03-05 and 6 due Wed 03-11:
    // released Tue 03-03 and Mon 03-09. B (3 per A, on hand 100): 12 in week 1, 18 in week 2.
    const json = {
      calendar: { unit: "day", start: "2026-03-02", end: "2026-03-13" },
      items: [
        { id: "A", source: "make", leadTime: 2 },
        { id: "B", source: "buy", onHand: 100 },
      ],
      bom: [{ parent: "A", child: "B", quantity: 3 }],
      demands: [
        { id: "SO1", item: "A", due: "2026-03-05", quantity: 4 },
        { id: "SO2", item: "A", due: "2026-03-11", quantity: 6 },
      ],
    };
    const r = availableToPromise(plan(defineModel(json)), "B", { bucket: "week" });
    expect(r.buckets).toEqual([
      { start: "2026-03-02", mps: 0, customerOrders: 0, dependentDemand: 12, discreteAtp: 70, cumulativeAtp: 70 },
      { start: "2026-03-09", mps: 0, customerOrders: 0, dependentDemand: 18, discreteAtp: 0, cumulativeAtp: 70 },
    ]);
  });
});

describe("availableToPromise: errors", () => {
  const result = plan(
    defineModel({
      calendar: { periods: 2 },
      items: [
        { id: "A", source: "make" },
        { id: "B", source: "buy" },
      ],
      bom: [{ parent: "A", child: "B", quantity: 1 }],
    }),
  );

  it("no longer throws not_an_end_item; the deprecated class keeps its code", () => {
    expect(availableToPromise(result, "B").buckets).toHaveLength(2);
    expect(new NotAnEndItemError("B", 1)).toMatchObject({ code: "not_an_end_item", details: { item: "B", lowLevelCode: 1 } });
    expect(new NotAnEndItemError("B", 1)).toBeInstanceOf(MrpError);
  });

  it("throws unknown_item for an id the model does not have", () => {
    expect(() => availableToPromise(result, "__proto__")).toThrow(expect.objectContaining({ code: "unknown_item" }) as Error);
  });
});
