/**
 * The fast path for large model arrays agrees with the zod schemas: on random records, valid or
 * not, it either declines (and zod decides) or returns exactly what zod returns, keys in the same
 * order. It never accepts a record zod rejects.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastDemand, fastItem, fastItemLocation, fastLine, fastOrder, fastPathEnabled, fastSource } from "../../src/model/fastParse.ts";
import { BomLineSchema, DemandSchema, ItemLocationSchema, ItemSchema, OrderSchema, SourceSchema } from "../../src/model/schema.ts";

const num = fc.oneof(
  fc.constantFrom(0, 1, 2, 0.5, 0.999, 1.5, 9, 10, -1, -0.5, Number.NaN, Infinity, 1e400, 3),
  // the bounds of the ranges: quantities 1e15, ticks 10,000 (offsets -10,000), 32-bit sequence numbers
  fc.constantFrom(1e15, 1e15 + 0.125, 1e300, 10_000, 10_001, -10_000, -10_001, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 50 }),
);
const anyValue = fc.oneof(num, fc.constantFrom(null, "x", "", true, false, "make", "order", [], {}), fc.string());
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(fc.oneof(a, anyValue), { nil: undefined, freq: 2 });

const attrValue = fc.oneof(fc.string(), fc.boolean(), num, fc.constantFrom(null, [], {}));
const attributes = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom("customer", "priority", "", "__proto__", "Z", "a"), fc.string()), attrValue, { maxKeys: 5 }),
  fc.constantFrom(null, [], "x", 1),
);

const lotSizing = fc.oneof(
  fc.constantFrom({ rule: "lot-for-lot" }, { rule: "eoq" }, { rule: "poq" }, { rule: "wagner-whitin" }, { rule: "silver-meal" }, { rule: "bogus" }, { rule: "fixed" }),
  fc.record({ rule: fc.constant("fixed"), quantity: num }),
  fc.record({ rule: fc.constant("periods-of-supply"), periods: num }),
  fc.record({ rule: fc.constant("min-max"), min: num, max: num }),
  fc.record({ rule: fc.constant("lot-for-lot"), extra: num }),
);

/** Any value in most fields: the records the fast path must decline (or agree on). */
const messyItemArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom("A", "__proto__", "constructor", ""), fc.string()),
    name: maybe(fc.string()),
    uom: maybe(fc.constantFrom("EA", "KG")),
    source: fc.oneof(fc.constantFrom("make", "buy", "phantom"), anyValue),
    category: maybe(fc.constantFrom("own", "shared", "standard")),
    leadTime: maybe(num),
    safetyStock: maybe(num),
    onHand: maybe(num),
    allocated: maybe(num),
    decimals: maybe(num),
    lotSizing: maybe(lotSizing),
    orderModifiers: maybe(fc.record({ minimum: maybe(num), maximum: maybe(fc.oneof(num, fc.constant(null))), multiple: maybe(fc.oneof(num, fc.constant(null))) }, { requiredKeys: [] })),
    assemblyScrap: maybe(num),
    assemblyScrapMode: maybe(fc.oneof(fc.constantFrom("components", "order"), anyValue)),
    planningTimeFence: maybe(num),
    rescheduleHorizon: maybe(num),
    consumption: maybe(fc.record({ backward: maybe(num), forward: maybe(num) }, { requiredKeys: [] })),
    leadTimeFrom: maybe(fc.constantFrom("item", "routing")),
    cost: maybe(fc.record({ material: maybe(num), setup: maybe(num), holding: maybe(num) }, { requiredKeys: [] })),
    costingLotSize: maybe(num),
    attributes: fc.option(attributes, { nil: undefined, freq: 2 }),
    bogus: fc.option(num, { nil: undefined, freq: 10 }),
  },
  { requiredKeys: ["id", "source"] },
);

/** A valid value, or (1 time in 20) any value. */
const mostly = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 19, arbitrary: a }, { weight: 1, arbitrary: anyValue });
/** An optional field (absent half of the time), mostly valid when present. */
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(mostly(a), { nil: undefined, freq: 2 });
const tickArb = fc.integer({ min: 0, max: 20 });
const nonNegArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0.5, 12.5, 1e6));
const posArb = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(0.25, 2.5));

