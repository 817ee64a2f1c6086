import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { definePriceBook, quote, findVolumeCliffs } from "../../../src/index.js";

const fixture = JSON.parse(readFileSync(new URL("../../golden/pricing/stripe_tiers.json", import.meta.url), "utf8")) as { book: unknown };
const book = definePriceBook(fixture.book);
const at = { channel: "list", date: "2026-01-01" };

describe("volumeCliffs", () => {
  it("finds the quantities where a volume total drops", () => {
    expect(findVolumeCliffs(book, { ...at, sku: "E2-V" })).toEqual([
      { tier: 2, quantity: "15", total: "75.00", totalAbove: "70.00", drop: "5.00" },
      { tier: 3, quantity: "20", total: "80.00", totalAbove: "70.00", drop: "10.00" },
    ]);
    expect(findVolumeCliffs(book, { ...at, sku: "E1-V" })).toEqual([
      { tier: 0, quantity: "5", total: "35.00", totalAbove: "32.50", drop: "2.50" },
      { tier: 1, quantity: "10", total: "65.00", totalAbove: "60.00", drop: "5.00" },
    ]);
    // The published quotes agree: 15 → 75.00 but 16 → 72.00.
    expect(quote(book, { ...at, sku: "E2-V", quantity: 16 }).total).toBe("72.00");
  });

  it("finds none for graduated prices", () => {
    expect(findVolumeCliffs(book, { ...at, sku: "E1-G" })).toEqual([]);
    expect(findVolumeCliffs(book, { ...at, sku: "E2-G" })).toEqual([]);
  });

  it("follows the channel derivation and a fractional bound", () => {
    const b = definePriceBook({
      currency: "USD",
      channels: [{ id: "list" }, { id: "d", parent: "list", discount: "0.5" }],
      prices: [{ sku: "A", channel: "list", tiers: [{ upTo: "2.5", unitAmount: "10" }, { upTo: null, unitAmount: "9", flatAmount: "1" }] }],
    });
    // list: 2.5 × 10 = 25 vs 2.5 × 9 + 1 = 23.5; halved in d
    expect(findVolumeCliffs(b, { sku: "A", channel: "d", date: "2026-01-01" })).toEqual([{ tier: 0, quantity: "2.5", total: "12.50", totalAbove: "11.75", drop: "0.75" }]);
  });
});
