/**
 * Supply networks: a network of one location plans exactly as the model without locations;
 * quota sourcing keeps each source's share of what it was given within one lot of its target;
 * a split lot follows the shares to the unit; shuffled input gives byte-identical output; and net
 * change equals regeneration after any edit, sources and locations included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allItemRecords, applyChanges, defineModel, plan, planToJson, replan, type Model, type ModelRecipe, type PlanResult, type PlannedOrder } from "../../src/index.ts";
import { H, IDS, modelArb, type Json } from "../helpers/modelArb.js";

const LOCS = ["DC1", "DC2", "P"];

/** The model as a network of the one location P: every item stocked there, every record there. */
function oneLocation(json: Json): Record<string, unknown> {
  return {
    ...json,
    locations: [{ id: "P" }],
    itemLocations: json.items.map((it) => ({ item: it.id, location: "P" })),
    demands: json.demands.map((d) => ({ ...d, location: "P" })),
    scheduledReceipts: json.scheduledReceipts.map((r) => ({ ...r, location: "P" })),
    firmPlannedOrders: json.firmPlannedOrders.map((r) => ({ ...r, location: "P" })),
  };
}

/** What a plan prints, with the network's fields taken out and `@P` dropped from every name. */
function printed(r: PlanResult): string {
  const strip = (x: object) => {
    const { location: _l, kind: _k, ...rest } = x as Record<string, unknown>;
    void _l;
    void _k;
    return rest;
  };
  const records = allItemRecords(r).map((x) => ({ id: x.id, records: x.records }));
  const text = JSON.stringify({
    planned: r.plannedOrders.map(strip),
    firm: r.firmPlannedOrders.map(strip),
    exceptions: r.exceptions.map(strip),
    items: r.items.map((i) => ({ id: i.id, lowLevelCode: i.lowLevelCode })),
    records,
  });
  return text.replaceAll("@P", "");
}

/**
 * A random network over a random model: a plant P and two distribution centers. Every item is
 * stocked at P; each item with demand at a DC is transferred there from P (DC2 sometimes from
 * DC1); bought items at P get two suppliers under a random sourcing rule; made items at P may
 * switch to buying from a date.
 */
const networkArb = modelArb().chain((json) =>
  fc
    .record({
      at: fc.array(fc.constantFrom(...LOCS), { minLength: json.demands.length, maxLength: json.demands.length }),
      lead: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: json.items.length, maxLength: json.items.length }),
      viaDc1: fc.array(fc.boolean(), { minLength: json.items.length, maxLength: json.items.length }),
      sourcing: fc.constantFrom("priority", "quota", "split"),
      shares: fc.constantFrom([70, 30], [50, 50], [1, 2], [25, 75]),
      base: fc.constantFrom(0, 0, 40),
      switchAt: fc.constantFrom(null, 3, 5),
      dcStock: fc.constantFrom(0, 10, 30),
    })
    .map(({ at, lead, viaDc1, sourcing, shares, base, switchAt, dcStock }) => {
      const demands = json.demands.map((d, k) => ({ ...d, location: at[k]! }));
      const itemLocations: Record<string, unknown>[] = [];
      const sources: Record<string, unknown>[] = [];
      json.items.forEach((it, i) => {
        const dcs = new Set(demands.filter((d) => d.item === it.id && d.location !== "P").map((d) => d.location));
        const useDc1 = viaDc1[i]! && dcs.has("DC2");
        if (useDc1) dcs.add("DC1");
        itemLocations.push({ item: it.id, location: "P", ...(it.source === "buy" ? { sourcing } : {}) });
        for (const dc of [...dcs].sort()) {
          itemLocations.push({ item: it.id, location: dc, onHand: dcStock, safetyStock: dcStock > 0 ? 5 : 0 });
          const from = dc === "DC2" && useDc1 ? "DC1" : "P";
          sources.push({ id: `T-${i}-${dc}`, item: it.id, location: dc, kind: "transfer", shipFrom: from, leadTime: lead[i]! });
        }
        if (it.source === "buy") {
          sources.push({ id: `B1-${i}`, item: it.id, location: "P", kind: "buy", supplier: "S1", share: shares[0]!, base, priority: 1, orderModifiers: { minimum: 0, maximum: null, multiple: null } });
          sources.push({ id: `B2-${i}`, item: it.id, location: "P", kind: "buy", supplier: "S2", share: shares[1]!, priority: 2, leadTime: lead[i]! + 1, orderModifiers: { minimum: 0, maximum: null, multiple: 5 } });
        } else if (it.source === "make" && switchAt !== null) {
          sources.push({ id: `M-${i}`, item: it.id, location: "P", kind: "make", to: switchAt });
          sources.push({ id: `BY-${i}`, item: it.id, location: "P", kind: "buy", from: switchAt, leadTime: 1 });
        }
      });
      return {
        ...json,
        locations: LOCS.map((id) => ({ id })),
        itemLocations,
        sources,
        demands,
        scheduledReceipts: json.scheduledReceipts.map((r) => ({ ...r, location: "P" })),
        firmPlannedOrders: json.firmPlannedOrders.map((r) => ({ ...r, location: "P" })),
      };
    }),
);