/** Records built from valid values with the odd wrong one: what real model files hold. */
const validishItemArb = fc.record(
  {
    id: mostly(fc.oneof(fc.constantFrom("A", "__proto__", "constructor", "toString"), fc.string({ minLength: 1 }))),
    name: opt(fc.string()),
    uom: opt(fc.constantFrom("EA", "KG", "")),
    source: mostly(fc.constantFrom("make", "buy", "phantom")),
    category: opt(fc.constantFrom("own", "shared", "standard")),
    leadTime: opt(tickArb),
    safetyStock: opt(nonNegArb),
    safetyLeadTime: opt(tickArb),
    onHand: opt(nonNegArb),
    allocated: opt(nonNegArb),
    decimals: opt(fc.integer({ min: 0, max: 9 })),
    lotSizing: opt(
      fc.oneof(
        fc.constantFrom("lot-for-lot", "eoq", "poq", "wagner-whitin", "silver-meal", "least-unit-cost", "part-period-balancing").map((rule) => ({ rule })),
        fc.record({ rule: fc.constant("fixed"), quantity: posArb }),
        fc.record({ rule: fc.constant("periods-of-supply"), periods: fc.integer({ min: 1, max: 12 }) }),
        fc.record({ rule: fc.constant("min-max"), min: nonNegArb, max: posArb }),
      ),
    ),
    orderModifiers: opt(fc.record({ minimum: opt(nonNegArb), maximum: opt(fc.oneof(posArb, fc.constant(null))), multiple: opt(fc.oneof(posArb, fc.constant(null))) }, { requiredKeys: [] })),
    assemblyScrap: opt(fc.constantFrom(0, 0.05, 0.1, 0.5)),
    assemblyScrapMode: opt(fc.constantFrom("components", "order")),
    planningTimeFence: opt(tickArb),
    demandTimeFence: opt(tickArb),
    consumption: opt(fc.record({ backward: opt(tickArb), forward: opt(tickArb) }, { requiredKeys: [] })),
    leadTimeFrom: opt(fc.constantFrom("item", "routing")),
    rescheduleHorizon: opt(tickArb),
    cost: opt(fc.record({ material: opt(nonNegArb), setup: opt(nonNegArb), holding: opt(nonNegArb) }, { requiredKeys: [] })),
    costingLotSize: opt(posArb),
  },
  { requiredKeys: ["id", "source"] },
);

/** Three valid-ish records to one messy one, so the agreement rests on many accepted items. */
const itemArb = fc.oneof({ weight: 3, arbitrary: validishItemArb }, { weight: 1, arbitrary: messyItemArb });

const lineArb = fc.record(
  {
    parent: fc.constantFrom("A", "", "B"),
    child: fc.constantFrom("B", "", "C"),
    quantity: num,
    scrap: maybe(num),
    fixed: maybe(fc.boolean()),
    offset: maybe(num),
    operation: maybe(fc.oneof(num, fc.constant(null))),
    from: maybe(fc.oneof(num, fc.constant(null), fc.constant("2026-01-01"))),
    to: maybe(fc.oneof(num, fc.constant(null))),
    location: maybe(fc.constantFrom("PLANT", "", 3)),
  },
  { requiredKeys: ["parent", "child"] },
);

const demandArb = fc.record(
  { id: fc.constantFrom("D", ""), item: fc.constantFrom("A", ""), due: fc.oneof(num, fc.constant("2026-02-30")), quantity: num, kind: maybe(fc.constantFrom("order", "forecast", "mps")), attributes: fc.option(attributes, { nil: undefined, freq: 2 }), location: maybe(fc.constantFrom("DC", "", 3)), shipFrom: maybe(fc.constantFrom("PLANT", "", null)) },
  { requiredKeys: ["id", "item"] },
);

const itemLocationArb = fc.record(
  {
    item: fc.constantFrom("A", "", 3),
    location: fc.constantFrom("P", ""),
    sourcing: maybe(fc.constantFrom("priority", "quota", "split", "best")),
    leadTime: maybe(num),
    safetyStock: maybe(num),
    onHand: maybe(num),
    lotSizing: maybe(fc.constantFrom({ rule: "lot-for-lot" }, { rule: "fixed", quantity: 10 }, { rule: "fixed" }, { rule: "min-max", min: 1, max: 5 })),
    orderModifiers: maybe(fc.constantFrom({ multiple: 5 }, { minimum: -1 }, {})),
    name: maybe(fc.constant("x")),
  },
  { requiredKeys: ["item", "location"] },
);

const sourceArb = fc.record(
  {
    id: fc.constantFrom("S", ""),
    item: fc.constantFrom("A", ""),
    location: fc.constantFrom("P", 2),
    kind: fc.constantFrom("make", "buy", "transfer", "steal"),
    shipFrom: maybe(fc.constantFrom("D", "")),
    supplier: maybe(fc.constantFrom("SUP", "")),
    leadTime: maybe(num),
    priority: maybe(num),
    share: maybe(num),
    base: maybe(num),
    orderModifiers: maybe(fc.constantFrom({ multiple: 5 }, { maximum: 0 }, {})),
    from: maybe(fc.oneof(num, fc.constant(null), fc.constant("2026-01-01"))),
    to: maybe(fc.oneof(num, fc.constant(null))),
  },
  { requiredKeys: ["id", "item", "location", "kind"] },
);

