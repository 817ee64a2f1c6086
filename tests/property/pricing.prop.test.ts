/** Properties of channel pricing (fast-check, fixed seed). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orNoPrice } from "../helpers/noPrice.js";
import {
  definePriceBook,
  quote,
  settleRebate,
  findVolumeCliffs,
  type PriceBook,
  type QuoteResult,
} from "../../src/index.js";
import { add, cmp, mul, neg, parseDecimal, roundToScale, ROUNDING_MODES, sub, ONE, type Dec } from "../../src/pricing/decimal.js";

const SEED = { seed: 42 };
const d = (t: string): Dec => parseDecimal(t)!;
const cents = (n: number) => (n / 100).toFixed(2); // n is an integer: toFixed only prints it
const mode = fc.constantFrom(...ROUNDING_MODES);
const date = "2026-05-01";

/** Tiers with integer ascending bounds and cent amounts. */
const tiersArb = fc
  .array(fc.record({ step: fc.integer({ min: 1, max: 20 }), unit: fc.integer({ min: 0, max: 100_000 }), flat: fc.integer({ min: 0, max: 5_000 }) }), { minLength: 1, maxLength: 6 })
  .map((ts) => {
    let upTo = 0;
    return ts.map((t, k) => {
      upTo += t.step;
      return { upTo: k === ts.length - 1 ? null : upTo, unitAmount: cents(t.unit), flatAmount: cents(t.flat) };
    });
  });

const oneSku = (tiersMode: "volume" | "graduated", tiers: unknown, rounding = "half-even", extra: object[] = []) =>
  definePriceBook({ currency: "USD", rounding, channels: [{ id: "list" }, ...extra], prices: [{ sku: "A", channel: "list", tiersMode, tiers }] });

/** The exact total of a quote (the trace's round step). */
const exactOf = (r: QuoteResult): Dec => {
  const round = r.trace.find((e) => e.step === "round");
  if (round?.step !== "round") throw new Error("no round step");
  return d(round.exact);
};