/** A deterministic shuffle (the seed picks the permutation). */
function shuffled<T>(a: readonly T[], seed: number): T[] {
  const out = [...a];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The object with its keys in reverse order, at every depth. */
function reversedKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(reversedKeys);
  if (x === null || typeof x !== "object") return x;
  return Object.fromEntries(Object.keys(x).reverse().map((k) => [k, reversedKeys((x as Record<string, unknown>)[k])]));
}

const whole = (r: PlanResult) => JSON.stringify({ json: planToJson(r), planned: r.plannedOrders, firm: r.firmPlannedOrders, exceptions: r.exceptions, records: allItemRecords(r) });

describe("supply networks", () => {
  it("plan a network of one location exactly as the model without locations", () => {
    fc.assert(
      fc.property(modelArb(), (json) => {
        const plain = plan(defineModel(json));
        const net = plan(defineModel(oneLocation(json)));
        expect(printed(net)).toBe(printed(plain));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("give every planned order its node's location and a kind that matches its source", () => {
    fc.assert(
      fc.property(networkArb, (json) => {
        const model = defineModel(json);
        const r = plan(model);
        const byId = new Map((json.sources as { id: string; kind: string; location: string; item: string; shipFrom?: string }[]).map((s) => [s.id, s]));
        for (const o of r.plannedOrders) {
          expect(o.id.startsWith(`${o.item}@${o.location!}#`)).toBe(true);
          if (o.source !== undefined) {
            const s = byId.get(o.source)!;
            expect([s.item, s.location, s.kind]).toEqual([o.item, o.location, o.kind]);
            expect(o.shipFrom).toBe(s.shipFrom);
          }
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("keep quota sourcing within one lot of the shares, and split lots by the shares to the unit", () => {
    fc.assert(
      fc.property(networkArb, (json) => {
        const r = plan(defineModel(json));
        const sources = json.sources as { id: string; share?: number; base: number | undefined }[];
        const share = new Map(sources.map((s) => [s.id, s]));
        const byNode = new Map<string, PlannedOrder[]>();
        for (const o of r.plannedOrders) {
          if (o.why === undefined || o.why.rule === "priority" || o.why.candidates.length < 2) continue;
          const k = `${o.item}@${o.location!}`;
          (byNode.get(k) ?? byNode.set(k, []).get(k)!).push(o);
        }
        for (const orders of byNode.values()) {
          // the orders of one lot share their due date and their reason
          const lots = new Map<string, PlannedOrder[]>();
          for (const o of [...orders].sort((a, b) => seqOf(a) - seqOf(b))) {
            const k = `${String(o.due)} ${JSON.stringify(o.why)}`;
            (lots.get(k) ?? lots.set(k, []).get(k)!).push(o);
          }
          if (orders[0]!.why!.rule === "quota") {
            // before each lot, the source it went to had the lowest quota rating
            const given = new Map<string, number>();
            for (const lot of lots.values()) {
              const why = lot[0]!.why!;
              const ratings = why.candidates.map((c) => ({ c, rating: ((given.get(c.source) ?? 0) + (share.get(c.source)!.base ?? 0)) / c.share! }));
              for (const x of ratings) expect(x.c.rating).toBeCloseTo(x.rating, 9);
              const min = Math.min(...ratings.map((x) => x.rating));
              expect(ratings.find((x) => x.c.source === lot[0]!.source)!.rating).toBeCloseTo(min, 9);
              for (const o of lot) given.set(o.source!, (given.get(o.source!) ?? 0) + o.quantity);
            }
          } else {
            // split: B1 (no order modifiers) gets its share of the lot to the unit; B2 rounds its part up to fives
            for (const lot of lots.values()) {
              const why = lot[0]!.why!;
              if (why.candidates.length < 2) continue;
              const total = why.candidates.reduce((x, c) => x + c.share!, 0);
              const s1 = why.candidates.find((c) => c.source.startsWith("B1-"))!.share! / total;
              const q1 = lot.filter((o) => o.source!.startsWith("B1-")).reduce((x, o) => x + o.quantity, 0);
              const q2 = lot.filter((o) => o.source!.startsWith("B2-")).reduce((x, o) => x + o.quantity, 0);
              // the lot was q1 plus B2's part, which is q2 or up to 5 less
              const low = q1 + Math.max(0, q2 - 5);
              const high = q1 + q2;
              expect(q1).toBeGreaterThanOrEqual(Math.floor(s1 * low) - 1);
              expect(q1).toBeLessThanOrEqual(Math.ceil(s1 * high) + 1);
            }
          }
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it("give byte-identical output whatever the order of arrays and object keys", () => {
    fc.assert(
      fc.property(networkArb, fc.integer({ min: 1, max: 1e6 }), (json, seed) => {
        const a = whole(plan(defineModel(json)));
        const mixed = reversedKeys({
          ...json,
          locations: shuffled(json.locations, seed),
          itemLocations: shuffled(json.itemLocations, seed + 1),
          sources: shuffled(json.sources, seed + 2),
          demands: shuffled(json.demands, seed + 3),
          bom: shuffled(json.bom, seed + 4),
          items: shuffled(json.items, seed + 5),
        });
        expect(whole(plan(defineModel(mixed)))).toBe(a);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  const editArb: fc.Arbitrary<{ name: string; recipe: (m: Model) => ModelRecipe }> = fc.oneof(
    fc.record({ k: fc.nat(), q: fc.integer({ min: 1, max: 80 }) }).map(({ k, q }) => ({
      name: "resize a demand",
      recipe: (): ModelRecipe => (d) => {
        if (d.demands.length > 0) d.demands[k % d.demands.length]!.quantity = q;
      },
    })),
    fc.record({ k: fc.nat(), loc: fc.constantFrom(...LOCS) }).map(({ k, loc }) => ({
      name: "move a demand to another location",
      recipe: (): ModelRecipe => (d) => {
        if (d.demands.length > 0) d.demands[k % d.demands.length]!.location = loc;
      },
    })),
    fc.record({ k: fc.nat(), lead: fc.integer({ min: 0, max: 3 }) }).map(({ k, lead }) => ({
      name: "change a source's lead time",
      recipe: (): ModelRecipe => (d) => {
        if (d.sources.length > 0) d.sources[k % d.sources.length]!.leadTime = lead;
      },
    })),
    fc.record({ k: fc.nat(), share: fc.constantFrom(10, 45, 90) }).map(({ k, share }) => ({
      name: "change a share",
      recipe: (): ModelRecipe => (d) => {
        const s = d.sources.filter((x) => x.share !== undefined);
        if (s.length > 0) s[k % s.length]!.share = share;
      },
    })),
    fc.nat().map((k) => ({
      name: "remove a purchase source",
      recipe: (): ModelRecipe => (d) => {
        const i = d.sources.findIndex((x, j) => x.kind === "buy" && j >= k % Math.max(1, d.sources.length));
        if (i >= 0) d.sources.splice(i, 1);
      },
    })),
    fc.record({ k: fc.nat(), q: fc.constantFrom(0, 15, 60) }).map(({ k, q }) => ({
      name: "change stock at a location",
      recipe: (): ModelRecipe => (d) => {
        if (d.itemLocations.length > 0) d.itemLocations[k % d.itemLocations.length]!.onHand = q;
      },
    })),
    fc.record({ k: fc.nat(), rule: fc.constantFrom("priority" as const, "quota" as const, "split" as const) }).map(({ k, rule }) => ({
      name: "change a location's sourcing",
      recipe: (): ModelRecipe => (d) => {
        const e = d.itemLocations.filter((x) => x.location === "P" && d.sources.some((s) => s.item === x.item && s.location === "P" && s.share !== undefined));
        if (e.length > 0) e[k % e.length]!.sourcing = rule;
      },
    })),
    fc.nat().map((k) => ({
      name: "add a location",
      recipe: (m: Model): ModelRecipe => (d) => {
        const item = m.data.items[k % m.data.items.length]!.id;
        if (d.locations.some((l) => l.id === "DC3")) return;
        d.locations.push({ id: "DC3" });
        d.sources.push({ id: "T-NEW", item, location: "DC3", kind: "transfer", shipFrom: "P", leadTime: 1, priority: 1, base: 0, from: null, to: null });
        d.demands.push({ id: "NEW-DC3", item, location: "DC3", due: 1 + (k % H), quantity: 9, kind: "order" });
      },
    })),
  );

  it("replan after any edit, sources and locations included, equals a regenerative plan", () => {
    fc.assert(
      fc.property(networkArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (json, edits) => {
        let model = defineModel(json);
        let result = plan(model);
        for (const e of edits) {
          const changed = applyChanges(model, e.recipe(model));
          result = replan(result, changed.model, { patches: changed.patches });
          model = changed.model;
          expect(whole(result), e.name).toBe(whole(plan(model)));
        }
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});

function seqOf(o: PlannedOrder): number {
  return Number(o.id.slice(o.id.lastIndexOf("#") + 1));
}

void IDS;