/** Strips undefined-valued keys, as JSON would. */
const asJson = (x: object) => JSON.parse(JSON.stringify(x)) as unknown;

function agree(fast: (x: unknown) => unknown, schema: { safeParse(x: unknown): { success: boolean; data?: unknown } }, x: unknown): void {
  const f = fast(x);
  const z = schema.safeParse(x);
  if (f === undefined) return;
  expect(z.success).toBe(true);
  expect(JSON.stringify(f)).toBe(JSON.stringify(z.data));
}

describe("the fast parse path", () => {
  it("agrees with ItemSchema, on a sample of which the fast path takes at least 30 %", () => {
    let accepted = 0;
    fc.assert(
      fc.property(itemArb, (raw) => {
        const x = asJson(raw);
        if (fastItem(x) !== undefined) accepted++;
        agree(fastItem, ItemSchema, x);
      }),
      { seed: 42, numRuns: 3000 },
    );
    // the agreement above only means something for the items the fast path accepts
    expect(accepted).toBeGreaterThanOrEqual(0.3 * 3000);
  });
  it("agrees with BomLineSchema", () => {
    fc.assert(fc.property(lineArb, (raw) => agree(fastLine, BomLineSchema, asJson(raw))), { seed: 42, numRuns: 2000 });
  });
  it("agrees with DemandSchema and OrderSchema", () => {
    fc.assert(
      fc.property(demandArb, (raw) => {
        const x = asJson(raw);
        agree(fastDemand, DemandSchema, x);
        agree(fastOrder, OrderSchema, x);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
  it("agrees with ItemLocationSchema whatever the order of an entry's keys", () => {
    let reordered = 0;
    fc.assert(
      fc.property(itemLocationArb, fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), (a, weights) => {
        const x = asJson(a) as Record<string, unknown>;
        const keys = Object.keys(x);
        const order = keys.map((k, i) => ({ k, w: weights[i]! })).sort((p, q) => p.w - q.w);
        const y = Object.fromEntries(order.map(({ k }) => [k, x[k]]));
        const f = fastItemLocation(y);
        if (f !== undefined && order.some(({ k }, i) => k !== keys[i])) reordered++;
        agree(fastItemLocation, ItemLocationSchema, y);
      }),
      { seed: 43, numRuns: 2000 },
    );
    // the fast path took entries whose keys were not in schema order
    expect(reordered).toBeGreaterThanOrEqual(20);
  });
  it("agrees with ItemLocationSchema and SourceSchema", () => {
    let accepted = 0;
    fc.assert(
      fc.property(itemLocationArb, sourceArb, (a, b) => {
        const x = asJson(a);
        const y = asJson(b);
        if (fastItemLocation(x) !== undefined) accepted++;
        if (fastSource(y) !== undefined) accepted++;
        agree(fastItemLocation, ItemLocationSchema, x);
        agree(fastSource, SourceSchema, y);
      }),
      { seed: 42, numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThanOrEqual(50);
  });
  it("is on: its self-check against the schemas passes, so models are parsed by it", () => {
    expect(fastPathEnabled()).toBe(true);
  });

  it("takes the common valid records (so the fast path is really used)", () => {
    expect(fastItem({ id: "A", source: "make", leadTime: 2, lotSizing: { rule: "fixed", quantity: 10 }, cost: { setup: 5 } })).toEqual(
      ItemSchema.parse({ id: "A", source: "make", leadTime: 2, lotSizing: { rule: "fixed", quantity: 10 }, cost: { setup: 5 } }),
    );
    expect(fastLine({ parent: "A", child: "B", quantity: 2, scrap: 0.1 })).toEqual(BomLineSchema.parse({ parent: "A", child: "B", quantity: 2, scrap: 0.1 }));
    expect(fastItem({ id: "A", source: "make", leadTime: 1.5 })).toBeUndefined();
    expect(fastItem({ id: "A", source: "make", colour: "red" })).toBeUndefined();
    expect(fastDemand({ id: "D", item: "A", due: 1, quantity: 2, attributes: { priority: 2, customer: "ACME", rush: true } })).toEqual({
      id: "D", item: "A", due: 1, quantity: 2, kind: "order", attributes: { customer: "ACME", priority: 2, rush: true },
    });
    expect(Object.keys(fastOrder({ id: "P", item: "A", due: 1, quantity: 2, attributes: { z: 1, a: 2 } })!.attributes!)).toEqual(["a", "z"]);
  });
});
