/**
 * Capacity and cost of a small workshop: plan it, see where the plan cannot be built (the welding
 * cell loses a shift from period 5), level the load (the tube decides what may move), check the
 * master schedule with a rough cut, and roll up the cost of a cart. Run with
 * `npx tsx examples/capacity-of-a-workshop.ts` after `npm run build`: it imports `mrpkit`, the
 * built package, as your code would.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { backScheduleOrder, buildBillOfResources, defineModel, levelLoad, plan, planCapacity, planRoughCutCapacity, rollupCost } from "mrpkit";

const json: unknown = JSON.parse(readFileSync(fileURLToPath(new URL("workshop.json", import.meta.url)), "utf8"));
const model = defineModel(json);
const result = plan(model);

// How long does an order of 10 frames take through saw, welding and galvanising, if due at tick 6?
const frame = backScheduleOrder(model, "FRAME", 10, 6);
console.log(`FRAME x 10 due at tick 6: release at tick ${frame.release}`); // tick 4
for (const op of frame.operations) {
  console.log(`  op ${op.seq} ${op.outsourced ? "outsourced" : op.workCenter}: ticks [${op.runStart}, ${op.runEnd}), ${op.hours} h`);
}
// op 10 SAW: ticks [4, 5), 3 h / op 20 WELD: ticks [5, 6), 5 h / op 30 outsourced: ticks [6, 6), 0 h

// Load profile: the bottleneck comes first.
const crp = planCapacity(result);
for (const wc of crp.workCenters) {
  console.log(`${wc.id}: peak utilization ${wc.peakUtilization}, ${wc.overloads.length} overload(s)`);
  for (const o of wc.overloads) console.log(`  period ${o.period}: ${o.load} h on ${o.available} h (${o.orders.join(", ")})`);
}
// WELD: peak utilization 1.4, 1 overload(s)
//   period 5: 4.2 h on 3 h (FRAME#3)

// Finite leveling moves the overload into earlier free capacity, but never ahead of the material.
const leveled = levelLoad(result);
for (const op of leveled.operations) {
  console.log(`level: ${op.order} op ${op.seq} on ${op.workCenter} starts in period ${op.to} instead of ${op.from}, ${op.unplaced} h unplaced${op.reason === undefined ? "" : ` (${op.reason})`}`);
}
// FRAME#3 op 20 on WELD: 3 h stay in period 5. The other 1.2 h would need sawing, and so the
// frame's tube, by period 3, but the tube there is FRAME#2's: they stay unplaced.
for (const h of leveled.materialHolds) {
  console.log(`held by material: ${h.order} op ${h.seq} cannot run before period ${h.earliest}: it needs ${h.quantity} ${h.component}`);
}
console.log(`unplaced hours: ${leveled.unplaced}, late orders: ${leveled.lateOrders.map((o) => `${o.order} (${o.reason})`).join(", ")}`);

// Rough cut: the master schedule alone, through the cart's bill of resources.
for (const row of buildBillOfResources(model, "CART").rows) {
  console.log(`bill of resources: ${row.workCenter} ${row.item}/${row.seq}: ${row.hoursPerUnit} h per cart + ${row.hoursPerOrder} h per order, ${row.offset} tick(s) before due`);
}
const rough = planRoughCutCapacity(model);
console.log(`rough cut bottleneck: ${rough.workCenters[0]!.id} at ${rough.workCenters[0]!.peakUtilization}`);

// Cost roll-up of a cart.
const [cart] = rollupCost(model, { item: "CART" });
console.log(`CART unit cost ${cart!.unitCost}: material ${cart!.material}, setup ${cart!.setup}, labour ${cart!.labour}, outsourced ${cart!.outsourced}`);
// CART unit cost 79.675: material 19.6, setup 8.425, labour 49.25, outsourced 2.4
