import { describe, expect, it } from "vitest";
import { definePriceBook, PriceBookError, safeDefinePriceBook } from "../../../src/index.js";

const base = { currency: "USD", channels: [{ id: "list" }] };

function issuesOf(json: unknown) {
  const r = safeDefinePriceBook(json);
  if (r.success) throw new Error("expected the book to be invalid");
  expect(r.error).toBeInstanceOf(PriceBookError);
  expect(r.error.code).toBe("invalid_price_book");
  return r.error.issues.map((i) => ({ path: i.path, code: i.code }));
}

describe("definePriceBook", () => {
  it("normalizes a valid book: defaults, canonical decimals, frozen", () => {
    const book = definePriceBook({
      currency: "JPY",
      channels: [{ id: "list" }, { id: "dist", parent: "list", discount: 0.3 }],
      prices: [{ sku: "A", channel: "list", unitAmount: 1200 }, { sku: "B", channel: "list", tiers: [{ upTo: "10.0", unitAmount: "5" }, { upTo: null, unitAmount: 4, flatAmount: "1.5" }] }],
    });
    expect(book.rounding).toBe("half-even");
    expect(book.minorUnits).toBe(0);
    expect(book.channels).toEqual([
      { id: "list", parent: null, discount: null, markup: null },
      { id: "dist", parent: "list", discount: "0.3", markup: null },
    ]);
    expect(book.prices[0]).toEqual({ index: 0, id: null, sku: "A", channel: "list", region: null, validFrom: null, validTo: null, tiersMode: "volume", tiers: [{ upTo: null, unitAmount: "1200", flatAmount: "0" }] });
    expect(book.prices[1]!.tiers).toEqual([{ upTo: "10", unitAmount: "5", flatAmount: "0" }, { upTo: null, unitAmount: "4", flatAmount: "1.5" }]);
    expect(book.territories).toEqual([]);
    expect(book.rebates).toEqual([]);
    expect(Object.isFrozen(book.prices[1]!.tiers[0])).toBe(true);
  });

  it.each([
    ["USD", 2], ["EUR", 2], ["GBP", 2], ["CNY", 2], ["JPY", 0], ["KRW", 0], ["CHF", 2], ["HKD", 2], ["TWD", 2], ["INR", 2], ["BHD", 3], ["KWD", 3],
  ])("knows the minor units of %s (%i)", (currency, minor) => {
    expect(definePriceBook({ ...base, currency }).minorUnits).toBe(minor);
  });

  it("rejects an unknown currency instead of guessing its decimals", () => {
    expect(issuesOf({ ...base, currency: "XYZ" })).toEqual([{ path: ["currency"], code: "unknown_currency" }]);
  });

  it("throws a PriceBookError listing every problem", () => {
    expect(() => definePriceBook({ currency: "USD" })).toThrow(PriceBookError);
    try {
      definePriceBook({ currency: "USD", channels: [], extra: true });
    } catch (e) {
      expect((e as PriceBookError).issues.map((i) => i.code)).toEqual(["too_small", "unrecognized_keys"]);
      expect((e as PriceBookError).message).toContain("invalid price book: 2 problems");
    }
  });

  it("reports unknown fields, bad decimals, Infinity and impossible dates with their paths", () => {
    const json = JSON.parse(`{"currency":"USD","channels":[{"id":"list","colour":"red"}],
      "prices":[{"sku":"A","channel":"list","unitAmount":1e400},{"sku":"B","channel":"list","unitAmount":"1,5"},
      {"sku":"C","channel":"list","unitAmount":"1","validFrom":"2027-02-30"},{"sku":"D","channel":"list","unitAmount":true}]}`) as unknown;
    expect(issuesOf(json)).toEqual([
      { path: ["channels", 0], code: "unrecognized_keys" },
      { path: ["prices", 0, "unitAmount"], code: "invalid_decimal" },
      { path: ["prices", 1, "unitAmount"], code: "invalid_decimal" },
      { path: ["prices", 2, "validFrom"], code: "invalid_date" },
      { path: ["prices", 3, "unitAmount"], code: "invalid_decimal" },
    ]);
    const r = safeDefinePriceBook(json);
    expect(!r.success && r.error.issues[1]!.message).toBe("number out of range (Infinity); write it as a decimal string");
    expect(!r.success && r.error.issues[3]!.message).toBe("'2027-02-30' is not a real calendar date in the form YYYY-MM-DD");
  });

  it("accepts 2028-02-29 and rejects 2026-02-29, 2026-13-01 and 2026-1-01", () => {
    const at = (validFrom: string) => ({ ...base, prices: [{ sku: "A", channel: "list", unitAmount: "1", validFrom }] });
    expect(safeDefinePriceBook(at("2028-02-29")).success).toBe(true);
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-01", "2026-04-31"]) {
      expect(issuesOf(at(bad))).toEqual([{ path: ["prices", 0, "validFrom"], code: "invalid_date" }]);
    }
  });

  it("checks the channel tree: duplicates, unknown parents, cycles, derivation on a root, both discount and markup, ranges", () => {
    expect(
      issuesOf({
        currency: "USD",
        channels: [
          { id: "list", discount: "0.1" },
          { id: "a", parent: "b" },
          { id: "b", parent: "c" },
          { id: "c", parent: "a" },
          { id: "d", parent: "ghost" },
          { id: "list" },
          { id: "e", parent: "list", discount: "0.1", markup: "0.1" },
          { id: "f", parent: "list", discount: "1.5" },
          { id: "g", parent: "list", markup: "-0.1" },
        ],
      }),
    ).toEqual([
      { path: ["channels", 0], code: "root_derivation" },
      { path: ["channels", 5, "id"], code: "duplicate_id" },
      { path: ["channels", 6], code: "discount_and_markup" },
      { path: ["channels", 7, "discount"], code: "out_of_range" },
      { path: ["channels", 8, "markup"], code: "negative_amount" },
      { path: ["channels", 4, "parent"], code: "unknown_reference" },
      { path: ["channels", 1, "parent"], code: "channel_cycle" },
    ]);
    const r = safeDefinePriceBook({ currency: "USD", channels: [{ id: "a", parent: "b" }, { id: "b", parent: "a" }] });
    expect(!r.success && r.error.issues[0]!.message).toBe("channel cycle: a -> b -> a");
  });

  it("checks tiers: ascending, positive, one open last tier, non-negative amounts", () => {
    const tiers = (t: unknown[]) => ({ ...base, prices: [{ sku: "A", channel: "list", tiers: t }] });
    expect(issuesOf(tiers([{ upTo: 5, unitAmount: "1" }, { upTo: 5, unitAmount: "1" }, { upTo: null, unitAmount: "1" }]))).toEqual([
      { path: ["prices", 0, "tiers", 1, "upTo"], code: "tier_order" },
    ]);
    expect(issuesOf(tiers([{ upTo: 0, unitAmount: "1" }, { upTo: null, unitAmount: "1" }]))).toEqual([{ path: ["prices", 0, "tiers", 0, "upTo"], code: "tier_order" }]);
    expect(issuesOf(tiers([{ upTo: null, unitAmount: "1" }, { upTo: 5, unitAmount: "1" }]))).toEqual([
      { path: ["prices", 0, "tiers", 0, "upTo"], code: "open_tier_not_last" },
      { path: ["prices", 0, "tiers", 1, "upTo"], code: "last_tier_closed" },
    ]);
    expect(issuesOf(tiers([{ upTo: 5, unitAmount: "-1" }, { upTo: null, unitAmount: "1", flatAmount: "-2" }]))).toEqual([
      { path: ["prices", 0, "tiers", 0, "unitAmount"], code: "negative_amount" },
      { path: ["prices", 0, "tiers", 1, "flatAmount"], code: "negative_amount" },
    ]);
    expect(issuesOf(tiers([]))).toEqual([{ path: ["prices", 0, "tiers"], code: "too_small" }]);
  });

  it("requires tiers or a unitAmount, not both, and a known channel", () => {
    expect(
      issuesOf({ ...base, prices: [{ sku: "A", channel: "list" }, { sku: "B", channel: "list", unitAmount: "1", tiers: [{ upTo: null, unitAmount: "1" }] }, { sku: "C", channel: "retail", unitAmount: "1" }] }),
    ).toEqual([
      { path: ["prices", 0], code: "missing_tiers" },
      { path: ["prices", 1], code: "tiers_and_unit_amount" },
      { path: ["prices", 2, "channel"], code: "unknown_reference" },
    ]);
  });

  it("rejects overlapping scopes: same sku, channel and region with overlapping validity", () => {
    const p = (region: string | null, validFrom: string | null, validTo: string | null) => ({ sku: "A", channel: "list", region, validFrom, validTo, unitAmount: "1" });
    expect(
      issuesOf({
        ...base,
        prices: [
          p(null, "2026-01-01", "2026-07-01"),
          p(null, "2026-07-01", null), // adjacent: fine
          p("CN", null, null), // other region: fine
          p(null, "2026-06-30", "2026-07-02"), // overlaps both
          p("CN", "2030-01-01", null), // overlaps the open CN price
        ],
      }),
    ).toEqual([
      { path: ["prices", 3], code: "overlapping_prices" },
      { path: ["prices", 4], code: "overlapping_prices" },
    ]);
    expect(issuesOf({ ...base, prices: [p(null, "2026-07-01", "2026-07-01")] })).toEqual([{ path: ["prices", 0, "validTo"], code: "empty_window" }]);
  });

  it("rejects overlapping exclusive territory grants of different partners", () => {
    const g = (partner: string, region: string, sku: string, exclusive: boolean, from: string | null = null, to: string | null = null) => ({ partner, region, sku, exclusive, from, to });
    expect(
      issuesOf({
        ...base,
        territories: [
          g("P1", "CN-ZJ", "*", true),
          g("P2", "CN-JS", "*", true), // other province: fine
          g("P1", "CN-ZJ-HZ", "*", true), // same partner: fine
          g("P3", "CN", "ERP-*", false), // contains CN-ZJ, overlaps P1's exclusive grant
          g("P4", "CN-ZJ", "MES", true, "2020-01-01", "2021-01-01"), // overlaps P1 in time (P1 is open)
          g("P5", "US", "*", true),
          g("P6", "US-CA", "X", false, null, null), // inside P5's exclusive grant
          g("P7", "CN-ZJX", "*", true), // CN-ZJX is not inside CN-ZJ
          g("P8", "CN-SH", "ERP-*", false),
          g("P9", "CN-SH", "MES-*", true), // prefixes do not overlap
          g("P1", "CN-SH", "ERP-X*", true), // overlaps P8's ERP-* (sku patterns overlap)
        ],
      }),
    ).toEqual([
      { path: ["territories", 3], code: "overlapping_territories" },
      { path: ["territories", 4], code: "overlapping_territories" },
      { path: ["territories", 6], code: "overlapping_territories" },
      { path: ["territories", 7], code: "overlapping_territories" },
      { path: ["territories", 10], code: "overlapping_territories" },
    ]);
  });

  it("validates territory sku patterns and regions", () => {
    expect(issuesOf({ ...base, territories: [{ partner: "P", region: "CN ZJ" }, { partner: "P", region: "CN", sku: "A*B" }] })).toEqual([
      { path: ["territories", 0, "region"], code: "invalid_region" },
      { path: ["territories", 1, "sku"], code: "invalid_sku_pattern" },
    ]);
  });

  it("checks rebate agreements: unique ids, ascending tiers, rates between 0 and 1", () => {
    const r = (id: string, tiers: unknown[], extra: Record<string, unknown> = {}) => ({ id, partner: "P1", from: "2026-01-01", to: "2027-01-01", mode: "retroactive", tiers, ...extra });
    expect(
      issuesOf({
        ...base,
        rebates: [
          r("R1", [{ from: "0", rate: "0.02" }, { from: "100", rate: "0.03" }]),
          r("R1", [{ from: "0", rate: "0.02" }]),
          r("R2", [{ from: "100", rate: "0.02" }, { from: "100", rate: "1.2" }, { from: "-1", rate: "-0.1" }], { accrualRate: "2" }),
          r("R3", [{ from: "0", rate: "0.02" }], { to: "2026-01-01" }),
          r("R4", [], { mode: "yearly" }),
        ],
      }),
    ).toEqual([
      { path: ["rebates", 4, "mode"], code: "invalid_value" },
      { path: ["rebates", 4, "tiers"], code: "too_small" },
      { path: ["rebates", 1, "id"], code: "duplicate_id" },
      { path: ["rebates", 2, "accrualRate"], code: "out_of_range" },
      { path: ["rebates", 2, "tiers", 1, "rate"], code: "out_of_range" },
      { path: ["rebates", 2, "tiers", 1, "from"], code: "tier_order" },
      { path: ["rebates", 2, "tiers", 2, "rate"], code: "out_of_range" },
      { path: ["rebates", 2, "tiers", 2, "from"], code: "negative_amount" },
      { path: ["rebates", 3, "to"], code: "empty_window" },
    ]);
  });

  it("accepts ids that are Object.prototype names", () => {
    const book = definePriceBook({ currency: "USD", channels: [{ id: "__proto__" }, { id: "constructor", parent: "__proto__", discount: "0.1" }], prices: [{ sku: "toString", channel: "__proto__", unitAmount: "1" }] });
    expect(book.channels[1]!.parent).toBe("__proto__");
  });
});
