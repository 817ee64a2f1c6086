/**
 * The fast path for large model arrays agrees with the zod schemas: on random records, valid or
 * not, it either declines (and zod decides) or returns exactly what zod returns, keys in the same
 * order. It never accepts a record zod rejects.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastDemand, fastItem, fastLine, fastOrder } from "../../src/model/fastParse.ts";
import { BomLineSchema, DemandSchema, ItemSchema, OrderSchema } from "../../src/model/schema.ts";

const num = fc.oneof(
  fc.constantFrom(0, 1, 2, 0.5, 0.999, 1.5, 9, 10, -1, -0.5, Number.NaN, Infinity, 1e400, 3),
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

const itemArb = fc.record(
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
    planningTimeFence: maybe(num),
    consumption: maybe(fc.record({ backward: maybe(num), forward: maybe(num) }, { requiredKeys: [] })),
    leadTimeFrom: maybe(fc.constantFrom("item", "routing")),
    cost: maybe(fc.record({ material: maybe(num), setup: maybe(num), holding: maybe(num) }, { requiredKeys: [] })),
    costingLotSize: maybe(num),
    attributes: fc.option(attributes, { nil: undefined, freq: 2 }),
    bogus: fc.option(num, { nil: undefined, freq: 10 }),
  },
  { requiredKeys: ["id", "source"] },
);

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
  },
  { requiredKeys: ["parent", "child"] },
);

const demandArb = fc.record(
  { id: fc.constantFrom("D", ""), item: fc.constantFrom("A", ""), due: fc.oneof(num, fc.constant("2026-02-30")), quantity: num, kind: maybe(fc.constantFrom("order", "forecast", "mps")), attributes: fc.option(attributes, { nil: undefined, freq: 2 }) },
  { requiredKeys: ["id", "item"] },
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
  it("agrees with ItemSchema", () => {
    fc.assert(fc.property(itemArb, (raw) => agree(fastItem, ItemSchema, asJson(raw))), { seed: 42, numRuns: 3000 });
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
