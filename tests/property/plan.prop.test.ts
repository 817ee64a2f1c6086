/**
 * Properties of MRP netting over random acyclic models (lines only go from a lower to a higher
 * item position), with a fixed seed: stock is conserved, explosion feeds exactly the components'
 * gross requirements, order modifiers hold, phantoms get no orders, Wagner-Whitin is optimal,
 * input order never changes the output, lot-for-lot is linear, nothing is left uncovered and
 * pegging never over-allocates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineModel, itemRecords, plan, planToJson, type PlanResult } from "../../src/index.ts";

import { H, modelArb, type Json } from "../helpers/modelArb.js";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** Gross requirements per item and tick, computed independently from the demands and every order's release. */
function expectedGross(json: Json, result: PlanResult): Map<string, Float64Array> {
  const g = new Map<string, Float64Array>(json.items.map((it) => [it.id, new Float64Array(H)]));
  for (const d of json.demands) {
    if (d.due > H) continue;
    g.get(d.item)![Math.max(0, d.due - 1)]! += d.quantity;
  }
  const c = result.columns;
  const model = result.model;
  for (let o = 0; o < c.orderItem.length; o++) {
    const parent = model.items[c.orderItem[o]!]!;
    const r = c.orderRelease[o]!;
    for (const l of json.bom) {
      if (l.parent !== parent.id) continue;
      if ((l.from !== null && r < l.from - 1) || (l.to !== null && r >= l.to - 1)) continue;
      const t = Math.max(0, r + l.offset);
      if (t >= H) continue;
      const need = l.fixed ? l.quantity * (1 + l.scrap) : c.orderQty[o]! * (1 + parent.assemblyScrap) * l.quantity * (1 + l.scrap);
      g.get(l.child)![t]! += need;
    }
  }
  return g;
}

const RUNS = { seed: 42, numRuns: 300 } as const;

