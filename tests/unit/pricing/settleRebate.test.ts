import { describe, expect, it } from "vitest";
import { definePriceBook, safeDefinePriceBook, safeSettleRebate, settleRebate } from "../../../src/index.js";

const book = definePriceBook({
  currency: "USD",
  rounding: "half-even",
  channels: [{ id: "list" }],
  rebates: [
    { id: "RET", partner: "P1", from: "2026-01-01", to: "2027-01-01", mode: "retroactive", accrualRate: "0.02", tiers: [{ from: "0", rate: "0.02" }, { from: "10000.00", rate: "0.03" }] },
    { id: "MAR", partner: "P1", from: "2026-01-01", to: "2027-01-01", mode: "marginal", accrualRate: "0.02", tiers: [{ from: "0", rate: "0.02" }, { from: "10000.00", rate: "0.03" }] },
    { id: "LATE", partner: "P1", from: "2026-01-01", to: null, mode: "retroactive", tiers: [{ from: "5000", rate: "0.05" }] },
  ],
});
const sale = (date: string, amount: string, partner = "P1") => ({ partner, sku: "ERP", date, amount });

describe("settleRebate", () => {
  const sales = [sale("2026-03-01", "8000.00"), sale("2026-09-01", "4000.00"), sale("2026-10-01", "-500.00"), sale("2027-01-01", "9999.00"), sale("2025-12-31", "9999.00"), sale("2026-05-05", "7777.00", "P2")];

  it("retroactive: the whole basis at the reached rate; accruals per line; next threshold null at the top", () => {
    const s = settleRebate(book, "RET", sales);
    expect(s).toEqual({
      agreement: "RET",
      partner: "P1",
      mode: "retroactive",
      basis: "11500.00",
      rate: "0.03",
      rebate: "345.00",
      accrued: "230.00",
      settlement: "115.00",
      nextThreshold: null,
      accruals: [
        { index: 0, id: null, date: "2026-03-01", sku: "ERP", amount: "8000.00", accrual: "160.00" },
        { index: 1, id: null, date: "2026-09-01", sku: "ERP", amount: "4000.00", accrual: "80.00" },
        { index: 2, id: null, date: "2026-10-01", sku: "ERP", amount: "-500.00", accrual: "-10.00" },
      ],
      excludeCrossTerritory: "none",
      excludedAmount: "0.00",
      excluded: [],
    });
  });

  it("marginal: each slice at its tier's rate", () => {
    const s = settleRebate(book, "MAR", sales);
    // 10000 × 2 % + 1500 × 3 %
    expect(s.rebate).toBe("245.00");
    expect(s.settlement).toBe("15.00");
  });

  it("tells the next threshold and what is missing", () => {
    const s = settleRebate(book, "RET", [sale("2026-03-01", "8000.00")]);
    expect(s.nextThreshold).toEqual({ from: "10000.00", rate: "0.03", missing: "2000.00" });
    expect(s.rate).toBe("0.02");
    expect(s.rebate).toBe("160.00");
  });

  it("pays nothing below the first tier and reports it as the next threshold", () => {
    const s = settleRebate(book, "LATE", [sale("2026-03-01", "4999.99")]);
    expect(s).toMatchObject({ rate: "0", rebate: "0.00", accrued: "0.00", settlement: "0.00", nextThreshold: { from: "5000.00", rate: "0.05", missing: "0.01" } });
  });

  it("reaches a tier exactly at its threshold", () => {
    expect(settleRebate(book, "RET", [sale("2026-03-01", "10000.00")])).toMatchObject({ rate: "0.03", rebate: "300.00", nextThreshold: null });
  });

  it("reverses the accruals when returns leave a negative basis", () => {
    const s = settleRebate(book, "RET", [sale("2026-03-01", "100.00"), sale("2026-04-01", "-300.00")]);
    expect(s).toMatchObject({ basis: "-200.00", rate: "0", rebate: "0.00", accrued: "-4.00", settlement: "4.00", nextThreshold: { from: "0.00", rate: "0.02", missing: "200.00" } });
  });

  it("rounds each accrual with the book's mode and the settlement once", () => {
    // 0.25 × 2 % = 0.005 → 0.00 half-even, three times; rebate 0.75 × 2 % = 0.015 → 0.02
    const s = settleRebate(book, "RET", [sale("2026-03-01", "0.25"), sale("2026-03-02", "0.25"), sale("2026-03-03", "0.25")]);
    expect(s).toMatchObject({ accrued: "0.00", rebate: "0.02", settlement: "0.02" });
  });

  it("fails with the code of the problem", () => {
    const unknown = safeSettleRebate(book, "NOPE", []);
    expect(!unknown.success && unknown.error.code).toBe("unknown_agreement");
    const r = safeSettleRebate(book, "RET", [{ partner: "P1", sku: "ERP", date: "2026-01-01", amount: "1.005" }]);
    expect(!r.success && r.error.issues).toEqual([{ path: ["sales", 0, "amount"], code: "too_many_decimals", message: "amount 1.005 has more decimals than USD allows (2)" }]);
    const r2 = safeSettleRebate(book, "RET", [{ partner: "P1", sku: "ERP", date: "2026-01-01" } as never]);
    expect(!r2.success && r2.error.issues.map((i) => [i.path, i.code])).toEqual([[["sales", 0, "amount"], "invalid_decimal"]]);
  });
});

