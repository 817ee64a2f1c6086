import { describe, expect, it } from "vitest";
import { compilePriceBook, definePriceBook, quote, QuoteError, safeQuote, type QuoteTraceCandidate } from "../../../src/index.js";

const book = definePriceBook({
  currency: "USD",
  channels: [
    { id: "list" },
    { id: "distributor", parent: "list", discount: "0.30" },
    { id: "oem", parent: "distributor", markup: "0.05" },
    { id: "agent", parent: "list" },
  ],
  prices: [
    { sku: "ERP", channel: "list", validFrom: "2026-01-01", validTo: "2026-07-01", tiersMode: "volume", tiers: [{ upTo: 5, unitAmount: "7.00" }, { upTo: 10, unitAmount: "6.50" }, { upTo: null, unitAmount: "6.00" }] },
    { sku: "ERP", channel: "list", validFrom: "2026-07-01", unitAmount: "6.00" },
    { sku: "ERP", channel: "list", region: "CN", validFrom: "2026-01-01", unitAmount: "6.99" },
    { sku: "ERP", channel: "list", region: "CN-ZJ", validFrom: "2026-03-01", validTo: "2026-04-01", unitAmount: "6.49" },
    { sku: "ERP", channel: "distributor", region: "US", unitAmount: "3.00" },
    { sku: "FRAC", channel: "list", tiersMode: "graduated", tiers: [{ upTo: "2.5", unitAmount: "10.00", flatAmount: "1.00" }, { upTo: null, unitAmount: "8.00" }] },
    { sku: "TINY", channel: "list", unitAmount: "0.0125" },
  ],
});
const req = { sku: "ERP", channel: "list", date: "2026-05-01" };

describe("quote: selection", () => {
  it("takes the most specific region containing the request's region", () => {
    expect(quote(book, { ...req, quantity: 1, region: "CN-ZJ-HZ", date: "2026-03-15" }).total).toBe("6.49");
    expect(quote(book, { ...req, quantity: 1, region: "CN-ZJ-HZ" }).total).toBe("6.99"); // CN-ZJ no longer valid
    expect(quote(book, { ...req, quantity: 1, region: "CN-JS" }).total).toBe("6.99");
    expect(quote(book, { ...req, quantity: 1, region: "DE" }).total).toBe("7.00");
    expect(quote(book, { ...req, quantity: 1 }).total).toBe("7.00");
  });

  it("treats validTo as exclusive and validFrom as inclusive", () => {
    expect(quote(book, { ...req, quantity: 1, date: "2026-06-30" }).total).toBe("7.00");
    expect(quote(book, { ...req, quantity: 1, date: "2026-07-01" }).total).toBe("6.00");
  });

  it("does not treat CN as containing CNX", () => {
    expect(quote(book, { ...req, quantity: 1, region: "CNX" }).total).toBe("7.00");
  });

  it("names every candidate and why it was taken or passed over", () => {
    const r = quote(book, { ...req, quantity: 1, region: "CN-ZJ" });
    const candidates = r.trace.filter((e): e is QuoteTraceCandidate => e.step === "candidate");
    expect(candidates.map((c) => [c.price, c.taken, c.reason])).toEqual([
      [3, false, "passed over: not valid on 2026-05-01 (valid 2026-03-01 to 2026-04-01 (exclusive))"],
      [2, true, "taken: region 'CN' is the most specific containing 'CN-ZJ', valid on 2026-05-01"],
      [0, false, "passed over: no region (every region) is less specific than the selected region 'CN'"],
      [1, false, "passed over: not valid on 2026-05-01 (valid 2026-07-01 to open end)"],
    ]);
  });

  it("derives a channel without its own price from its parent, exactly, rounding once", () => {
    const r = quote(book, { ...req, quantity: 7, channel: "oem", region: "CN-ZJ" });
    // 6.99 × 0.70 × 1.05 = 5.13765; × 7 = 35.96355 → 35.96
    expect(r.lines).toEqual([{ from: "0", to: null, quantity: "7", unitAmount: "5.13765", flatAmount: "0.00", amount: "35.96355" }]);
    expect(r.total).toBe("35.96");
    expect(r.unitPrice).toBe("5.14");
    expect(r.trace.filter((e) => e.step !== "candidate").map((e) => e.step)).toEqual(["search", "search", "search", "derive", "derive", "tier", "round"]);
    const derive = r.trace.filter((e) => e.step === "derive");
    expect(derive).toEqual([
      { step: "derive", from: "list", to: "distributor", kind: "discount", rate: "0.3", factor: "0.7", reason: "'distributor' has no applicable price: list amounts × (1 - 0.3) = × 0.7, exact" },
      { step: "derive", from: "distributor", to: "oem", kind: "markup", rate: "0.05", factor: "1.05", reason: "'oem' has no applicable price: distributor amounts × (1 + 0.05) = × 1.05, exact" },
    ]);
    expect(r.trace.at(-1)).toEqual({ step: "round", exact: "35.96355", rounded: "35.96", mode: "half-even", minorUnits: 2, reason: "exact total 35.96355 rounded half-even to 2 decimals (USD)" });
  });

  it("uses a channel's own price when one applies, and passes over other regions", () => {
    expect(quote(book, { ...req, quantity: 2, channel: "distributor", region: "US-CA" }).total).toBe("6.00");
    const r = quote(book, { ...req, quantity: 2, channel: "distributor", region: "CN" });
    expect(r.total).toBe("9.79"); // 6.99 × 0.7 × 2 = 9.786
    expect(r.trace[1]).toMatchObject({ step: "candidate", price: 4, taken: false, reason: "passed over: region 'US' does not contain 'CN'" });
  });

  it("passes a channel with neither discount nor markup through unchanged", () => {
    const r = quote(book, { ...req, quantity: 2, channel: "agent" });
    expect(r.total).toBe("14.00");
    expect(r.trace.find((e) => e.step === "derive")).toMatchObject({ kind: "none", factor: "1" });
  });

  it("bills fractional quantities exactly, graduated across a fractional bound", () => {
    const r = quote(book, { sku: "FRAC", channel: "list", date: "2026-05-01", quantity: "3.25" });
    expect(r.lines).toEqual([
      { from: "0", to: "2.5", quantity: "2.5", unitAmount: "10.00", flatAmount: "1.00", amount: "26.00" },
      { from: "2.5", to: null, quantity: "0.75", unitAmount: "8.00", flatAmount: "0.00", amount: "6.00" },
    ]);
    expect(r.total).toBe("32.00");
    expect(r.unitPrice).toBe("9.85"); // 32 / 3.25 = 9.846…
    expect(quote(book, { sku: "FRAC", channel: "list", date: "2026-05-01", quantity: 0.1 }).total).toBe("2.00");
  });

  it("keeps sub-cent unit amounts exact until the total", () => {
    expect(quote(book, { sku: "TINY", channel: "list", date: "2026-05-01", quantity: 3 }).total).toBe("0.04"); // 0.0375
    expect(quote(book, { sku: "TINY", channel: "list", date: "2026-05-01", quantity: 2 }).total).toBe("0.02"); // 0.025 half-even
    expect(quote(book, { sku: "TINY", channel: "list", date: "2026-05-01", quantity: 2 }).lines[0]!.unitAmount).toBe("0.0125");
  });

  it("quotes quantity 0 with a null unit price", () => {
    const r = quote(book, { ...req, quantity: 0 });
    expect(r).toMatchObject({ total: "0.00", unitPrice: null, quantity: "0" });
  });

  it("answers the same from a compiled book, with or without the trace", () => {
    const compiled = compilePriceBook(book);
    expect(compilePriceBook(book)).toBe(compiled);
    const r = { ...req, quantity: 11, channel: "oem", region: "CN-ZJ" };
    const full = quote(book, r);
    const fast = quote(compiled, r, { trace: false });
    expect(fast.trace).toEqual([]);
    expect({ ...fast, trace: full.trace }).toEqual(full);
  });
});

