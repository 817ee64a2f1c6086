/**
 * What if a customer order doubles? Plan a small table factory, look at the table's
 * available-to-promise, double one order by editing the model data, plan again and compare the two
 * plans. Run with `npx tsx examples/what-if.ts` after `npm run build`: it imports `mrpkit`, the
 * built package, as your code would.
 */
import { produce } from "immer";
import { availableToPromise, compareScenarios, defineModel, plan } from "mrpkit";

// A table takes 4 legs and a top. Forecast 10 a period from period 2; customer orders 8 at
// period 2 and 12 at period 4. Orders may consume the forecast of one period back.
const base = defineModel({
  calendar: { periods: 6 },
  items: [
    { id: "TABLE", source: "make", leadTime: 1, onHand: 5, consumption: { backward: 1 } },
    { id: "LEG", source: "buy", leadTime: 2, onHand: 40, lotSizing: { rule: "fixed", quantity: 100 } },
    { id: "TOP", source: "buy", leadTime: 1, onHand: 10 },
  ],
  bom: [
    { parent: "TABLE", child: "LEG", quantity: 4 },
    { parent: "TABLE", child: "TOP", quantity: 1 },
  ],
  demands: [
    ...[2, 3, 4, 5, 6].map((p) => ({ id: `FC-${p}`, item: "TABLE", due: p, quantity: 10, kind: "forecast" as const })),
    { id: "SO-1", item: "TABLE", due: 2, quantity: 8 },
    { id: "SO-2", item: "TABLE", due: 4, quantity: 12 },
  ],
});
const before = plan(base);

const atpLine = (r: ReturnType<typeof availableToPromise>) => r.buckets.map((b) => `${b.period}:${b.discreteAtp}/${b.cumulativeAtp}`).join(" ");
console.log(`TABLE ATP (discrete/cumulative) before: ${atpLine(availableToPromise(before, "TABLE"))}`);
// 1:2/2 2:0/2 3:8/10 4:0/10 5:10/20 6:10/30

// The what-if: SO-2 doubles. The edit is made on the model's data, which stays untouched.
const doubled = defineModel(
  produce(base.data, (draft) => {
    const so = draft.demands.find((d) => d.id === "SO-2")!;
    so.quantity *= 2;
  }),
);
const after = plan(doubled);
console.log(`TABLE ATP (discrete/cumulative) after:  ${atpLine(availableToPromise(after, "TABLE"))}`);
// 1:2/2 2:0/2 3:0/2 4:0/2 5:10/12 6:10/22

const cmp = compareScenarios(before, after);
for (const o of cmp.plannedOrders.added) console.log(`added    ${o.id}: ${o.quantity} due ${o.due}, release ${o.release}`);
for (const o of cmp.plannedOrders.removed) console.log(`removed  ${o.id}: ${o.quantity} due ${o.due}, release ${o.release}`);
for (const c of cmp.plannedOrders.changed) {
  console.log(`changed  ${c.item} due ${c.due}: ${c.baseQuantity} -> ${c.scenarioQuantity} (${c.baseId} is now ${c.scenarioId}), release ${c.baseRelease} -> ${c.scenarioRelease}`);
}
for (const e of cmp.exceptions.added) console.log(`new message:  ${e.message}`);
for (const e of cmp.exceptions.removed) console.log(`gone message: ${e.message}`);
for (const p of cmp.projectedOnHand) console.log(`on hand of ${p.item} first differs in period ${p.date}: ${p.base} -> ${p.scenario}`);
// added    LEG#1: 100 due 3, release 1
// added    LEG#2: 100 due 4, release 2
// removed  LEG#1: 100 due 2, release 1
// removed  LEG#2: 100 due 5, release 3
// removed  TABLE#2: 8 due 3, release 2
// removed  TOP#1: 3 due 2, release 1
// changed  TABLE due 4: 12 -> 24 (TABLE#3 is now TABLE#2), release 3 -> 3
// changed  TOP due 3: 12 -> 19 (TOP#2 is now TOP#1), release 2 -> 2
// gone message: LEG: order LEG#1 (100) should have been released at period 0, 1 period before the planning start; released at period 1
// on hand of LEG first differs in period 2: 88 -> 20
// on hand of TOP first differs in period 2: 0 -> 5
