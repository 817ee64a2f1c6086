/**
 * Every lot-sizing rule and the order modifiers on small series worked by hand (SPEC section 5).
 * Holding cost is charged on end-of-period stock: covering period k from a lot at t costs
 * holding x (k - t) x net_k.
 */
import { describe, expect, it } from "vitest";
import type { LotSizing } from "../../../src/index.ts";
import { grid, planOf, zeros, type Grid } from "./planHelpers.ts";

/** A single buy item, lead time 0, no stock, with demand `series[p - 1]` in period p. */
function single(lotSizing: LotSizing, series: readonly number[], cost = { setup: 100, holding: 1 }) {
  return planOf({
    calendar: { periods: series.length },
    items: [{ id: "A", source: "buy", lotSizing, cost }],
    demands: series.flatMap((q, p) => (q > 0 ? [{ id: `D${p + 1}`, item: "A", due: p + 1, quantity: q }] : [])),
  });
}

/** The grid of an item with lead time 0 and no safety stock, from its gross, receipts and on hand. */
function expected(gross: number[], por: number[], poh: number[], net: number[]): Grid {
  return { gross, sr: zeros(gross.length), poh, net, por, rel: por };
}

// Series: 50, 60, -, 70, -, 60, 95, - (periods 3, 5 and 8 have no requirement); setup 100, holding 1.
const SERIES = [50, 60, 0, 70, 0, 60, 95, 0];