describe("plan properties", () => {
  it("conserves stock and feeds every explosion into the components' gross requirements", () => {
    fc.assert(
      fc.property(modelArb(), (json) => {
        const result = plan(defineModel(json));
        const gross = expectedGross(json, result);
        const c = result.columns;
        for (const it of json.items) {
          const recs = itemRecords(result, it.id);
          const g = gross.get(it.id)!;
          recs.forEach((r, t) => expect(close(r.grossRequirements, g[t]!), `${it.id} gross at ${t + 1}: ${r.grossRequirements} vs ${g[t]}`).toBe(true));
          const i = result.model.itemIndex.get(it.id)!;
          let receipts = 0;
          for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) if (c.orderDue[o]! < H) receipts += c.orderQty[o]!;
          const open = json.scheduledReceipts.filter((s) => s.item === it.id && s.due <= H).reduce((s, x) => s + x.quantity, 0);
          const gsum = g.reduce((s, x) => s + x, 0);
          const available = (it.onHand ?? 0) - (it.allocated ?? 0);
          const end = recs[H - 1]!.projectedOnHand;
          expect(close(available + open + receipts - gsum, end), `${it.id}: ${available} + ${open} + ${receipts} - ${gsum} vs ${end}`).toBe(true);
          expect(close(recs.reduce((s, r) => s + r.plannedOrderReceipts, 0), receipts)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("respects minimum, multiple and maximum, and plans no orders for phantoms", () => {
    fc.assert(
      fc.property(modelArb(), (json) => {
        const result = plan(defineModel(json));
        const byId = new Map(json.items.map((it) => [it.id, it]));
        for (const o of [...result.plannedOrders, ...result.firmPlannedOrders]) expect(byId.get(o.item)!.source).not.toBe("phantom");
        for (const o of result.plannedOrders) {
          const it = byId.get(o.item)!;
          const m = it.orderModifiers;
          if (m === undefined || it.lotSizing.rule === "fixed" || it.lotSizing.rule === "eoq") continue;
          const ctx = `${o.id} ${o.quantity} ${JSON.stringify(m)}`;
          expect(o.quantity, ctx).toBeGreaterThanOrEqual(m.minimum - 1e-9);
          if (m.multiple !== null) expect(Math.abs(o.quantity / m.multiple - Math.round(o.quantity / m.multiple)), ctx).toBeLessThanOrEqual(1e-9);
          if (m.maximum !== null) expect(o.quantity, ctx).toBeLessThanOrEqual(Math.floor(m.maximum / (m.multiple ?? 1)) * (m.multiple ?? 1) + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it("never leaves a requirement uncovered without a planning time fence", () => {
    fc.assert(
      fc.property(modelArb({ noFence: true }), (json) => {
        const result = plan(defineModel(json));
        const flagged = new Set(result.exceptions.filter((e) => e.kind === "below-safety-stock").map((e) => e.item));
        for (const it of json.items) {
          const recs = itemRecords(result, it.id);
          for (const r of recs) expect(r.projectedOnHand, `${it.id} at ${r.period}`).toBeGreaterThanOrEqual(-1e-9);
          const ss = it.source === "phantom" ? 0 : (it.safetyStock ?? 0);
          if (!flagged.has(it.id)) expect(recs[H - 1]!.projectedOnHand, it.id).toBeGreaterThanOrEqual(ss - 1e-9);
        }
      }),
      RUNS,
    );
  });

  it("never pegs more than an order's quantity, nor more than a requirement", () => {
    fc.assert(
      fc.property(modelArb(), (json) => {
        const result = plan(defineModel(json));
        // requirement totals by (item, source, date)
        const req = new Map<string, number>();
        const add = (k: string, q: number) => req.set(k, (req.get(k) ?? 0) + q);
        for (const d of json.demands) if (d.due <= H) add(`${d.item}\u0000${d.id}\u0000${Math.max(1, d.due)}`, d.quantity);
        for (const it of json.items) {
          if (it.source === "phantom") continue;
          // the stock level the item keeps: safety stock, or for min-max the trigger max(min, safety stock)
          const ss = it.safetyStock ?? 0;
          const ls = it.lotSizing as { rule: string; min?: number };
          const level = ls.rule === "min-max" ? Math.max(ls.min ?? 0, ss) : ss;
          if (level > 0) add(`${it.id}\u0000${it.lotSizing.rule === "min-max" ? "min-max" : "safety-stock"}\u00001`, level);
          const over = (it.allocated ?? 0) - (it.onHand ?? 0);
          if (over > 0) add(`${it.id}\u0000allocated\u00001`, over);
        }
        const c = result.columns;
        const model = result.model;
        // dependent requirements: the explosion of each order, keyed by the parent order's id
        const orderIdOf = (o: number): string => {
          const item = model.items[c.orderItem[o]!]!.id;
          if (c.orderKind[o] === 1) return c.firmRefs[c.orderSeq[o]!]!.id;
          return `${item}${c.orderKind[o] === 2 ? "~" : "#"}${c.orderSeq[o]! + 1}`;
        };
        for (let o = 0; o < c.orderItem.length; o++) {
          const parent = model.items[c.orderItem[o]!]!;
          const r = c.orderRelease[o]!;
          for (const l of json.bom) {
            if (l.parent !== parent.id) continue;
            if ((l.from !== null && r < l.from - 1) || (l.to !== null && r >= l.to - 1)) continue;
            const t = Math.max(0, r + l.offset);
            if (t >= H) continue;
            const need = l.fixed ? l.quantity * (1 + l.scrap) : c.orderQty[o]! * (1 + parent.assemblyScrap) * l.quantity * (1 + l.scrap);
            add(`${l.child}\u0000${orderIdOf(o)}\u0000${t + 1}`, need);
          }
        }
        const pegged = new Map<string, number>();
        for (const o of [...result.plannedOrders, ...result.firmPlannedOrders]) {
          const sum = o.pegging.reduce((s, p) => s + p.quantity, 0);
          expect(sum, o.id).toBeLessThanOrEqual(o.quantity * (1 + 1e-9) + 1e-9);
          for (const p of o.pegging) {
            const k = `${o.item}\u0000${p.source}\u0000${p.date}`;
            pegged.set(k, (pegged.get(k) ?? 0) + p.quantity);
          }
        }
        for (const [k, q] of pegged) {
          expect(req.has(k), k).toBe(true);
          expect(q, k).toBeLessThanOrEqual(req.get(k)! * (1 + 1e-9) + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it("gives byte-identical JSON whatever the order of arrays and object keys", () => {
    fc.assert(
      fc.property(modelArb(), fc.integer(), (json, seed) => {
        const rnd = mulberry32(seed);
        const shuffled = shuffleDeep(json, rnd);
        const a = JSON.stringify(planToJson(plan(defineModel(json))));
        const b = JSON.stringify(planToJson(plan(defineModel(shuffled))));
        expect(b).toBe(a);
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it("doubles every lot-for-lot planned quantity when every demand doubles", () => {
    fc.assert(
      fc.property(modelArb({ linear: true }), (json) => {
        const once = plan(defineModel(json)).plannedOrders;
        const twice = plan(defineModel({ ...json, demands: json.demands.map((d) => ({ ...d, quantity: 2 * d.quantity })) })).plannedOrders;
        expect(twice.map((o) => ({ ...o, quantity: o.quantity / 2, pegging: o.pegging.map((p) => ({ ...p, quantity: p.quantity / 2 })) }))).toEqual(once);
      }),
      RUNS,
    );
  });
});

describe("Wagner-Whitin optimality", () => {
  const seriesArb = fc.record({
    series: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 10 }),
    setup: fc.integer({ min: 1, max: 400 }),
    holding: fc.constantFrom(0.25, 0.5, 1, 2, 3),
  });

  /** Setups x setup + holding x the sum of end-of-period projected on hand. */
  function costOf(rule: string, series: readonly number[], setup: number, holding: number): number {
    const result = plan(
      defineModel({
        calendar: { periods: series.length },
        items: [{ id: "A", source: "buy", lotSizing: { rule }, cost: { setup, holding } }],
        demands: series.flatMap((q, p) => (q > 0 ? [{ id: `D${p}`, item: "A", due: p + 1, quantity: q }] : [])),
      }),
    );
    const recs = itemRecords(result, "A");
    return result.plannedOrders.length * setup + holding * recs.reduce((s, r) => s + r.projectedOnHand, 0);
  }

  /** The optimum by enumerating every choice of order periods among the periods with demand. */
  function bruteForce(series: readonly number[], setup: number, holding: number): number {
    const need = series.flatMap((q, t) => (q > 0 ? [t] : []));
    if (need.length === 0) return 0;
    let best = Infinity;
    for (let mask = 0; mask < 1 << (need.length - 1); mask++) {
      // need[0] always starts a lot; bit k set: need[k + 1] starts a lot too
      let cost = setup;
      let start = need[0]!;
      for (let k = 1; k < need.length; k++) {
        if (mask & (1 << (k - 1))) {
          cost += setup;
          start = need[k]!;
        } else cost += holding * (need[k]! - start) * series[need[k]!]!;
      }
      best = Math.min(best, cost);
    }
    return best;
  }

  it("costs no more than any heuristic, and exactly the optimum", () => {
    fc.assert(
      fc.property(seriesArb, ({ series, setup, holding }) => {
        const ww = costOf("wagner-whitin", series, setup, holding);
        expect(close(ww, bruteForce(series, setup, holding)), `${ww} vs ${bruteForce(series, setup, holding)}`).toBe(true);
        for (const rule of ["silver-meal", "least-unit-cost", "part-period-balancing", "lot-for-lot", "poq"]) {
          const h = costOf(rule, series, setup, holding);
          expect(ww, rule).toBeLessThanOrEqual(h + 1e-6 * Math.max(1, h));
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

/** A small seeded generator for shuffling (tests only). */
function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: readonly T[], rnd: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Shuffles every array and the key order of every object. */
function shuffleDeep<T>(v: T, rnd: () => number): T {
  if (Array.isArray(v)) return shuffle(v.map((x) => shuffleDeep(x, rnd)), rnd) as T;
  if (v !== null && typeof v === "object") {
    const entries = shuffle(Object.entries(v as Record<string, unknown>), rnd);
    const out: Record<string, unknown> = {};
    for (const [k, x] of entries) Object.defineProperty(out, k, { value: shuffleDeep(x, rnd), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return v;
}
