/**
 * From ERP exports to a plan: read the CSV tables of a small chair plant (examples/csv/), plan it,
 * and print the first planned orders with what they are pegged to, then the action messages. Run
 * with `npx tsx examples/csv-import.ts` after `npm run build`: it imports `mrpkit`, the built
 * package, as your code would.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineModel, exportCsv, importCsv, plan, type CsvTableInput } from "mrpkit";

/** A CSV file of examples/csv/, with its name for messages. */
const table = (name: string): CsvTableInput => ({
  file: `csv/${name}`,
  text: readFileSync(fileURLToPath(new URL(`csv/${name}`, import.meta.url)), "utf8"),
});

// Every problem of every file would be thrown at once as a CsvImportError, each at file:line column.
const json = importCsv(
  {
    items: table("items.csv"),
    bom: table("bom.csv"),
    routings: table("routings.csv"),
    workCenters: table("work-centers.csv"),
    stock: table("stock.csv"),
    receipts: table("receipts.csv"),
    demands: table("demands.csv"),
  },
  { calendar: { unit: "period", periods: 8 } },
);
const model = defineModel(json);
console.log(`${model.itemCount} items, ${model.data.bom.length} BOM lines, ${model.data.demands.length} demands`);
// 8 items, 7 BOM lines, 5 demands

const result = plan(model);
for (const o of result.plannedOrders.slice(0, 6)) {
  console.log(`${o.id.padEnd(9)} ${String(o.quantity).padStart(4)}  release ${o.release}  due ${o.due}  for ${o.pegging.map((p) => `${p.source} (${p.quantity})`).join(", ")}`);
}
// CHAIR#1     15  release 1  due 2  for SO-501 (15)
// CHAIR#2     35  release 3  due 4  for SO-502 (35)
// CHAIR#3     25  release 5  due 6  for SO-503 (25)
// CHAIR#4     40  release 6  due 7  for FC-CHAIR-7 (40)
// CHAIR#5     40  release 7  due 8  for FC-CHAIR-8 (40)
// SEAT#1      11  release 1  due 1  for CHAIR#1 (11)

for (const e of result.exceptions) console.log(`${e.kind}: ${e.message}`);
// late-release: SEAT: order SEAT#1 (11) should have been released at period 0, ...

// Stock of the two caster locations was added up; the model goes back to CSV the same way.
console.log(exportCsv(model).stock);
// part_number,on_hand,allocated
// BASE,30,0
// CASTER,180,20
// ...
