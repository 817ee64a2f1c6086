/**
 * Plan a bicycle: read `examples/bicycle.json`, plan it, print the MRP record of the bicycle and
 * of its spokes, the planned orders, the action messages, and the full pegging of one spoke order
 * up to the customer orders it serves. Run with `npx tsx examples/plan-a-bicycle.ts` after
 * `npm run build`: it imports `mrpkit`, the built package, as your code would.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineModel, itemRecords, pegToDemands, plan, type MrpRecord } from "mrpkit";

const json: unknown = JSON.parse(readFileSync(fileURLToPath(new URL("bicycle.json", import.meta.url)), "utf8"));
const model = defineModel(json); // validates, throws ModelError with every problem at once
const result = plan(model);

// The MRP record (the APICS grid) of two items: the end item and a purchased part two levels down.
const rows: [string, keyof MrpRecord][] = [
  ["Gross requirements", "grossRequirements"],
  ["Scheduled receipts", "scheduledReceipts"],
  ["Projected on hand", "projectedOnHand"],
  ["Net requirements", "netRequirements"],
  ["Planned order receipts", "plannedOrderReceipts"],
  ["Planned order releases", "plannedOrderReleases"],
];
for (const item of ["bicycle", "spokes"]) {
  const records = itemRecords(result, item);
  console.log(`\n${item}`);
  console.log("Period".padEnd(24) + records.map((r) => String(r.period).padStart(8)).join(""));
  for (const [label, key] of rows) console.log(label.padEnd(24) + records.map((r) => String(r[key]).padStart(8)).join(""));
}

// Planned orders with what each one covers (first due, first covered).
console.log("\nPlanned orders");
for (const o of result.plannedOrders) {
  const pegs = o.pegging.map((p) => `${p.source} ${p.quantity}`).join(", ");
  console.log(`  ${o.id.padEnd(17)} ${String(o.quantity).padStart(5)}  release ${o.release}  due ${o.due}  for ${pegs}`);
}

// Action messages: what the planner should act on.
console.log("\nAction messages");
for (const e of result.exceptions) console.log(`  ${e.kind.padEnd(15)} ${e.message}`);

// Full pegging: which customer orders does the first spoke order serve, and through which orders?
// Each line gives the share of the demand (in the demand's item, here bicycles) the order serves.
console.log("\nFull pegging of spokes#1");
for (const p of pegToDemands(result, "spokes#1")) {
  console.log(`  ${p.demand}: ${p.quantity} ${p.item} via ${p.path.join(" <- ")}`);
}
