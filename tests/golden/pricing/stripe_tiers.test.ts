import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePriceBook, definePriceBook, quote } from "../../../src/index.js";

interface Fixture {
  book: unknown;
  quotes: { sku: string; qty: number; channel: string; expected: { total: string } }[];
}

// Stripe Billing's published tier examples (volume vs graduated, flat amounts, quantity 0).
const fixture = JSON.parse(readFileSync(new URL("./stripe_tiers.json", import.meta.url), "utf8")) as Fixture;
const book = definePriceBook(fixture.book);
const compiled = compilePriceBook(book);

describe("golden: Stripe tiered pricing examples", () => {
  it("has quotes to check", () => {
    expect(fixture.quotes.length).toBe(30);
  });

  for (const q of fixture.quotes) {
    it(`${q.sku} × ${q.qty} = ${q.expected.total}`, () => {
      const request = { sku: q.sku, quantity: q.qty, channel: q.channel, date: "2026-01-01" };
      const r = quote(book, request);
      expect(r.total).toBe(q.expected.total);
      expect(r.currency).toBe("USD");
      // The string quantity takes the exact bigint path; the compiled book the Number path.
      expect(quote(book, { ...request, quantity: String(q.qty) }).total).toBe(q.expected.total);
      expect(quote(compiled, request, { trace: false }).total).toBe(q.expected.total);
      // The lines add up to the total (no rounding needed with cents-only amounts).
      const cents = r.lines.reduce((s, l) => s + Math.round(Number(l.amount) * 100), 0);
      expect(cents).toBe(Math.round(Number(q.expected.total) * 100));
    });
  }

  it("bills quantity 0 at the first tier's flat amount, with no unit price", () => {
    const r = quote(book, { sku: "E2-G", quantity: 0, channel: "list", date: "2026-01-01" });
    expect(r.lines).toEqual([{ from: "0", to: "5", quantity: "0", unitAmount: "5.00", flatAmount: "10.00", amount: "10.00" }]);
    expect(r.unitPrice).toBeNull();
  });

  it("prints the graduated lines of E1-G × 11 as Stripe's invoice does", () => {
    const r = quote(book, { sku: "E1-G", quantity: 11, channel: "list", date: "2026-01-01" });
    expect(r.lines).toEqual([
      { from: "0", to: "5", quantity: "5", unitAmount: "7.00", flatAmount: "0.00", amount: "35.00" },
      { from: "5", to: "10", quantity: "5", unitAmount: "6.50", flatAmount: "0.00", amount: "32.50" },
      { from: "10", to: null, quantity: "1", unitAmount: "6.00", flatAmount: "0.00", amount: "6.00" },
    ]);
    expect(r.unitPrice).toBe("6.68");
  });
});
