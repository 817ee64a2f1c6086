/**
 * Properties of capacity planning, leveling and the cost roll-up over random routed models
 * (acyclic BOMs, routings with outsourced steps, queue and move, capacity changes), fixed seed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planCapacity } from "../../src/capacity/capacity.ts";
import { backScheduleOrder } from "../../src/capacity/backScheduleOrder.ts";
import { levelLoad } from "../../src/capacity/level.ts";
import { itemRecords } from "../../src/mrp/itemRecords.ts";
import { plan } from "../../src/mrp/plan.ts";
import { rollupCost } from "../../src/cost/rollupCost.ts";
import { defineModel } from "../../src/model/defineModel.ts";
import type { ModelInput } from "../../src/model/schema.ts";

const RUNS = { seed: 42, numRuns: 100 } as const;
const PERIODS = 8;
const WCS = ["W1", "W2", "W3"] as const;

const opArb = fc.record({
  wc: fc.constantFrom(...WCS),
  outsourced: fc.constantFrom(false, false, false, true),
  setup: fc.constantFrom(0, 0.5, 1, 2),
  run: fc.constantFrom(0, 0.1, 0.25, 1),
  queue: fc.nat(1),
  move: fc.nat(1),
  leadTime: fc.nat(2),
});

const modelArb: fc.Arbitrary<ModelInput> = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc
    .record({
      items: fc.array(
        fc.record({
          make: fc.boolean(),
          leadTime: fc.nat(2),
          fromRouting: fc.boolean(),
          routing: fc.array(opArb, { minLength: 1, maxLength: 3 }),
          material: fc.constantFrom(0, 1, 2.5),
          lot: fc.constantFrom(1, 4),
        }),
        { minLength: n, maxLength: n },
      ),
      lines: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), quantity: fc.constantFrom(1, 2, 0.5), scrap: fc.constantFrom(0, 0.1), fixed: fc.boolean() }), { maxLength: 2 * n }),
      wcs: fc.tuple(
        ...WCS.map(() =>
          fc.record({
            capacity: fc.constantFrom(2, 4, 8),
            efficiency: fc.constantFrom(1, 0.8, 1.25),
            utilization: fc.constantFrom(1, 0.75),
            change: fc.option(fc.record({ from: fc.integer({ min: 2, max: PERIODS }), capacity: fc.constantFrom(0, 1, 6) }), { nil: undefined }),
          }),
        ),
      ),
      demands: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 1, max: PERIODS }), quantity: fc.integer({ min: 1, max: 30 }) }), { maxLength: 6 }),
      receipts: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 1, max: PERIODS + 2 }), quantity: fc.integer({ min: 1, max: 20 }) }), { maxLength: 3 }),
      firm: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 1, max: PERIODS }), quantity: fc.integer({ min: 1, max: 20 }) }), { maxLength: 2 }),
    })
    .map(({ items, lines, wcs, demands, receipts, firm }) => {
      const id = (k: number) => `I${k}`;
      const make = (k: number) => items[k]!.make || lines.some((l) => Math.min(l.a, l.b) === k && l.a !== l.b);
      return {
        calendar: { periods: PERIODS },
        items: items.map((it, k) => ({
          id: id(k),
          source: make(k) ? ("make" as const) : ("buy" as const),
          leadTime: it.leadTime,
          leadTimeFrom: make(k) && it.fromRouting ? ("routing" as const) : ("item" as const),
          cost: { material: it.material },
          costingLotSize: it.lot,
        })),
        bom: lines.filter((l) => l.a !== l.b).map((l) => ({ parent: id(Math.min(l.a, l.b)), child: id(Math.max(l.a, l.b)), quantity: l.quantity, scrap: l.scrap, fixed: l.fixed })),
        workCenters: wcs.map((w, k) => ({
          id: WCS[k]!,
          capacity: w.capacity,
          efficiency: w.efficiency,
          utilization: w.utilization,
          rate: 10 * (k + 1),
          changes: w.change === undefined ? [] : [w.change],
        })),
        routings: items.flatMap((it, k) =>
          make(k)
            ? [
                {
                  item: id(k),
                  operations: it.routing.map((op, j) => ({
                    seq: 10 * (j + 1),
                    workCenter: op.outsourced ? null : op.wc,
                    setup: op.setup,
                    run: op.run,
                    queue: op.queue,
                    move: op.move,
                    outsourced: op.outsourced ? { leadTime: op.leadTime, cost: 1.5 } : null,
                  })),
                },
              ]
            : [],
        ),
        demands: demands.map((d, k) => ({ id: `SO-${k}`, item: id(d.item), due: d.due, quantity: d.quantity })),
        scheduledReceipts: receipts.map((r, k) => ({ id: `PO-${k}`, item: id(r.item), due: r.due, quantity: r.quantity })),
        firmPlannedOrders: firm.map((f, k) => ({ id: `FPO-${k}`, item: id(f.item), due: f.due, quantity: f.quantity })),
      };
    }),
);

/** The random routed models with stock on their items. */
const stockedArb: fc.Arbitrary<ModelInput> = fc
  .tuple(modelArb, fc.array(fc.constantFrom(0, 5, 20, 100), { minLength: 6, maxLength: 6 }))
  .map(([m, stock]) => ({ ...m, items: m.items.map((it, k) => ({ ...it, onHand: stock[k]! })) }));

