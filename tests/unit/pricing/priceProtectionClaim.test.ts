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
      oldPrice: "4.90",
      newPrice: "4.20",
      oldPriceFrom: "given",
      newPriceFrom: "given",
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

describe("priceProtectionClaim with the prices read from the book", () => {
  const priced = definePriceBook({
    currency: "USD",
    channels: [{ id: "list" }, { id: "distributor", parent: "list", discount: "0.3" }],
    prices: [
      // volume, two validity windows
      { sku: "ERP", channel: "list", validFrom: "2026-01-01", validTo: "2026-07-01", tiers: [{ upTo: 10, unitAmount: "7.00" }, { upTo: null, unitAmount: "6.00" }] },
      { sku: "ERP", channel: "list", validFrom: "2026-07-01", tiers: [{ upTo: 10, unitAmount: "6.00" }, { upTo: null, unitAmount: "5.00" }] },
      // graduated with a flat fee, two validity windows
      { sku: "MES", channel: "list", validTo: "2026-07-01", tiersMode: "graduated", tiers: [{ upTo: 10, unitAmount: "12.00", flatAmount: "20.00" }, { upTo: null, unitAmount: "10.00" }] },
      { sku: "MES", channel: "list", validFrom: "2026-07-01", tiersMode: "graduated", tiers: [{ upTo: 10, unitAmount: "11.00" }, { upTo: null, unitAmount: "9.00" }] },
      // a region price in the distributor channel over a list price that does not change
      { sku: "REG", channel: "list", unitAmount: "10.00" },
      { sku: "REG", channel: "distributor", region: "CN", validTo: "2026-07-01", unitAmount: "5.00" },
      { sku: "REG", channel: "distributor", region: "CN", validFrom: "2026-07-01", unitAmount: "4.00" },
    ],
  });
  const at = (sku: string, rest: Partial<{ channel: string; region: string; oldPrice: string; newPrice: string }> = {}) => ({ sku, channel: "distributor", effective: "2026-07-01", ...rest });

  it("reads a volume price in a derived channel from both validity windows", () => {
    // stock 80, bought in window 50: eligible 50, in the open tier. Old (2026-06-30): 6.00 × 0.7 = 4.20;
    // new (2026-07-01): 5.00 × 0.7 = 3.50. Claim 50 × 0.70 = 35.00.
    const c = claimPriceProtection(priced, at("ERP"), [mv("2026-02-01", 100), mv("2026-05-10", 50), mv("2026-06-01", -70)]);
    expect(c).toMatchObject({
      oldPrice: "4.20", newPrice: "3.50", oldPriceFrom: "book", newPriceFrom: "book",
      priceDrop: "0.70", eligibleQuantity: "50", claim: "35.00",
    });
  });

  it("prices a graduated book's eligible quantity through its tiers and credits the difference of the amounts", () => {
    // eligible 15 in list. Old: 10 × 12.00 + 20.00 + 5 × 10.00 = 190.00 (unit 12.67);
    // new: 10 × 11.00 + 5 × 9.00 = 155.00 (unit 10.33). Claim 190.00 − 155.00 = 35.00, not 15 × 2.34.
    const c = claimPriceProtection(priced, at("MES", { channel: "list" }), [mv("2026-06-01", 15, "MES")]);
    expect(c).toMatchObject({ oldPrice: "12.67", newPrice: "10.33", priceDrop: "2.34", eligibleQuantity: "15", claim: "35.00" });
  });

  it("takes a given price as given and reads only the missing one", () => {
    // old given 12.00: 15 × 12.00 = 180.00; new from the book 155.00: claim 25.00
    const c = claimPriceProtection(priced, at("MES", { channel: "list", oldPrice: "12.00" }), [mv("2026-06-01", 15, "MES")]);
    expect(c).toMatchObject({ oldPrice: "12.00", newPrice: "10.33", oldPriceFrom: "given", newPriceFrom: "book", priceDrop: "1.67", claim: "25.00" });
  });

  it("reads region prices for the drop's region, and the prices without region otherwise", () => {
    const movements = [mv("2026-06-01", 10, "REG")];
    // CN-ZJ is in CN: 5.00 → 4.00, 10 × 1.00
    expect(claimPriceProtection(priced, at("REG", { region: "CN-ZJ" }), movements)).toMatchObject({ oldPrice: "5.00", newPrice: "4.00", claim: "10.00" });
    // no region: the list price 10.00 less 30 % on both days, no drop
    expect(claimPriceProtection(priced, at("REG"), movements)).toMatchObject({ oldPrice: "7.00", newPrice: "7.00", priceDrop: "0.00", claim: "0.00" });
  });

  it("shows the unit prices at quantity 1 when nothing is eligible", () => {
    // first tier: 7.00 × 0.7 = 4.90 before, 6.00 × 0.7 = 4.20 from the effective date
    expect(claimPriceProtection(priced, at("ERP"), [])).toMatchObject({ oldPrice: "4.90", newPrice: "4.20", priceDrop: "0.70", eligibleQuantity: "0", claim: "0.00" });
  });

  it("fails with no_price when the book has no price to read", () => {
    const r = safeClaimPriceProtection(priced, at("NONE"), [mv("2026-06-01", 1, "NONE")]);
    expect(!r.success && [r.error.code, r.error.message]).toEqual(["no_price", "no price for sku 'NONE' in channels 'distributor' -> 'list', region (none), on 2026-06-30"]);
    const bad = safeClaimPriceProtection(priced, { ...at("ERP"), region: "cn zj" }, []);
    expect(!bad.success && bad.error.issues.map((i) => [i.path, i.code])).toEqual([[["drop", "region"], "invalid_region"]]);
  });
});
