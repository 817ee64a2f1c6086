import { describe, expect, it } from "vitest";
import { checkTerritories, definePriceBook, safeCheckTerritories } from "../../../src/index.js";

const book = definePriceBook({
  currency: "CNY",
  channels: [{ id: "list" }],
  territories: [
    { partner: "P1", region: "CN-ZJ", sku: "*", from: "2026-01-01", to: null, exclusive: true },
    { partner: "P2", region: "CN-JS", sku: "*", from: "2026-01-01", to: "2027-01-01", exclusive: true },
    { partner: "P3", region: "CN-SH", sku: "ERP-*", exclusive: false },
    { partner: "P4", region: "CN-SH", sku: "ERP-STD", exclusive: false },
  ],
});
const sale = (partner: string, sku: string, region: string | null, date = "2026-06-01") => ({ partner, sku, date, amount: "100.00", region });

describe("checkTerritories", () => {
  it("reports sales outside the seller's grants with the partners holding the region", () => {
    const r = checkTerritories(book, [
      sale("P1", "ERP-STD", "CN-ZJ-HZ"), // inside
      sale("P2", "ERP-STD", "CN-ZJ-NB"), // P1's exclusive territory
      sale("P1", "ERP-STD", "CN-SH"), // held by P3 and P4
      sale("P3", "MES-PRO", "CN-SH"), // P3's pattern does not cover MES
      sale("P2", "ERP-STD", "CN-JS", "2027-01-01"), // P2's grant ended
      sale("P1", "ERP-STD", null), // cannot be checked
      sale("P1", "ERP-STD", "CN-ZJ", "2025-12-31"), // before the grant
    ]);
    expect(r.checked).toBe(6);
    expect(r.unchecked).toBe(1);
    expect(r.crossTerritory).toEqual([
      { index: 1, id: null, partner: "P2", sku: "ERP-STD", date: "2026-06-01", region: "CN-ZJ-NB", reason: "outside_grants", holders: ["P1"], exclusiveHolder: "P1" },
      { index: 2, id: null, partner: "P1", sku: "ERP-STD", date: "2026-06-01", region: "CN-SH", reason: "outside_grants", holders: ["P3", "P4"], exclusiveHolder: null },
      { index: 3, id: null, partner: "P3", sku: "MES-PRO", date: "2026-06-01", region: "CN-SH", reason: "no_grant", holders: [], exclusiveHolder: null },
      { index: 4, id: null, partner: "P2", sku: "ERP-STD", date: "2027-01-01", region: "CN-JS", reason: "no_grant", holders: [], exclusiveHolder: null },
      { index: 6, id: null, partner: "P1", sku: "ERP-STD", date: "2025-12-31", region: "CN-ZJ", reason: "no_grant", holders: [], exclusiveHolder: null },
    ]);
  });

  it("does not count a sale in a parent region as inside a sub-region grant", () => {
    const r = checkTerritories(book, [sale("P1", "ERP-STD", "CN")]);
    expect(r.crossTerritory.map((s) => [s.reason, s.holders])).toEqual([["outside_grants", []]]);
  });

  it("validates the sales lines", () => {
    const r = safeCheckTerritories(book, [{ partner: "P1", sku: "A", date: "2026-01-01", amount: "1", region: "cn zj" }]);
    expect(!r.success && r.error.issues.map((i) => [i.path, i.code])).toEqual([[["sales", 0, "region"], "invalid_region"]]);
  });
});
