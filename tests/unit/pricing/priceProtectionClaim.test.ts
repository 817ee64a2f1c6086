import { describe, expect, it } from "vitest";
import { definePriceBook, claimPriceProtection, safeClaimPriceProtection } from "../../../src/index.js";

const book = definePriceBook({ currency: "USD", channels: [{ id: "list" }, { id: "distributor", parent: "list", discount: "0.3" }] });
const drop = { sku: "ERP", channel: "distributor", effective: "2026-07-01", oldPrice: "4.90", newPrice: "4.20" };
const mv = (date: string, quantity: number | string, sku = "ERP") => ({ sku, date, quantity });

describe("priceProtectionClaim", () => {
  it("credits the drop on the stock held at the end of the day before, capped by recent purchases", () => {
    const c = claimPriceProtection(book, drop, [mv("2026-02-01", 100), mv("2026-05-10", 50), mv("2026-06-01", -70), mv("2026-06-30", 5, "MES")]);
    expect(c).toEqual({
      sku: "ERP",
      channel: "distributor",
      effective: "2026-07-01",
      protectionDays: 90,
      windowFrom: "2026-04-02",
      priceDrop: "0.70",
      stock: "80",
      boughtInWindow: "50",
      eligibleQuantity: "50",
      claim: "35.00",
    });
  });

  it("counts movements on the day before but not on the effective date", () => {
    const c = claimPriceProtection(book, drop, [mv("2026-06-30", 10), mv("2026-07-01", 99)]);
    expect(c).toMatchObject({ stock: "10", boughtInWindow: "10", claim: "7.00" });
  });

  it("includes the first day of the window and excludes the day before it", () => {
    expect(claimPriceProtection(book, drop, [mv("2026-04-02", 10)]).boughtInWindow).toBe("10");
    expect(claimPriceProtection(book, drop, [mv("2026-04-01", 10)]).boughtInWindow).toBe("0");
    expect(claimPriceProtection(book, drop, [mv("2026-04-01", 10)], { protectionDays: 91 }).boughtInWindow).toBe("10");
  });

  it("never claims on negative stock", () => {
    const c = claimPriceProtection(book, drop, [mv("2026-06-01", 10), mv("2026-06-02", -25)]);
    expect(c).toMatchObject({ stock: "0", eligibleQuantity: "0", claim: "0.00" });
  });

  it("claims nothing for a price increase", () => {
    const c = claimPriceProtection(book, { ...drop, newPrice: "5.00" }, [mv("2026-06-01", 10)]);
    expect(c).toMatchObject({ priceDrop: "0.00", claim: "0.00" });
  });

  it("is exact with fractional stock and rounds once", () => {
    const c = claimPriceProtection(book, { ...drop, oldPrice: "1.005", newPrice: "1" }, [mv("2026-06-01", "2.5")]);
    expect(c).toMatchObject({ priceDrop: "0.005", eligibleQuantity: "2.5", claim: "0.01" }); // 0.0125
  });

  it("reports bad input with paths and an unknown channel by code", () => {
    const r = safeClaimPriceProtection(book, { ...drop, effective: "2026-02-30" }, [{ sku: "ERP", date: "2026-01-01" } as never], { protectionDays: -1 });
    expect(!r.success && r.error.issues.map((i) => [i.path, i.code])).toEqual([
      [["drop", "effective"], "invalid_date"],
      [["movements", 0, "quantity"], "invalid_decimal"],
      [["protectionDays"], "too_small"],
    ]);
    const u = safeClaimPriceProtection(book, { ...drop, channel: "oem" }, []);
    expect(!u.success && u.error.code).toBe("unknown_channel");
  });
});
