/**
 * The flat index's integer layouts against the exact decimal path (fast-check, fixed seed): amounts
 * on both sides of the 32-bit range (one integer, or two halves of a safe integer) and beyond 2^53
 * (the exact path), at the scales derivation gives them, and a book large enough that its layouts
 * fill several chunks of the pool.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orNoPrice } from "../helpers/noPrice.js";
import { compilePriceBook, definePriceBook, quote } from "../../src/index.js";
import { STATE } from "../../src/pricing/compiled.js";

const SEED = { seed: 42 };


/** A quote of a whole quantity (the flat index) and the same quote on the exact path (a quantity text). */
function bothWays(book: Parameters<typeof quote>[0], r: { sku: string; channel: string; quantity: number; region?: string | null; date: string }, trace: boolean) {
  const flat = orNoPrice(() => quote(book, r, { trace }));
  const exact = orNoPrice(() => {
    const q = quote(book, { ...r, quantity: String(r.quantity) }, { trace });
    return trace ? q : { ...q, trace: [] };
  });
  return { flat, exact };
}

describe("flat index layouts", () => {
  it("scaled integers, one or two to an amount, quote what the exact decimal path quotes", () => {
    // Amounts in minor units near 2^31 and 2^32 (where a layout turns wide) and near 2^53, written
    // with 0 to 4 decimals, on a channel tree whose factors add decimals (so the common scale grows).
    const edge = fc.oneof(
      fc.integer({ min: 0, max: 1_000 }),
      fc.integer({ min: 2 ** 31 - 2_000, max: 2 ** 31 + 2_000 }),
      fc.integer({ min: 2 ** 32 - 2_000, max: 2 ** 32 + 2_000 }),
      fc.integer({ min: 0, max: 2 ** 40 }),
      fc.integer({ min: Number.MAX_SAFE_INTEGER - 10_000, max: Number.MAX_SAFE_INTEGER }),
    );
    const text = (v: number, decimals: number) => {
      const digits = String(v).padStart(decimals + 1, "0");
      return decimals === 0 ? digits : `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ step: fc.integer({ min: 1, max: 2 ** 31 + 5 }), unit: edge, flat: fc.oneof(fc.constant(0), edge), decimals: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<"volume" | "graduated">("volume", "graduated"),
        fc.constantFrom("half-even", "half-away-from-zero", "up", "down"),
        fc.constantFrom("USD", "JPY", "KWD"),
        fc.array(fc.tuple(fc.constantFrom("list", "d", "m"), fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 2 ** 32 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }))), { minLength: 1, maxLength: 6 }),
        (ts, tiersMode, rounding, currency, requests) => {
          let upTo = 0;
          const tiers = ts.map((t, k) => ({ upTo: k === ts.length - 1 ? null : (upTo += t.step), unitAmount: text(t.unit, t.decimals), flatAmount: text(t.flat, t.decimals) }));
          const book = definePriceBook({
            currency,
            rounding,
            channels: [{ id: "list" }, { id: "d", parent: "list", discount: "0.15" }, { id: "m", parent: "d", markup: "0.0625" }],
            prices: [{ sku: "A", channel: "list", tiersMode, tiers }],
          });
          for (const [channel, quantity] of requests) {
            for (const trace of [false, true]) {
              const { flat, exact } = bothWays(book, { sku: "A", channel, quantity, date: "2026-05-01" }, trace);
              expect(JSON.stringify(flat)).toBe(JSON.stringify(exact));
            }
          }
        },
      ),
      { ...SEED, numRuns: 300 },
    );
  });

  it("a price of thousands of tiers, longer than the pool's first chunks, is laid out and quotes as the exact path does", () => {
    for (const tiersMode of ["volume", "graduated"] as const) {
      const n = 9_000;
      const tiers = Array.from({ length: n }, (_, k) => ({ upTo: k === n - 1 ? null : 2 * (k + 1), unitAmount: `${1_000 + ((k * 7919) % 5_000)}.${String(k % 100).padStart(2, "0")}`, flatAmount: k % 3 === 0 ? "1.25" : "0" }));
      const book = compilePriceBook(definePriceBook({ currency: "USD", channels: [{ id: "list" }, { id: "d", parent: "list", discount: "0.2" }], prices: [{ sku: "A", channel: "list", tiersMode, tiers }, { sku: "B", channel: "list", unitAmount: "3.00" }] }));
      const requests = ["list", "d"].flatMap((channel) => [0, 1, 2, 3, 999, 4_000, 17_997, 17_998, 17_999, 40_000].flatMap((quantity) => ["A", "B"].map((sku) => ({ sku, channel, quantity, date: "2026-05-01" }))));
      const flat = requests.map((r) => quote(book, r, { trace: false }));
      // The flat index answered every one: a quote it hands over keeps the sku's candidate objects.
      expect((book as unknown as Record<symbol, { skus: Map<string, unknown> }>)[STATE]!.skus.size).toBe(0);
      requests.forEach((r, k) => {
        expect(JSON.stringify(flat[k])).toBe(JSON.stringify({ ...quote(book, { ...r, quantity: String(r.quantity) }), trace: [] }));
      });
    }
  });

  it("a book whose layouts fill several chunks of the pool quotes every sku as the exact path does", () => {
    // 1,500 skus, a price per channel for most, region and date prices for some, so keys, runs and
    // layouts of one sku land in different chunks as the skus are first quoted.
    const channels = [{ id: "list" }, { id: "d", parent: "list", discount: "0.3" }, { id: "m", parent: "d", markup: "0.125" }, { id: "w", parent: "list" }];
    let seed = 3;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const prices: object[] = [];
    const skus: string[] = [];
    for (let i = 0; i < 1_500; i++) {
      const sku = `P-${i}`;
      skus.push(sku);
      const tiers = () => {
        const n = 1 + next(5);
        let upTo = 0;
        return Array.from({ length: n }, (_, k) => ({ upTo: k === n - 1 ? null : (upTo += 1 + next(20)), unitAmount: `${next(100_000)}.${String(next(100)).padStart(2, "0")}`, flatAmount: next(5) === 0 ? "2.50" : "0" }));
      };
      const mode = () => (next(2) === 0 ? "volume" : "graduated");
      prices.push({ sku, channel: "list", tiersMode: mode(), tiers: tiers() });
      if (next(3) > 0) prices.push({ sku, channel: "d", tiersMode: mode(), tiers: tiers() });
      if (next(4) === 0) prices.push({ sku, channel: "w", region: "CN", tiersMode: mode(), tiers: tiers() }, { sku, channel: "w", validTo: "2026-04-01", tiersMode: mode(), tiers: tiers() });
    }
    const book = compilePriceBook(definePriceBook({ currency: "USD", channels, prices }));
    for (const trace of [false, true]) {
      for (const sku of skus) {
        for (const c of channels) {
          const r = { sku, channel: c.id, quantity: next(60), region: next(2) === 0 ? null : "CN-ZJ", date: next(2) === 0 ? "2026-03-01" : "2026-05-01" };
          const { flat, exact } = bothWays(book, r, trace);
          expect(JSON.stringify(flat)).toBe(JSON.stringify(exact));
        }
      }
    }
  });
});