describe("settleRebate: cross-territory sales (窜货) left out of the basis", () => {
  // P1 holds CN-ZJ exclusively, P2 holds CN-JS exclusively, P3 holds CN-SH (not exclusive).
  const territories = [
    { partner: "P1", region: "CN-ZJ", exclusive: true },
    { partner: "P2", region: "CN-JS", exclusive: true },
    { partner: "P3", region: "CN-SH" },
  ];
  const tiers = [{ from: "0", rate: "0.02" }, { from: "10000.00", rate: "0.03" }];
  const agreement = (id: string, excludeCrossTerritory?: "none" | "exclusive" | "all") => ({
    id, partner: "P1", from: "2026-01-01", to: "2027-01-01", mode: "retroactive" as const, accrualRate: "0.02", tiers,
    ...(excludeCrossTerritory === undefined ? {} : { excludeCrossTerritory }),
  });
  const tBook = definePriceBook({
    currency: "USD",
    channels: [{ id: "list" }],
    territories,
    rebates: [agreement("KEEP"), agreement("EXCL", "exclusive"), agreement("ALL", "all")],
  });
  const line = (id: string, date: string, amount: string, region: string | null, partner = "P1") => ({ id, partner, sku: "ERP", date, amount, region });
  const sales = [
    line("A", "2026-02-01", "6000.00", "CN-ZJ-HZ"), // own territory
    line("B", "2026-03-01", "3000.00", "CN-JS-SZ"), // into P2's exclusive territory
    line("C", "2026-04-01", "1500.00", "CN-SH"), // into P3's non-exclusive territory
    line("D", "2026-05-01", "700.00", null), // no region: cannot be checked, counts
    line("E", "2026-06-01", "-250.00", "CN-JS-NJ"), // a return of a sale into P2's territory
    line("F", "2026-07-01", "9999.00", "CN-JS-SZ", "P2"), // another partner's sale: not this agreement's
  ];

  it("counts every sale by default, and says nothing was excluded", () => {
    // basis 6000 + 3000 + 1500 + 700 − 250 = 10950.00 → 3 %: 328.50; accrued 2 % of each line: 219.00
    expect(settleRebate(tBook, "KEEP", sales)).toMatchObject({
      basis: "10950.00", rate: "0.03", rebate: "328.50", accrued: "219.00", settlement: "109.50",
      excludeCrossTerritory: "none", excludedAmount: "0.00", excluded: [],
    });
  });

  it("\"exclusive\" leaves out the sales into another partner's exclusive territory (and their returns) and lists them", () => {
    // basis 10950 − 3000 + 250 = 8200.00 → below 10000: 2 % = 164.00; accruals as booked: 219.00;
    // settlement 164.00 − 219.00 = −55.00 (the accruals booked on B and E are reversed, and the tier is lost)
    const s = settleRebate(tBook, "EXCL", sales);
    expect(s).toMatchObject({
      basis: "8200.00", rate: "0.02", rebate: "164.00", accrued: "219.00", settlement: "-55.00",
      nextThreshold: { from: "10000.00", rate: "0.03", missing: "1800.00" },
      excludeCrossTerritory: "exclusive", excludedAmount: "2750.00",
    });
    expect(s.excluded).toEqual([
      { index: 1, id: "B", date: "2026-03-01", sku: "ERP", region: "CN-JS-SZ", amount: "3000.00", reason: "outside_grants", exclusiveHolder: "P2" },
      { index: 4, id: "E", date: "2026-06-01", sku: "ERP", region: "CN-JS-NJ", amount: "-250.00", reason: "outside_grants", exclusiveHolder: "P2" },
    ]);
    expect(s.accruals.map((a) => a.id)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("\"all\" also leaves out sales into a territory held without exclusivity", () => {
    // basis 8200 − 1500 = 6700.00 → 2 %: 134.00; settlement 134.00 − 219.00 = −85.00
    const s = settleRebate(tBook, "ALL", sales);
    expect(s).toMatchObject({ basis: "6700.00", rebate: "134.00", accrued: "219.00", settlement: "-85.00", excludedAmount: "4250.00" });
    expect(s.excluded.map((e) => [e.id, e.exclusiveHolder])).toEqual([["B", "P2"], ["C", null], ["E", "P2"]]);
  });

  it("refuses an agreement that excludes cross-territory sales in a book without territories", () => {
    const r = safeDefinePriceBook({ currency: "USD", channels: [{ id: "list" }], rebates: [agreement("X", "all"), agreement("Y", "none")] });
    expect(!r.success && r.error.issues).toEqual([
      { path: ["rebates", 0, "excludeCrossTerritory"], code: "no_territories", message: "rebate agreement 'X' excludes cross-territory sales, but the book has no territories to check them against" },
    ]);
    const bad = safeDefinePriceBook({ currency: "USD", channels: [{ id: "list" }], territories, rebates: [{ ...agreement("Z"), excludeCrossTerritory: "some" }] });
    expect(!bad.success && bad.error.issues.map((i) => [i.path, i.code])).toEqual([[["rebates", 0, "excludeCrossTerritory"], "invalid_value"]]);
  });
});