describe("pricing properties", () => {
  it("graduated totals never fall as the quantity grows (non-negative tiers)", () => {
    fc.assert(
      fc.property(tiersArb, mode, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 99 }), (tiers, rounding, a, b, frac) => {
        const book = oneSku("graduated", tiers, rounding);
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const q1 = quote(book, { sku: "A", channel: "list", date, quantity: lo });
        const q2 = quote(book, { sku: "A", channel: "list", date, quantity: `${hi}.${String(frac).padStart(2, "0")}` });
        expect(cmp(exactOf(q1), exactOf(q2))).toBeLessThanOrEqual(0);
        expect(cmp(d(q1.total), d(q2.total))).toBeLessThanOrEqual(0);
      }),
      { ...SEED, numRuns: 200 },
    );
  });

  it("volumeCliffs lists every quantity where the volume total drops, and only those", () => {
    fc.assert(
      fc.property(tiersArb, (tiers) => {
        const book = oneSku("volume", tiers);
        const req = { sku: "A", channel: "list", date };
        const cliffs = findVolumeCliffs(book, req);
        const at = new Set(cliffs.map((c) => c.quantity));
        const last = tiers.reduce((m, t) => Math.max(m, t.upTo ?? 0), 0) + 2;
        let prev = exactOf(quote(book, { ...req, quantity: 0 }));
        for (let q = 1; q <= last; q++) {
          const cur = exactOf(quote(book, { ...req, quantity: q }));
          if (cmp(cur, prev) < 0) expect(at.has(String(q - 1))).toBe(true);
          prev = cur;
        }
        for (const c of cliffs) {
          const atCliff = exactOf(quote(book, { ...req, quantity: c.quantity }));
          const justAbove = exactOf(quote(book, { ...req, quantity: `${c.quantity}.000000001` }));
          expect(cmp(justAbove, atCliff)).toBeLessThan(0);
          expect(add(d(c.totalAbove), d(c.drop))).toEqual(add(d(c.total), d("0")));
        }
      }),
      { ...SEED, numRuns: 150 },
    );
  });

  it("selection does not depend on the order of the prices", () => {
    const regions = [null, "CN", "CN-ZJ", "CN-ZJ-HZ", "US"] as const;
    const windows = [[null, "2026-03-01"], ["2026-03-01", "2026-06-01"], ["2026-06-01", null]] as const;
    const all: { id: string; sku: string; channel: string; region: string | null; validFrom: string | null; validTo: string | null }[] = [];
    for (const channel of ["list", "dist"]) {
      for (const region of regions) {
        for (const [validFrom, validTo] of windows) {
          all.push({ id: `${channel}/${region ?? "*"}/${validFrom ?? "-"}`, sku: "A", channel, region, validFrom, validTo });
        }
      }
    }
    fc.assert(
      fc.property(
        fc.shuffledSubarray(all, { minLength: 1 }),
        fc.array(fc.integer({ min: 100, max: 99_999 }), { minLength: all.length, maxLength: all.length }),
        fc.array(fc.tuple(fc.constantFrom("list", "dist"), fc.constantFrom(null, "CN", "CN-ZJ-HZ-XH", "CN-SH", "US-CA", "DE"), fc.constantFrom("2026-01-15", "2026-03-01", "2026-05-31", "2026-06-01", "2027-01-01")), { minLength: 1, maxLength: 8 }),
        (subset, amounts, requests) => {
          const prices = subset.map((p) => ({ ...p, unitAmount: cents(amounts[all.indexOf(p)]!) }));
          const book = (ps: typeof prices) => definePriceBook({ currency: "USD", channels: [{ id: "list" }, { id: "dist", parent: "list", discount: "0.25" }], prices: ps });
          const forward = book(prices);
          const backward = book([...prices].reverse());
          const chosen = (b: PriceBook, r: QuoteResult) => r.trace.filter((e) => e.step === "candidate" && e.taken).map((e) => (e.step === "candidate" ? b.prices[e.price]!.id : null));
          for (const [channel, region, day] of requests) {
            const req = { sku: "A", channel, region, date: day, quantity: 3 };
            const a = orNoPrice(() => quote(forward, req));
            const b = orNoPrice(() => quote(backward, req));
            if (a === "no_price" || b === "no_price") {
              expect(a).toBe(b);
              continue;
            }
            expect(b.total).toBe(a.total);
            expect(b.lines).toEqual(a.lines);
            expect(chosen(backward, b)).toEqual(chosen(forward, a));
          }
        },
      ),
      { ...SEED, numRuns: 100 },
    );
  });

  it("a derived channel's total is the parent's exact total times the factor, rounded once", () => {
    fc.assert(
      fc.property(
        tiersArb,
        fc.constantFrom<"volume" | "graduated">("volume", "graduated"),
        mode,
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 999 }),
        (tiers, tiersMode, rounding, rate, isDiscount, whole, thousandths) => {
          const r = (rate / 10_000).toFixed(4);
          const child = isDiscount ? { id: "child", parent: "list", discount: r } : { id: "child", parent: "list", markup: r };
          const grand = { id: "grand", parent: "child", markup: "0.05" };
          const book = oneSku(tiersMode, tiers, rounding, [child, grand]);
          const quantity = `${whole}.${String(thousandths).padStart(3, "0")}`;
          const parent = quote(book, { sku: "A", channel: "list", date, quantity });
          const derived = quote(book, { sku: "A", channel: "grand", date, quantity });
          const factor = mul(isDiscount ? sub(ONE, d(r)) : add(ONE, d(r)), d("1.05"));
          const expected = roundToScale(mul(exactOf(parent), factor), 2, rounding);
          expect(d(derived.total)).toEqual({ n: expected, s: 2 });
          expect(cmp(exactOf(derived), mul(exactOf(parent), factor))).toBe(0);
        },
      ),
      { ...SEED, numRuns: 200 },
    );
  });

  it("a rebate never exceeds the basis times the highest rate, and is never negative", () => {
    const salesArb = fc.array(fc.record({ amount: fc.integer({ min: -50_000, max: 500_000 }), day: fc.integer({ min: 1, max: 28 }) }), { maxLength: 12 });
    const rebateTiers = fc.array(fc.record({ step: fc.integer({ min: 1, max: 200_000 }), rate: fc.integer({ min: 0, max: 1000 }) }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(salesArb, rebateTiers, fc.constantFrom<"retroactive" | "marginal">("retroactive", "marginal"), mode, fc.integer({ min: 0, max: 500 }), (sales, tiers, m, rounding, firstFrom) => {
        let from = firstFrom * 100 - 1;
        const ts = tiers.map((t) => ({ from: cents((from += t.step)), rate: (t.rate / 10_000).toFixed(4) }));
        const book = definePriceBook({ currency: "USD", rounding, channels: [{ id: "list" }], rebates: [{ id: "R", partner: "P", from: "2026-01-01", to: "2027-01-01", mode: m, accrualRate: "0.01", tiers: ts }] });
        const s = settleRebate(book, "R", sales.map((x) => ({ partner: "P", sku: "A", date: `2026-02-${String(x.day).padStart(2, "0")}`, amount: cents(x.amount) })));
        const maxRate = ts.reduce((acc, t) => (cmp(d(t.rate), acc) > 0 ? d(t.rate) : acc), d("0"));
        const basis = d(s.basis);
        const cap = cmp(basis, d("0")) > 0 ? roundToScale(mul(basis, maxRate), 2, rounding) : 0n;
        expect(d(s.rebate).n).toBeLessThanOrEqual(cap);
        expect(d(s.rebate).n).toBeGreaterThanOrEqual(0n);
        expect(d(s.settlement)).toEqual(sub(d(s.rebate), d(s.accrued)));
      }),
      { ...SEED, numRuns: 200 },
    );
  });

  it("a credit mirrors its invoice in every rounding mode (all four are symmetric around zero)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 3 }), mode, (n, s, scale, rounding) => {
        const x = { n, s };
        expect(roundToScale(neg(x), scale, rounding)).toBe(-roundToScale(x, scale, rounding));
      }),
      { ...SEED, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 10_000 }), mode, (amounts, rate, rounding) => {
        const book = definePriceBook({ currency: "USD", rounding, channels: [{ id: "list" }], rebates: [{ id: "R", partner: "P", from: "2026-01-01", mode: "retroactive", accrualRate: (rate / 10_000).toFixed(4), tiers: [{ from: "0", rate: "0" }] }] });
        const lines = (sign: 1 | -1) => amounts.map((a) => ({ partner: "P", sku: "A", date: "2026-03-01", amount: cents(sign * a) }));
        const invoice = settleRebate(book, "R", lines(1));
        const credit = settleRebate(book, "R", lines(-1));
        expect(credit.accruals.map((a) => a.accrual)).toEqual(invoice.accruals.map((a) => (a.accrual === "0.00" ? "0.00" : `-${a.accrual}`)));
      }),
      { ...SEED, numRuns: 200 },
    );
  });

  it("the Number fast path and the exact bigint path agree, near and beyond 2^53", () => {
    const big = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(
        fc.array(fc.record({ step: fc.integer({ min: 1, max: 1_000_000 }), unit: big, flat: big }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<"volume" | "graduated">("volume", "graduated"),
        mode,
        fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        fc.constantFrom("0.3", "0.125", "0"),
        (ts, tiersMode, rounding, quantity, discount) => {
          let upTo = 0;
          const tiers = ts.map((t, k) => ({ upTo: k === ts.length - 1 ? null : (upTo += t.step), unitAmount: `${t.unit}.${String(t.unit % 1000).padStart(3, "0")}`, flatAmount: String(t.flat) }));
          const book = definePriceBook({ currency: "KWD", rounding, channels: [{ id: "list" }, { id: "d", parent: "list", discount }], prices: [{ sku: "A", channel: "list", tiersMode, tiers }] });
          const req = { sku: "A", channel: "d", date };
          expect(quote(book, { ...req, quantity })).toEqual(quote(book, { ...req, quantity: String(quantity) }));
        },
      ),
      { ...SEED, numRuns: 300 },
    );
  });

  it("the flat index (no trace, whole quantity) quotes exactly what the object index quotes", () => {
    // Skus that share a prefix, one too wide for the flat keys (a code unit >= 2^15), and one
    // that is not in the book; prices with and without region and validity, on a channel tree
    // with discounts, markups and a plain child; amounts up to beyond 2^53 at scale 3.
    const skus = ["A", "AB", "B-01", "B-010", "\u9999X", "Ä"];
    const channels = [
      { id: "list" },
      { id: "d", parent: "list", discount: "0.3" },
      { id: "m", parent: "d", markup: "0.125" },
      { id: "p", parent: "list" },
    ];
    const amount = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const priceArb = fc.record({
      sku: fc.constantFrom(...skus.slice(0, 5)),
      channel: fc.constantFrom("list", "d", "m", "p"),
      region: fc.constantFrom(null, null, null, "CN", "CN-ZJ"),
      window: fc.constantFrom([null, null], [null, null], ["2026-03-01", null], [null, "2026-03-01"]),
      tiersMode: fc.constantFrom<"volume" | "graduated">("volume", "graduated"),
      fractionalBound: fc.boolean(),
      tiers: fc.array(fc.record({ step: fc.integer({ min: 1, max: 30 }), unit: amount, flat: fc.integer({ min: 0, max: 5_000 }), thousandths: fc.boolean() }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(priceArb, { minLength: 1, maxLength: 12 }),
        mode,
        fc.constantFrom("USD", "JPY", "KWD"),
        fc.array(
          fc.record({
            sku: fc.constantFrom(...skus),
            channel: fc.constantFrom("list", "d", "m", "p"),
            region: fc.constantFrom(undefined, "CN", "CN-ZJ-HZ", "US"),
            date: fc.constantFrom("2026-01-15", "2026-03-01", "2026-05-01"),
            quantity: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        (specs, rounding, currency, requests) => {
          // One price per sku, channel and region: validity windows of one key must not overlap.
          const seen = new Set<string>();
          const prices = specs
            .filter((p) => {
              const key = `${p.sku}|${p.channel}|${p.region}`;
              return !seen.has(key) && seen.add(key) !== undefined;
            })
            .map((p) => {
              let upTo = 0;
              const tiers = p.tiers.map((t, k) => ({
                upTo: k === p.tiers.length - 1 ? null : k === 0 && p.fractionalBound ? `${(upTo += t.step)}.5` : String((upTo += t.step)),
                unitAmount: t.thousandths ? `${t.unit}.${String(t.unit % 1000).padStart(3, "0")}` : String(t.unit),
                flatAmount: cents(t.flat),
              }));
              return { sku: p.sku, channel: p.channel, region: p.region, validFrom: p.window[0], validTo: p.window[1], tiersMode: p.tiersMode, tiers };
            });
          const book = definePriceBook({ currency, rounding, channels, prices });
          for (let pass = 0; pass < 2; pass++) {
            // The second pass meets the derived layouts the first one laid out.
            for (const r of requests) {
              const flat = orNoPrice(() => quote(book, r, { trace: false }));
              const exact = orNoPrice(() => ({ ...quote(book, { ...r, quantity: String(r.quantity) }), trace: [] }));
              expect(flat).toEqual(exact);
              if (flat !== "no_price") expect(JSON.stringify(flat)).toBe(JSON.stringify(exact));
            }
          }
        },
      ),
      { ...SEED, numRuns: 300 },
    );
  });

  it("runs of region- and date-dependent candidates on the flat index quote what the object index quotes", () => {
    // Several validity windows per sku, channel and region, regions three levels deep beside a
    // price for every region, and requests on the window bounds, for a channel tree with
    // discounts and markups: the no-trace quotes pick from the flat candidate runs.
    const channels = [
      { id: "list" },
      { id: "d", parent: "list", discount: "0.15" },
      { id: "m", parent: "d", markup: "0.2" },
    ];
    const windows: readonly (readonly [string | null, string | null])[] = [
      [null, null],
      [null, "2026-03-01"],
      ["2026-03-01", "2026-06-01"],
      ["2026-06-01", null],
      ["2026-04-15", "2026-05-01"],
    ];
    const overlaps = (a: readonly [string | null, string | null], b: readonly [string | null, string | null]) =>
      (a[0] === null || b[1] === null || a[0] < b[1]) && (b[0] === null || a[1] === null || b[0] < a[1]);
    const priceArb = fc.record({
      sku: fc.constantFrom("A", "B"),
      channel: fc.constantFrom("list", "d", "m"),
      region: fc.constantFrom(null, null, "CN", "CN-ZJ", "CN-ZJ-HZ", "US"),
      window: fc.constantFrom(...windows),
      tiersMode: fc.constantFrom<"volume" | "graduated">("volume", "graduated"),
      tiers: fc.array(fc.record({ step: fc.integer({ min: 1, max: 20 }), unit: fc.integer({ min: 0, max: 100_000 }), flat: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(priceArb, { minLength: 1, maxLength: 24 }),
        mode,
        fc.array(
          fc.record({
            sku: fc.constantFrom("A", "B"),
            channel: fc.constantFrom("list", "d", "m"),
            region: fc.constantFrom(undefined, "CN", "CN-ZJ", "CN-ZJ-HZ", "CN-ZJ-HZ-X1", "CN-JS", "US", "USA"),
            date: fc.constantFrom("2026-01-15", "2026-02-28", "2026-03-01", "2026-04-15", "2026-04-30", "2026-05-01", "2026-06-01", "2027-01-01"),
            quantity: fc.integer({ min: 0, max: 90 }),
          }),
          { minLength: 1, maxLength: 16 },
        ),
        (specs, rounding, requests) => {
          const kept: (typeof specs)[number][] = [];
          for (const p of specs) {
            const clash = kept.some((k) => k.sku === p.sku && k.channel === p.channel && k.region === p.region && overlaps(k.window, p.window));
            if (!clash) kept.push(p);
          }
          const prices = kept.map((p) => {
            let upTo = 0;
            const tiers = p.tiers.map((t, k) => ({ upTo: k === p.tiers.length - 1 ? null : (upTo += t.step), unitAmount: cents(t.unit), flatAmount: cents(t.flat) }));
            return { sku: p.sku, channel: p.channel, region: p.region, validFrom: p.window[0], validTo: p.window[1], tiersMode: p.tiersMode, tiers };
          });
          const book = definePriceBook({ currency: "USD", rounding, channels, prices });
          for (let pass = 0; pass < 2; pass++) {
            // The second pass meets the candidates the first one laid out.
            for (const r of requests) {
              const flat = orNoPrice(() => quote(book, r, { trace: false }));
              const exact = orNoPrice(() => ({ ...quote(book, { ...r, quantity: String(r.quantity) }), trace: [] }));
              if (flat !== "no_price") expect(JSON.stringify(flat)).toBe(JSON.stringify(exact));
              else expect(exact).toBe("no_price");
            }
          }
        },
      ),
      { ...SEED, numRuns: 300 },
    );
  });

  it("quotes with trace from the flat index equal the object index's, trace and all", () => {
    // Fixed slots and runs of candidates (regions three levels deep, several windows, a price for
    // every region), a sku too wide for the flat keys, a fractional bound and amounts beyond 2^53
    // (which the flat index leaves to the object index), on a tree with a discount, a markup and a
    // plain child. A string quantity always takes the object index, a whole number the flat one.
    const skus = ["A", "B-01", "\u9999X", "Z"];
    const channels = [
      { id: "list" },
      { id: "d", parent: "list", discount: "0.15" },
      { id: "m", parent: "d", markup: "0.2" },
      { id: "p", parent: "list" },
    ];
    const windows: readonly (readonly [string | null, string | null])[] = [
      [null, null],
      [null, null],
      [null, "2026-03-01"],
      ["2026-03-01", "2026-06-01"],
      ["2026-06-01", null],
      ["2026-04-15", "2026-05-01"],
    ];
    const overlaps = (a: readonly [string | null, string | null], b: readonly [string | null, string | null]) =>
      (a[0] === null || b[1] === null || a[0] < b[1]) && (b[0] === null || a[1] === null || b[0] < a[1]);
    const amount = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const priceArb = fc.record({
      sku: fc.constantFrom(...skus.slice(0, 3)),
      channel: fc.constantFrom("list", "d", "m", "p"),
      region: fc.constantFrom(null, null, null, "CN", "CN-ZJ", "CN-ZJ-HZ", "US"),
      window: fc.constantFrom(...windows),
      tiersMode: fc.constantFrom<"volume" | "graduated">("volume", "graduated"),
      fractionalBound: fc.constantFrom(false, false, false, true),
      tiers: fc.array(fc.record({ step: fc.integer({ min: 1, max: 20 }), unit: amount, flat: fc.integer({ min: 0, max: 500 }), thousandths: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(priceArb, { minLength: 1, maxLength: 24 }),
        mode,
        fc.constantFrom("USD", "JPY", "KWD"),
        fc.array(
          fc.record({
            sku: fc.constantFrom(...skus),
            channel: fc.constantFrom("list", "d", "m", "p"),
            region: fc.constantFrom(undefined, "CN", "CN-ZJ", "CN-ZJ-HZ", "CN-ZJ-HZ-X1", "CN-JS", "US", "USA"),
            date: fc.constantFrom("2026-01-15", "2026-03-01", "2026-04-15", "2026-04-30", "2026-05-01", "2026-06-01", "2027-01-01"),
            quantity: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
          }),
          { minLength: 1, maxLength: 16 },
        ),
        (specs, rounding, currency, requests) => {
          const kept: (typeof specs)[number][] = [];
          for (const p of specs) {
            const clash = kept.some((k) => k.sku === p.sku && k.channel === p.channel && k.region === p.region && overlaps(k.window, p.window));
            if (!clash) kept.push(p);
          }
          const prices = kept.map((p) => {
            let upTo = 0;
            const tiers = p.tiers.map((t, k) => ({
              upTo: k === p.tiers.length - 1 ? null : k === 0 && p.fractionalBound ? `${(upTo += t.step)}.5` : String((upTo += t.step)),
              unitAmount: t.thousandths ? `${t.unit}.${String(t.unit % 1000).padStart(3, "0")}` : String(t.unit),
              flatAmount: cents(t.flat),
            }));
            return { sku: p.sku, channel: p.channel, region: p.region, validFrom: p.window[0], validTo: p.window[1], tiersMode: p.tiersMode, tiers };
          });
          const book = definePriceBook({ currency, rounding, channels, prices });
          for (let pass = 0; pass < 3; pass++) {
            // The first pass lays the skus out from traced quotes, the second meets those layouts,
            // the third follows quotes without trace.
            for (const r of requests) {
              if (pass === 2) orNoPrice(() => quote(book, r, { trace: false }));
              const flat = orNoPrice(() => quote(book, r));
              const exact = orNoPrice(() => quote(book, { ...r, quantity: String(r.quantity) }));
              if (flat !== "no_price") expect(JSON.stringify(flat)).toBe(JSON.stringify(exact));
              else expect(exact).toBe("no_price");
            }
          }
        },
      ),
      { ...SEED, numRuns: 300 },
    );
  });
});

