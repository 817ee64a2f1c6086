/**
 * The plan of a 1,000-item instance of each benchmark shape (bench/generate.mjs, the light one,
 * and bench/generate-dense.mjs, the dense one; seed 1), planned orders with their pegging and
 * action messages, and every item's MRP records, compared line by line with the snapshots
 * committed in tests/golden/scale/ (the records' snapshots were taken from the engine that still
 * kept its requirement, event and peg columns from the run).
 * Work on the engine's speed must leave these bytes unchanged.
 *
 * A deliberate change of planning semantics regenerates the snapshots with one command:
 *   npx vitest run tests/golden/scale.test.ts --update
 */
import { describe, expect, it } from "vitest";
import { allItemRecords, defineModel, plan, type PlanResult } from "../../src/index.js";
import { generateModel } from "../../bench/generate.mjs";
import { generateDenseModel } from "../../bench/generate-dense.mjs";

/** One line per planned or firm order (with its pegs), then one per action message. */
function planText(result: PlanResult): string {
  const lines: string[] = [];
  for (const o of [...result.plannedOrders, ...result.firmPlannedOrders]) {
    const pegs = o.pegging.map((p) => `${p.source}@${p.date}:${p.quantity}`).join(" ");
    lines.push(`${o.id} ${o.release}-${o.due} ${o.quantity} | ${pegs}`);
  }
  for (const e of result.exceptions) lines.push(`! ${e.kind} ${e.item} ${e.ref ?? "-"} ${e.date}${e.newDate === undefined ? "" : `>${e.newDate}`} ${e.quantity} ${e.message}`);
  return lines.join("\n") + "\n";
}

/**
 * One line per item: its MRP record at every bucket with a gross requirement, a scheduled
 * receipt, a net requirement or a planned order (gross/receipts/projected on hand/net/planned
 * receipts/planned releases), which is where the projected on hand can change.
 */
function recordsText(result: PlanResult): string {
  const lines: string[] = [];
  for (const { id, records } of allItemRecords(result)) {
    const cells: string[] = [];
    for (const r of records) {
      if (r.grossRequirements === 0 && r.scheduledReceipts === 0 && r.netRequirements === 0 && r.plannedOrderReceipts === 0 && r.plannedOrderReleases === 0) continue;
      cells.push(`${r.period}:${r.grossRequirements}/${r.scheduledReceipts}/${r.projectedOnHand}/${r.netRequirements}/${r.plannedOrderReceipts}/${r.plannedOrderReleases}`);
    }
    lines.push(`${id} ${records[0]!.projectedOnHand} | ${cells.join(" ")}`);
  }
  return lines.join("\n") + "\n";
}

const shapes = [
  { name: "light", model: () => generateModel({ items: 1000, seed: 1 }) },
  { name: "dense", model: () => generateDenseModel({ items: 1000, seed: 1 }) },
];

describe("plans of the benchmark shapes at 1,000 items", () => {
  for (const s of shapes) {
    it(`${s.name}: planned orders, pegging and messages match the snapshot`, async () => {
      const result = plan(defineModel(s.model()));
      // the instance is not trivial: it has orders and messages to compare
      expect(result.plannedOrders.length).toBeGreaterThan(1000);
      expect(result.exceptions.length).toBeGreaterThan(10);
      await expect(planText(result)).toMatchFileSnapshot(`scale/${s.name}-1000.txt`);
    });

    it(`${s.name}: the MRP records match the snapshot`, async () => {
      const result = plan(defineModel(s.model()));
      // open orders pulled in move receipts between the records' buckets: the instance has some
      expect(result.exceptions.some((e) => e.kind === "reschedule-in")).toBe(true);
      await expect(recordsText(result)).toMatchFileSnapshot(`scale/${s.name}-1000-records.txt`);
    });
  }
});
