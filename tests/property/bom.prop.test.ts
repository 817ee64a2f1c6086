/**
 * Properties of the compiled BOM and the BOM services over random acyclic models (lines only go
 * from a lower to a higher item position, so there are no cycles), with a fixed seed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explode } from "../../src/bom/explode.ts";
import { whereUsed } from "../../src/bom/whereUsed.ts";
import { defineModel, safeDefineModel } from "../../src/model/defineModel.ts";
import type { Model } from "../../src/model/Model.ts";

const RUNS = { seed: 42, numRuns: 200 } as const;

const idArb = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "A", "a", "B-1", "Z", "É", "x y"),
  fc.string({ minLength: 1, maxLength: 4 }),
);

interface Options {
  /** Allow fixed lines (they make an explosion not linear in quantity). */
  readonly fixed: boolean;
}

/** A random valid model as JSON: items, acyclic BOM lines, demands and scheduled receipts. */
function modelArb({ fixed }: Options) {
  return fc.integer({ min: 1, max: 9 }).chain((n) =>
    fc
      .record({
        ids: fc.uniqueArray(idArb, { minLength: n, maxLength: n }),
        items: fc.array(
          fc.record({
            source: fc.constantFrom("make", "make", "buy", "phantom"),
            leadTime: fc.nat(4),
            assemblyScrap: fc.constantFrom(0, 0, 0.05, 0.1),
            name: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
          }),
          { minLength: n, maxLength: n },
        ),
        lines: fc.array(
          fc.record({
            a: fc.nat(n - 1),
            b: fc.nat(n - 1),
            quantity: fc.constantFrom(1, 1.5, 2, 2.5, 3, 4, 12),
            scrap: fc.constantFrom(0, 0, 0.02, 0.1),
            fixed: fixed ? fc.boolean() : fc.constant(false),
            from: fc.constantFrom(null, null, 2, 4),
            to: fc.constantFrom(null, null, 3, 6),
            offset: fc.integer({ min: -1, max: 2 }),
          }),
          { maxLength: 3 * n },
        ),
        demands: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 1, max: 8 }), quantity: fc.integer({ min: 1, max: 50 }) }), {
          maxLength: 6,
        }),
        receipts: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 1, max: 8 }), quantity: fc.integer({ min: 1, max: 50 }) }), {
          maxLength: 4,
        }),
      })
      .map(({ ids, items, lines, demands, receipts }) => ({
        calendar: { unit: "period", periods: 8 },
        items: items.map(({ name, ...rest }, i) => (name === undefined ? { id: ids[i]!, ...rest } : { id: ids[i]!, ...rest, name })),
        bom: lines
          .filter((l) => l.a !== l.b)
          .map((l) => ({
            parent: ids[Math.min(l.a, l.b)]!,
            child: ids[Math.max(l.a, l.b)]!,
            quantity: l.quantity,
            scrap: l.scrap,
            fixed: l.fixed,
            offset: l.offset,
            from: l.from,
            // effectivity that never applies is invalid input: keep "to" after "from"
            to: l.from !== null && l.to !== null && l.to <= l.from ? null : l.to,
          })),
        demands: demands.map((d, k) => ({ id: `D${k}`, item: ids[d.item]!, due: d.due, quantity: d.quantity, kind: "order" })),
        scheduledReceipts: receipts
          .filter((r) => items[r.item]!.source !== "phantom")
          .map((r, k) => ({ id: `PO${k}`, item: ids[r.item]!, due: r.due, quantity: r.quantity })),
      })),
  );
}

type Json = ReturnType<typeof modelArb> extends fc.Arbitrary<infer T> ? T : never;

/** Every array of the model shuffled, and every object's keys in reverse order. */
function shuffledArb(json: Json) {
  const perm = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });
  return fc
    .record({ items: perm(json.items), bom: perm(json.bom), demands: perm(json.demands), scheduledReceipts: perm(json.scheduledReceipts) })
    .map((m) => reverseKeys({ calendar: json.calendar, ...m }) as Json);
}

