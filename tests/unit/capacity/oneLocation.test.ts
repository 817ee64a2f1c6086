/**
 * A network of one location without sources is the model without locations: capacity, rough-cut,
 * leveling, the cost roll-up, the worklists and available-to-promise say the same of it, with
 * the items named at their location (fast-check, fixed seed).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planCapacity } from "../../../src/capacity/capacity.js";
import { levelLoad } from "../../../src/capacity/level.js";
import { planRoughCutCapacity } from "../../../src/capacity/roughCut.js";
import { rollupCost } from "../../../src/cost/rollupCost.js";
import { defineModel } from "../../../src/model/defineModel.js";
import type { ModelInput } from "../../../src/model/schema.js";
import { availableToPromise } from "../../../src/mps/availableToPromise.js";
import { plan } from "../../../src/mrp/plan.js";
import { demandsAtRisk } from "../../../src/worklist/demandsAtRisk.js";
import { releaseList } from "../../../src/worklist/releaseList.js";

const PERIODS = 8;
const id = (k: number) => `I${k}`;

const modelArb: fc.Arbitrary<ModelInput> = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc
    .record({
      items: fc.array(
        fc.record({
          make: fc.boolean(),
          leadTime: fc.nat(2),
          onHand: fc.constantFrom(0, 5, 20),
          run: fc.constantFrom(0.25, 1),
          setup: fc.constantFrom(0, 1),
          wc: fc.constantFrom("W1", "W2"),
          material: fc.constantFrom(0, 1, 2.5),
        }),
        { minLength: n, maxLength: n },
      ),
      lines: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), quantity: fc.constantFrom(1, 2, 0.5) }), { maxLength: 2 * n }),
      demands: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 0, max: PERIODS }), quantity: fc.integer({ min: 1, max: 30 }) }), { maxLength: 6 }),
      receipts: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 0, max: PERIODS }), quantity: fc.integer({ min: 1, max: 20 }) }), { maxLength: 3 }),
    })
    .map(({ items, lines, demands, receipts }) => {
      const make = (k: number) => items[k]!.make || lines.some((l) => Math.min(l.a, l.b) === k && l.a !== l.b);
      return {
        calendar: { periods: PERIODS },
        items: items.map((it, k) => ({ id: id(k), source: make(k) ? ("make" as const) : ("buy" as const), leadTime: it.leadTime, onHand: it.onHand, cost: { material: it.material } })),
        bom: lines.filter((l) => l.a !== l.b).map((l) => ({ parent: id(Math.min(l.a, l.b)), child: id(Math.max(l.a, l.b)), quantity: l.quantity })),
        workCenters: [
          { id: "W1", capacity: 4, rate: 10 },
          { id: "W2", capacity: 2, rate: 20 },
        ],
        routings: items.flatMap((it, k) => (make(k) ? [{ item: id(k), operations: [{ seq: 10, workCenter: it.wc, setup: it.setup, run: it.run }] }] : [])),
        demands: demands.map((d, k) => ({ id: `SO-${k}`, item: id(d.item), due: d.due, quantity: d.quantity })),
        scheduledReceipts: receipts.map((r, k) => ({ id: `PO-${k}`, item: id(r.item), due: r.due, quantity: r.quantity })),
      };
    }),
);

/** The model as a network of one location P, every item planned there, no sources. */
function atOneLocation(m: ModelInput): ModelInput {
  return {
    ...m,
    locations: [{ id: "P" }],
    itemLocations: m.items!.map((it) => ({ item: it.id, location: "P" })),
    demands: m.demands!.map((d) => ({ ...d, location: "P" })),
    scheduledReceipts: m.scheduledReceipts!.map((r) => ({ ...r, location: "P" })),
  };
}

/** A result of the network as the single site would say it: no location fields, items named without it. */
function asSingleSite(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === "location" || (k === "kind" && (v === "make" || v === "buy" || v === "transfer")) ? undefined : v)).replaceAll("@P", ""));
}

describe("a network of one location", () => {
  it("has the capacity, rough-cut, leveling, cost, worklists and ATP of the model without locations", () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const single = defineModel(m);
        const network = defineModel(atOneLocation(m));
        const a = plan(single);
        const b = plan(network);
        expect(asSingleSite(planCapacity(b))).toEqual(asSingleSite(planCapacity(a)));
        expect(asSingleSite(planRoughCutCapacity(network))).toEqual(asSingleSite(planRoughCutCapacity(single)));
        expect(asSingleSite(levelLoad(b))).toEqual(asSingleSite(levelLoad(a)));
        expect(asSingleSite(rollupCost(network))).toEqual(asSingleSite(rollupCost(single)));
        const { transfer, ...releases } = releaseList(b, { through: PERIODS });
        expect(transfer).toEqual([]);
        expect(asSingleSite(releases)).toEqual(asSingleSite(releaseList(a, { through: PERIODS })));
        expect(asSingleSite(demandsAtRisk(b))).toEqual(asSingleSite(demandsAtRisk(a)));
        for (const it of m.items!) expect(asSingleSite(availableToPromise(b, `${it.id}@P`))).toEqual(asSingleSite(availableToPromise(a, it.id)));
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