describe("lot sizing on one series", () => {
  it("lot-for-lot orders each net requirement", () => {
    expect(grid(single({ rule: "lot-for-lot" }, SERIES), "A")).toEqual(expected(SERIES, SERIES, zeros(8), SERIES));
  });

  it("fixed orders ceil(net / quantity) lots of the quantity", () => {
    // 80: p1 -50 -> 80 (30); p2 30-60 -> 80 (50); p4 50-70 -> 80 (60); p6 60-60 = 0, none;
    // p7 -95 -> two lots of 80 (65).
    const r = single({ rule: "fixed", quantity: 80 }, SERIES);
    expect(grid(r, "A")).toEqual(
      expected(SERIES, [80, 80, 0, 80, 0, 0, 160, 0], [30, 50, 50, 60, 60, 0, 65, 65], [50, 30, 0, 20, 0, 0, 95, 0]),
    );
    expect(r.plannedOrders.map((o) => [o.id, o.quantity, o.due])).toEqual([
      ["A#1", 80, 1],
      ["A#2", 80, 2],
      ["A#3", 80, 4],
      ["A#4", 80, 7],
      ["A#5", 80, 7],
    ]);
  });

  it("periods-of-supply covers the periods t .. t + periods - 1, empty periods included", () => {
    // 3 periods: p1 covers p1-p3 (50 + 60), p4 covers p4-p6 (70 + 60), p7 covers p7-p9 (95).
    expect(grid(single({ rule: "periods-of-supply", periods: 3 }, SERIES), "A")).toEqual(
      expected(SERIES, [110, 0, 0, 130, 0, 0, 95, 0], [60, 0, 0, 60, 60, 0, 0, 0], [50, 0, 0, 70, 0, 0, 95, 0]),
    );
  });

  it("eoq orders the EOQ from the mean gross requirement, rounded up", () => {
    // D = 335 / 8 = 41.875; EOQ = sqrt(2 x 41.875 x 100 / 1) = sqrt(8375) = 91.5 -> 92.
    // p1 -50 -> 92 (42); p2 42-60 -> 92 (74); p4 74-70 = 4; p6 4-60 -> 92 (36); p7 36-95 -> 92 (33).
    expect(grid(single({ rule: "eoq" }, SERIES), "A")).toEqual(
      expected(SERIES, [92, 92, 0, 0, 0, 92, 92, 0], [42, 74, 74, 4, 4, 36, 33, 33], [50, 18, 0, 0, 0, 56, 59, 0]),
    );
  });

  it("poq covers round(EOQ / D) periods", () => {
    // 91.5 / 41.875 = 2.19 -> 2 periods: p1 covers p1-p2 (110), p4 covers p4-p5 (70), p6 covers p6-p7 (155).
    expect(grid(single({ rule: "poq" }, SERIES), "A")).toEqual(
      expected(SERIES, [110, 0, 0, 70, 0, 155, 0, 0], [60, 0, 0, 0, 0, 95, 0, 0], [50, 0, 0, 70, 0, 60, 0, 0]),
    );
  });

  it("wagner-whitin finds the cheapest plan", () => {
    // Backwards over the requirement periods (cost of covering from there on):
    // p7: 100. p6: alone 100 + 100 = 200, with p7 100 + 95 = 195 -> 195.
    // p4: alone 100 + 195 = 295; with p6 100 + 120 + 100 = 320; with p7 100 + 405 = 505 -> 295.
    // p2: alone 100 + 295 = 395; with p4 100 + 140 + 195 = 435 -> 395.
    // p1: alone 100 + 395 = 495; with p2 100 + 60 + 295 = 455; with p4 100 + 270 + 195 = 565 -> 455.
    // Plan: 110 at p1, 70 at p4, 155 at p6; cost 455.
    expect(grid(single({ rule: "wagner-whitin" }, SERIES), "A")).toEqual(
      expected(SERIES, [110, 0, 0, 70, 0, 155, 0, 0], [60, 0, 0, 0, 0, 95, 0, 0], [50, 0, 0, 70, 0, 60, 0, 0]),
    );
  });

  it("silver-meal extends while the cost per period falls, counting empty periods", () => {
    // p1: 100/1 = 100; + p2 (60) 160/2 = 80; + p4 (210) 370/4 = 92.5 -> stop: 110 at p1.
    // p4: 100/1; + p6 (120) 220/3 = 73.3; + p7 (285) 505/4 = 126 -> stop: 130 at p4. p7: 95.
    expect(grid(single({ rule: "silver-meal" }, SERIES), "A")).toEqual(
      expected(SERIES, [110, 0, 0, 130, 0, 0, 95, 0], [60, 0, 0, 60, 60, 0, 0, 0], [50, 0, 0, 70, 0, 0, 95, 0]),
    );
  });

  it("least-unit-cost extends while the cost per unit falls", () => {
    // p1: 100/50 = 2; + p2 160/110 = 1.45; + p4 370/180 = 2.06 -> stop: 110 at p1.
    // p4: 100/70 = 1.43; + p6 220/130 = 1.69 -> stop: 70 at p4. p6: 100/60 = 1.67; + p7 195/155 = 1.26: 155 at p6.
    expect(grid(single({ rule: "least-unit-cost" }, SERIES), "A")).toEqual(
      expected(SERIES, [110, 0, 0, 70, 0, 155, 0, 0], [60, 0, 0, 0, 0, 95, 0, 0], [50, 0, 0, 70, 0, 60, 0, 0]),
    );
  });

  it("part-period-balancing takes the lot whose holding cost is closest to the setup cost", () => {
    // p1: holding 0 (gap 100), + p2 60 (gap 40), + p4 270 (gap 170) -> 110 at p1.
    // p4: 0 (gap 100), + p6 120 (gap 20), + p7 405 -> 130 at p4 (p5 inside). p7: 95.
    expect(grid(single({ rule: "part-period-balancing" }, SERIES), "A")).toEqual(
      expected(SERIES, [110, 0, 0, 130, 0, 0, 95, 0], [60, 0, 0, 60, 60, 0, 0, 0], [50, 0, 0, 70, 0, 0, 95, 0]),
    );
  });

  it("min-max orders up to max when projected on hand would fall below min", () => {
    // min 20, max 100: p1 -50 -> 150 (100); p2 40; p4 40-70 = -30 -> 130 (100); p6 40; p7 40-95 = -55 -> 155 (100).
    expect(grid(single({ rule: "min-max", min: 20, max: 100 }, SERIES), "A")).toEqual(
      expected(SERIES, [150, 0, 0, 130, 0, 0, 155, 0], [100, 40, 40, 100, 100, 40, 100, 100], [50, 0, 0, 30, 0, 0, 55, 0]),
    );
  });
});

describe("lot sizing where the cost rules disagree", () => {
  // 10, 10, 100; setup 100, holding 1. Wagner-Whitin: {1,2}{3} = 100 + 10 + 100 = 210 is optimal
  // ({1,2,3} 310, {1}{2,3} 300, {1}{2}{3} 300). Least unit cost: 10, 110/20 = 5.5, 310/120 = 2.58 -> one lot of 120.
  const series = [10, 10, 100];
  it("least-unit-cost takes one lot", () => {
    expect(grid(single({ rule: "least-unit-cost" }, series), "A")).toEqual(expected(series, [120, 0, 0], [110, 100, 0], [10, 0, 0]));
  });
  it("wagner-whitin, silver-meal and part-period-balancing take two", () => {
    // Silver-Meal: 100, 110/2 = 55, 310/3 = 103 -> 20. Part-period: gaps 100, 90, 110 -> 20.
    for (const rule of ["wagner-whitin", "silver-meal", "part-period-balancing"] as const) {
      expect(grid(single({ rule }, series), "A"), rule).toEqual(expected(series, [20, 0, 100], [10, 0, 0], [10, 0, 100]));
    }
  });
});