/**
 * Busy two-level shops: up to four routed parents on two small work centers, each using one or
 * two bought components with some stock, open orders and lot sizes: many moves compete for them.
 */
const materialArb: fc.Arbitrary<ModelInput> = fc
  .record({
    parents: fc.array(
      fc.record({
        ops: fc.array(fc.record({ wc: fc.constantFrom("W1", "W2"), setup: fc.constantFrom(0, 1), run: fc.constantFrom(0.5, 1), queue: fc.nat(1) }), { minLength: 1, maxLength: 2 }),
        uses: fc.subarray([0, 1], { minLength: 1 }),
        quantity: fc.constantFrom(1, 2, 0.5),
        fromRouting: fc.boolean(),
      }),
      { minLength: 2, maxLength: 4 },
    ),
    comps: fc.array(fc.record({ onHand: fc.constantFrom(0, 10, 40, 200), lot: fc.constantFrom(0, 10, 25), leadTime: fc.nat(2) }), { minLength: 2, maxLength: 2 }),
    capacity: fc.tuple(fc.constantFrom(3, 4, 8), fc.constantFrom(3, 4, 8)),
    demands: fc.array(fc.record({ parent: fc.nat(3), due: fc.integer({ min: 2, max: PERIODS }), quantity: fc.integer({ min: 1, max: 10 }) }), { minLength: 2, maxLength: 8 }),
    receipts: fc.array(fc.record({ comp: fc.nat(1), due: fc.integer({ min: 1, max: PERIODS }), quantity: fc.integer({ min: 1, max: 20 }) }), { maxLength: 3 }),
  })
  .map(({ parents, comps, capacity, demands, receipts }) => ({
    calendar: { periods: PERIODS },
    items: [
      ...parents.map((p, k) => ({ id: `P${k}`, source: "make" as const, leadTime: 1, leadTimeFrom: p.fromRouting ? ("routing" as const) : ("item" as const) })),
      ...comps.map((c, k) => ({ id: `C${k}`, source: "buy" as const, leadTime: c.leadTime, onHand: c.onHand, ...(c.lot > 0 ? { lotSizing: { rule: "fixed" as const, quantity: c.lot } } : {}) })),
    ],
    bom: parents.flatMap((p, k) => p.uses.map((c) => ({ parent: `P${k}`, child: `C${c}`, quantity: p.quantity }))),
    workCenters: [
      { id: "W1", capacity: capacity[0] },
      { id: "W2", capacity: capacity[1] },
    ],
    routings: parents.map((p, k) => ({ item: `P${k}`, operations: p.ops.map((op, j) => ({ seq: 10 * (j + 1), workCenter: op.wc, setup: op.setup, run: op.run, queue: op.queue })) })),
    demands: demands.map((d, k) => ({ id: `SO-${k}`, item: `P${d.parent % parents.length}`, due: d.due, quantity: d.quantity })),
    scheduledReceipts: receipts.map((r, k) => ({ id: `PO-${k}`, item: `C${r.comp}`, due: r.due, quantity: r.quantity })),
  }));

const totalLoad = (wcs: readonly { buckets: readonly { load: number }[] }[]) => wcs.reduce((s, w) => s + w.buckets.reduce((t, b) => t + b.load, 0), 0);