describe("quote: money per currency and rounding mode", () => {
  const one = (currency: string, rounding: string, unitAmount: string) =>
    definePriceBook({ currency, rounding, channels: [{ id: "list" }], prices: [{ sku: "A", channel: "list", unitAmount }] });
  it.each([
    ["JPY", "half-even", "102.5", 1, "102"],
    ["JPY", "half-even", "103.5", 1, "104"],
    ["KRW", "half-away-from-zero", "102.5", 1, "103"],
    ["BHD", "half-even", "1.23456", 1, "1.235"],
    ["KWD", "down", "1.23456", 1, "1.234"],
    ["USD", "up", "0.001", 1, "0.01"],
    ["USD", "down", "0.019", 1, "0.01"],
    ["EUR", "half-away-from-zero", "0.125", 1, "0.13"],
    ["EUR", "half-even", "0.125", 1, "0.12"],
  ])("%s %s: 1 × %s = %s", (currency, rounding, unit, qty, total) => {
    expect(quote(one(currency, rounding, unit), { sku: "A", channel: "list", date: "2026-01-01", quantity: qty }).total).toBe(total);
  });
});

describe("quote: errors", () => {
  it("names what was searched when no price applies", () => {
    const r = safeQuote(book, { ...req, sku: "ERP", quantity: 1, channel: "oem", date: "2025-12-31" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(QuoteError);
    expect(r.error.code).toBe("no_price");
    expect(r.error.message).toBe("no price for sku 'ERP' in channels 'oem' -> 'distributor' -> 'list', region (none), on 2025-12-31");
    expect(r.error.details).toEqual({ sku: "ERP", channels: ["oem", "distributor", "list"], region: null, date: "2025-12-31" });
  });

  it("rejects an unknown channel", () => {
    expect(() => quote(book, { ...req, quantity: 1, channel: "retail" })).toThrow(expect.objectContaining({ code: "unknown_channel" }));
  });

  it("reports every problem of an invalid request with its path", () => {
    const bad = { sku: "", quantity: -1, channel: "list", date: "2027-02-30", region: "CN ZJ" };
    const r = safeQuote(book, bad);
    expect(!r.success && r.error.code).toBe("invalid_request");
    expect(!r.success && r.error.issues.map((i) => [i.path, i.code])).toEqual([
      [["sku"], "too_small"],
      [["region"], "invalid_region"],
      [["date"], "invalid_date"],
      [["quantity"], "negative_quantity"],
    ]);
    const r2 = safeQuote(book, { ...req, quantity: "1e3" });
    expect(!r2.success && r2.error.issues.map((i) => [i.path, i.code])).toEqual([[["quantity"], "invalid_decimal"]]);
    const r3 = safeQuote(book, { ...req, quantity: Infinity });
    expect(!r3.success && r3.error.issues[0]!.message).toBe("number out of range (Infinity); write it as a decimal string");
  });
});

describe("quote: the book", () => {
  it("refuses a plain object that did not come from definePriceBook", () => {
    const lookAlike = JSON.parse(JSON.stringify(book)) as typeof book;
    expect(() => quote(lookAlike, { ...req, quantity: 1 })).toThrow(expect.objectContaining({ code: "invalid_price_book", issues: [expect.objectContaining({ code: "not_validated" })] }));
  });
});