describe("lot sizing ties go to the shorter lot", () => {
  it("wagner-whitin and silver-meal: 50, 100 with setup 100, holding 1", () => {
    // Two lots 200, one lot 100 + 100 = 200. Silver-Meal: 100/1 vs 200/2 = 100.
    for (const rule of ["wagner-whitin", "silver-meal"] as const) {
      expect(grid(single({ rule }, [50, 100]), "A").por, rule).toEqual([50, 100]);
    }
  });
  it("part-period-balancing: 50, 200 with setup 100, holding 1", () => {
    // Gap 100 for one period, |200 - 100| = 100 for two.
    expect(grid(single({ rule: "part-period-balancing" }, [50, 200]), "A").por).toEqual([50, 200]);
  });
  it("least-unit-cost: 50, 100 with setup 100, holding 2", () => {
    // 100/50 = 2, (100 + 200)/150 = 2.
    expect(grid(single({ rule: "least-unit-cost" }, [50, 100], { setup: 100, holding: 2 }), "A").por).toEqual([50, 100]);
  });
});

describe("order modifiers", () => {
  it("raises to the minimum, rounds up to the multiple and splits at the maximum rounded down to the multiple", () => {
    // min 30, multiple 20, max 50 -> split at 40. p1 10 -> 30 -> 40 (30 left);
    // p2 30-45 = -15 -> 30 -> 40 (25); p3 25-100 = -75 -> 80 -> 40 + 40 (5).
    const r = planOf({
      calendar: { periods: 3 },
      items: [{ id: "M", source: "buy", orderModifiers: { minimum: 30, multiple: 20, maximum: 50 } }],
      demands: [
        { id: "D1", item: "M", due: 1, quantity: 10 },
        { id: "D2", item: "M", due: 2, quantity: 45 },
        { id: "D3", item: "M", due: 3, quantity: 100 },
      ],
    });
    expect(grid(r, "M")).toEqual(expected([10, 45, 100], [40, 40, 80], [30, 25, 5], [10, 15, 75]));
    expect(r.plannedOrders.map((o) => [o.id, o.quantity, o.due])).toEqual([
      ["M#1", 40, 1],
      ["M#2", 40, 2],
      ["M#3", 40, 3],
      ["M#4", 40, 3],
    ]);
  });

  it("raises a last split order below the minimum to it", () => {
    // min 30, max 50: 120 -> 50 + 50 + 20 -> 50 + 50 + 30 (10 left).
    const r = planOf({
      calendar: { periods: 1 },
      items: [{ id: "M", source: "buy", orderModifiers: { minimum: 30, maximum: 50 } }],
      demands: [{ id: "D1", item: "M", due: 1, quantity: 120 }],
    });
    expect(r.plannedOrders.map((o) => o.quantity)).toEqual([50, 50, 30]);
    expect(grid(r, "M")).toEqual(expected([120], [130], [10], [120]));
  });

  it("applies after the rule: a periods-of-supply lot rounded up to the multiple", () => {
    // 2 periods: 7 + 5 = 12 -> multiple 10 -> 20 at p1 (13, 8); p3 8 - 9 = -1 -> 1 + 0 -> 10 at p3 (9).
    const m = planOf({
      calendar: { periods: 3 },
      items: [{ id: "A", source: "buy", lotSizing: { rule: "periods-of-supply", periods: 2 }, orderModifiers: { multiple: 10 } }],
      demands: [
        { id: "D1", item: "A", due: 1, quantity: 7 },
        { id: "D2", item: "A", due: 2, quantity: 5 },
        { id: "D3", item: "A", due: 3, quantity: 9 },
      ],
    });
    expect(grid(m, "A")).toEqual(expected([7, 5, 9], [20, 0, 10], [13, 8, 9], [7, 0, 1]));
  });

  it("rounds planned quantities up to the item's decimals", () => {
    // decimals 1: 2.34 -> 2.4 (0.06 left).
    const r = planOf({
      calendar: { periods: 1 },
      items: [{ id: "M", source: "buy", decimals: 1 }],
      demands: [{ id: "D1", item: "M", due: 1, quantity: 2.34 }],
    });
    expect(grid(r, "M")).toEqual(expected([2.34], [2.4], [0.06], [2.34]));
  });
});
