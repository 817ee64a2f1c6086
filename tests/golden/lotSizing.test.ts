/**
 * Golden lot-sizing plans and costs (Nahmias; Snyder & Shen), copied from the shared fixtures.
 * Cost = setups x setup cost + holding cost on end-of-period projected on hand.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineModel, itemRecords, plan } from "../../src/index.js";

const dir = join(import.meta.dirname, "lot-sizing");

interface Fixture {
  id: string;
  model: { items: { lotSizing: { rule: string }; cost: { setup: number; holding: number } }[] };
  expected: { items: { X: { plannedOrderReceipts?: number[] } }; totalCost: number; anyOf?: number[][] };
}

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Fixture);

describe("golden lot sizing", () => {
  it("has all eight cases", () => expect(fixtures).toHaveLength(8));

  for (const fx of fixtures) {
    it(`${fx.id}`, () => {
      const result = plan(defineModel(fx.model));
      const recs = itemRecords(result, "X");
      const receipts = recs.map((r) => r.plannedOrderReceipts);
      const { setup, holding } = fx.model.items[0]!.cost;
      const cost = recs.reduce((c, r) => c + (r.plannedOrderReceipts > 0 ? setup : 0) + holding * r.projectedOnHand, 0);
      if (fx.expected.items.X.plannedOrderReceipts) {
        expect(receipts).toEqual(fx.expected.items.X.plannedOrderReceipts);
      } else {
        expect(fx.expected.anyOf).toContainEqual(receipts);
      }
      expect(cost).toBeCloseTo(fx.expected.totalCost, 9);
      // the plan covers exactly the demand: nothing is left at the end
      expect(recs.at(-1)!.projectedOnHand).toBe(0);
    });
  }
});
