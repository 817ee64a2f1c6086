import { describe, expect, it } from "vitest";
import { definePriceBook, safeSettleRebate, settleRebate } from "../../../src/index.js";

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