function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).reverse()) Object.defineProperty(out, k, { value: reverseKeys((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

function compiled(m: Model) {
  const b = m.bom;
  return {
    data: m.data,
    lowLevelCode: [...m.lowLevelCode],
    planningOrder: [...m.planningOrder],
    bom: [b.parent, b.child, b.qty, b.scrap, b.fixed, b.offset, b.fromTick, b.toTick, b.childStart, b.parentStart, b.parentLines].map((a) => [...a]),
  };
}

function services(m: Model) {
  return m.items.map((it) =>
    JSON.stringify([
      explode(m, it.id, { quantity: 3, date: 4 }),
      explode(m, it.id, { quantity: 3, date: 4, summarized: true }),
      whereUsed(m, it.id),
      whereUsed(m, it.id, { multiLevel: true }),
    ]),
  );
}

describe("BOM properties", () => {
  it("(a) every child's low-level code is greater than its parent's", () => {
    fc.assert(
      fc.property(modelArb({ fixed: true }), (json) => {
        const m = defineModel(json);
        for (let l = 0; l < m.bom.child.length; l++) {
          expect(m.lowLevelCode[m.bom.child[l]!]!).toBeGreaterThan(m.lowLevelCode[m.bom.parent[l]!]!);
        }
      }),
      RUNS,
    );
  });

  it("(b) the summarized explosion is linear in quantity", () => {
    fc.assert(
      fc.property(modelArb({ fixed: false }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2, max: 1000 }), (json, q, k) => {
        const m = defineModel(json);
        for (const it of m.items) {
          const one = explode(m, it.id, { quantity: q, summarized: true }).components;
          const many = explode(m, it.id, { quantity: q * k, summarized: true }).components;
          expect(many.map((c) => c.item)).toEqual(one.map((c) => c.item));
          many.forEach((c, j) => {
            const expected = k * one[j]!.quantity;
            expect(Math.abs(c.quantity - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(c.quantity));
          });
        }
      }),
      RUNS,
    );
  });

  it("(c) the order of input arrays and keys changes neither the compiled model nor any output", () => {
    fc.assert(
      fc.property(
        modelArb({ fixed: true }).chain((json) => fc.tuple(fc.constant(json), shuffledArb(json))),
        ([json, shuffled]) => {
          const a = defineModel(json);
          const b = defineModel(shuffled);
          expect(compiled(b)).toEqual(compiled(a));
          expect(services(b)).toEqual(services(a));
        },
      ),
      RUNS,
    );
  });

  it("(d) safeDefineModel never throws on arbitrary JSON and reports well-formed issues", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        checkSafe(json);
      }),
      RUNS,
    );
  });

  it("(d) safeDefineModel never throws on valid models with random values in random fields", () => {
    const fields = ["id", "source", "leadTime", "quantity", "scrap", "parent", "child", "item", "due", "from", "to", "calendar", "periods", "unit", "fixed", "bogus"];
    fc.assert(
      fc.property(
        modelArb({ fixed: true }),
        fc.constantFrom("root", "calendar", "items", "bom", "demands", "scheduledReceipts"),
        fc.nat(),
        fc.constantFrom(...fields),
        fc.anything(),
        (json, where, index, field, value) => {
          const doc = structuredClone(json) as unknown as Record<string, unknown>;
          let target: Record<string, unknown> = doc;
          if (where === "calendar") target = doc["calendar"] as Record<string, unknown>;
          else if (where !== "root") {
            const arr = doc[where] as Record<string, unknown>[];
            if (arr.length > 0) target = arr[index % arr.length]!;
          }
          Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
          checkSafe(doc);
        },
      ),
      RUNS,
    );
  });
});

function checkSafe(json: unknown): void {
  let r: ReturnType<typeof safeDefineModel> | undefined;
  expect(() => {
    r = safeDefineModel(json);
  }).not.toThrow();
  if (r === undefined || r.success) return;
  expect(r.error.issues.length).toBeGreaterThan(0);
  for (const issue of r.error.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    for (const seg of issue.path) expect(["string", "number"]).toContain(typeof seg);
    expect(typeof issue.code).toBe("string");
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
  }
}
