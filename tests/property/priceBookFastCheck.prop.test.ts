/**
 * The fast path for a price book's prices agrees with the zod schema: on random records, valid or
 * not, it never accepts a price zod rejects, and it accepts the common valid shapes; the canonical
 * texts it prints are those of the exact path; and a whole book gets the same issues (or the same
 * normalized book) whether the fast path checks its prices or zod does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeDefinePriceBook } from "../../src/index.js";
import { fastBoundText, fastMoneyText, fastPriceOk } from "../../src/pricing/fastCheck.ts";
import { formatDecimal, normalize, toDecimal } from "../../src/pricing/decimal.ts";
import { PriceSchema } from "../../src/pricing/schema.ts";

const SEED = { seed: 42, numRuns: 3000 };

const decimalish = fc.oneof(
  fc.constantFrom("7.00", "0", "0.5", "-1.00", "-0.00", "07.00", "1e3", " 1", "", "7.", ".5", "1.250", "12.345", "7.000"),
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(Number.NaN, Infinity, 1e400, 1.5, 0.1, 1e21, -0),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`),
);
const anyValue = fc.oneof(decimalish, fc.constantFrom(null, "x", "", true, [], {}, "volume", "2026-01-01", "CN-ZJ"), fc.string());
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(fc.oneof(a, anyValue), { nil: undefined, freq: 2 });
const tierArb = fc.record(
  { upTo: fc.oneof(decimalish, fc.constant(null), anyValue), unitAmount: maybe(decimalish), flatAmount: maybe(decimalish), extra: fc.option(anyValue, { nil: undefined, freq: 15 }) },
  { requiredKeys: [] },
);
const priceArb = fc.record(
  {
    id: maybe(fc.constantFrom("P-1", "")),
    sku: fc.oneof(fc.constantFrom("ERP", "__proto__", ""), anyValue),
    channel: fc.oneof(fc.constantFrom("list", "distributor"), anyValue),
    region: maybe(fc.constantFrom("CN", "CN-ZJ", "cn", "CN_ZJ", "CN-", null)),
    validFrom: maybe(fc.constantFrom("2026-01-01", "2026-02-30", "2026-1-1", null)),
    validTo: maybe(fc.constantFrom("2027-01-01", "20270101", null)),
    tiersMode: maybe(fc.constantFrom("volume", "graduated", "stairs")),
    tiers: fc.option(fc.oneof(fc.array(tierArb, { maxLength: 4 }), anyValue), { nil: undefined, freq: 2 }),
    unitAmount: maybe(decimalish),
    flatAmount: maybe(decimalish),
    bogus: fc.option(anyValue, { nil: undefined, freq: 12 }),
  },
  { requiredKeys: [] },
);
/** Through JSON, as a document arrives (undefined fields dropped, -0 written as 0). */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? "null");

/** Valid prices of the shapes books are made of: the fast path must take them. */
const validPriceArb = fc.record({
  sku: fc.constantFrom("ERP", "MES-1", "__proto__"),
  channel: fc.constantFrom("list", "distributor"),
  region: fc.constantFrom(undefined, null, "CN", "CN-ZJ"),
  validFrom: fc.constantFrom(undefined, null, "2026-01-01"),
  tiersMode: fc.constantFrom(undefined, "volume", "graduated"),
  tiers: fc.array(
    fc.record({ upTo: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.constant(null)), unitAmount: fc.constantFrom("7.00", 7, "0.125", undefined), flatAmount: fc.constantFrom(undefined, "5.00", 0) }),
    { minLength: 1, maxLength: 5 },
  ),
});

describe("the price book's fast path", () => {
  it("never accepts a price the schema rejects", () => {
    fc.assert(
      fc.property(priceArb, (raw) => {
        const v = asJson(raw);
        if (fastPriceOk(v)) expect(PriceSchema.safeParse(v).success).toBe(true);
      }),
      SEED,
    );
  });

  it("accepts the valid shapes books are made of, as the schema does", () => {
    fc.assert(
      fc.property(validPriceArb, (raw) => {
        const v = asJson(raw);
        expect([fastPriceOk(v), PriceSchema.safeParse(v).success]).toEqual([true, true]);
      }),
      SEED,
    );
  });

  it("prints amounts and bounds exactly as the exact path does, or leaves them to it", () => {
    fc.assert(
      fc.property(decimalish, fc.constantFrom(0, 2, 3), (v, minor) => {
        const dec = typeof v === "string" || Number.isFinite(v) ? toDecimal(v) : undefined;
        const money = fastMoneyText(v, minor);
        if (money !== undefined) expect(money).toBe(formatDecimal(dec!, minor));
        const bound = fastBoundText(v);
        if (bound !== undefined) expect(bound).toBe(formatDecimal(normalize(dec!)));
      }),
      SEED,
    );
  });

  it("gives a book the same issues, or the same book, whether the fast path or zod checks its prices", () => {
    const channels = [{ id: "list" }, { id: "distributor", parent: "list", discount: "0.3" }];
    fc.assert(
      fc.property(fc.array(fc.oneof(validPriceArb, priceArb), { maxLength: 6 }), (raw) => {
        const prices = asJson(raw) as unknown[];
        const fast = safeDefinePriceBook({ currency: "USD", channels, prices });
        // One price the fast path declines sends every price to zod.
        const slow = safeDefinePriceBook({ currency: "USD", channels, prices: [...prices, { sku: "ZZ", channel: "list", unitAmount: "1", bogus: 1 }] });
        expect(fastPriceOk({ sku: "ZZ", channel: "list", unitAmount: "1", bogus: 1 })).toBe(false);
        const slowIssues = slow.success ? [] : slow.error.issues.filter((i) => i.path[1] !== prices.length);
        if (fast.success) {
          expect(slowIssues).toEqual([]);
        } else {
          expect(fast.error.issues).toEqual(slowIssues);
        }
      }),
      { seed: 42, numRuns: 1500 },
    );
  });

  it("orders tiers given as JSON numbers as it orders them written as decimal strings", () => {
    const bound = fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constantFrom(0.5, 2.25, 10.75, 1e15, 1e15 + 2));
    fc.assert(
      fc.property(fc.array(fc.oneof(bound, fc.constant(null)), { minLength: 1, maxLength: 6 }), (bounds) => {
        const book = (asText: boolean) =>
          safeDefinePriceBook({
            currency: "USD",
            channels: [{ id: "list" }],
            prices: [{ sku: "A", channel: "list", tiers: bounds.map((b) => ({ upTo: b === null || !asText ? b : String(b), unitAmount: "1.00" })) }],
          });
        const numbers = book(false);
        const texts = book(true);
        expect(numbers.success ? [] : numbers.error.issues).toEqual(texts.success ? [] : texts.error.issues);
        if (numbers.success && texts.success) expect(numbers.data.prices).toEqual(texts.data.prices);
      }),
      SEED,
    );
  });
});