describe("capacity properties", () => {
  it("total load over all buckets equals the sum of every order's operation hours / efficiency", () => {
    fc.assert(
      fc.property(modelArb, (json) => {
        const model = defineModel(json);
        const result = plan(model);
        let expected = 0;
        const orders = [
          ...[...result.plannedOrders, ...result.firmPlannedOrders].map((o) => ({ item: o.item, quantity: o.quantity, due: o.due as number })),
          ...(json.scheduledReceipts ?? []).filter((r) => (r.due as number) <= PERIODS).map((r) => ({ item: r.item, quantity: r.quantity, due: r.due as number })),
        ];
        for (const o of orders) {
          for (const op of json.routings!.find((r) => r.item === o.item)?.operations ?? []) {
            if (op.workCenter === null || op.workCenter === undefined) continue;
            const wc = json.workCenters!.find((w) => w.id === op.workCenter)!;
            expected += ((op.setup ?? 0) + o.quantity * (op.run ?? 0)) / (wc.efficiency ?? 1);
          }
        }
        expect(totalLoad(planCapacity(result).workCenters)).toBeCloseTo(expected, 6);
      }),
      RUNS,
    );
  });

  it("leveling never loads a bucket above its available hours, keeps the total load, and never moves work before the start", () => {
    fc.assert(
      fc.property(modelArb, (json) => {
        const result = plan(defineModel(json));
        const crp = planCapacity(result);
        const lev = levelLoad(result);
        for (const w of lev.workCenters) for (const b of w.buckets) expect(b.load).toBeLessThanOrEqual(b.available + 1e-6);
        expect(totalLoad(lev.workCenters) + lev.unplaced).toBeCloseTo(totalLoad(crp.workCenters), 6);
        for (const op of lev.operations) {
          if (op.to !== null) expect(op.to).toBeGreaterThanOrEqual(1);
          // Hours only ever move earlier: an operation placed in full starts no later than it did.
          if (op.to !== null && op.unplaced === 0 && (op.from as number) >= 1) expect(op.to).toBeLessThanOrEqual(op.from as number);
        }
        const late = new Set(lev.lateOrders.map((o) => o.order));
        for (const op of lev.operations) if (op.unplaced > 0) expect(late.has(op.order)).toBe(true);
        if (crp.workCenters.every((w) => w.overloads.length === 0) && lev.lateOrders.length === 0) {
          expect(lev.workCenters).toEqual(crp.workCenters);
        }
      }),
      RUNS,
    );
  });

  it("a parent's cost equals its own operations plus its components' costs times their extended quantities", () => {
    fc.assert(
      fc.property(modelArb, (json) => {
        const model = defineModel(json);
        for (const item of model.items) {
          const [r] = rollupCost(model, { item: item.id });
          const own = r!.levels![0]!.total;
          const components = r!.components.reduce((s, c) => s + c.contribution, 0);
          expect(r!.unitCost).toBeCloseTo(own + components, 6);
          expect(r!.unitCost).toBeCloseTo(r!.material + r!.setup + r!.labour + r!.outsourced, 6);
          expect(r!.levels!.reduce((s, l) => s + l.total, 0)).toBeCloseTo(r!.unitCost, 6);
        }
      }),
      RUNS,
    );
  });

  it("leveling never starts an order before its material: where a moved release takes a component earlier, its projected available stays at or above zero", () => {
    let moves = 0;
    let holds = 0;
    fc.assert(
      fc.property(fc.oneof(materialArb, materialArb, stockedArb), (json) => {
        const model = defineModel(json);
        const result = plan(model);
        const lev = levelLoad(result);
        moves += lev.releases.length;
        holds += lev.materialHolds.length;
        const leveled = new Map(lev.releases.map((r) => [r.order, (r.to as number) - 1]));
        const routed = new Set(json.routings!.map((r) => r.item));
        // Per component and tick: what the orders take before the plan's release, with each order
        // at its ideal (infinite-capacity) start and at its leveled start.
        const ideal = new Map<string, number[]>();
        const after = new Map<string, number[]>();
        const row = (m: Map<string, number[]>, id: string) => m.get(id) ?? m.set(id, new Array<number>(PERIODS).fill(0)).get(id)!;
        for (const o of [...result.plannedOrders, ...result.firmPlannedOrders]) {
          if (!routed.has(o.item)) continue;
          const release = (o.release as number) - 1;
          const start = backScheduleOrder(model, o.item, o.quantity, (o.due as number) - 1).release;
          const idealNeed = Math.min(release, Math.max(0, start));
          const to = leveled.get(o.id);
          if (to !== undefined) expect(to).toBeLessThan(Math.max(start, 0));
          const levNeed = to === undefined ? idealNeed : Math.min(release, Math.max(0, to));
          for (const l of json.bom!.filter((b) => b.parent === o.item)) {
            const q = (l.fixed ? 1 : o.quantity) * l.quantity * (1 + (l.scrap ?? 0));
            for (let t = idealNeed; t < release; t++) row(ideal, l.child)[t]! -= q;
            for (let t = levNeed; t < release; t++) row(after, l.child)[t]! -= q;
          }
        }
        for (const [id, taken] of after) {
          const poh = itemRecords(result, id).map((r) => r.projectedOnHand);
          for (let t = 0; t < PERIODS; t++) {
            const before = poh[t]! + row(ideal, id)[t]!;
            const now = poh[t]! + taken[t]!;
            if (now < before - 1e-6) expect(now).toBeGreaterThanOrEqual(-1e-6);
          }
        }
      }),
      { seed: 42, numRuns: 200 },
    );
    // the runs did move releases, and did hold work back for material
    expect(moves).toBeGreaterThan(15);
    expect(holds).toBeGreaterThan(20);
  });
});
