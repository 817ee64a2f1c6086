/**
 * Golden MRP records from published textbook examples (tests/golden/mrp, copied from the shared
 * fixtures with their sources). Every cell of every item is compared with what
 * `mrpkit plan --format json` prints.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineModel, plan, planToJson } from "../../src/index.js";
import { runCli } from "../../src/cli/main.js";
import { memoryIO } from "../helpers/memoryIO.js";

const dir = join(import.meta.dirname, "mrp");
const ROWS = ["grossRequirements", "scheduledReceipts", "projectedOnHand", "netRequirements", "plannedOrderReceipts", "plannedOrderReleases"] as const;

interface Fixture {
  id: string;
  model: unknown;
  expected: { items: Record<string, Record<(typeof ROWS)[number], number[]> & { lowLevelCode: number }> };
}

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Fixture);

describe("golden MRP records", () => {
  it("has every fixture", () => {
    expect(fixtures.map((f) => f.id)).toEqual([
      "aldershot_chairs_four_items",
      "chase_style_20A_week10",
      "chase_style_low_level_code_30A_week8_max",
      "krajewski_seat_subassembly_foq230",
      "orlicky_fig7_2_to_7_7_netting",
    ]);
  });

  for (const fx of fixtures) {
    it(`${fx.id}: every cell`, () => {
      const json = planToJson(plan(defineModel(fx.model)));
      for (const [id, exp] of Object.entries(fx.expected.items)) {
        const item = json.items.find((i) => i.id === id);
        expect(item, id).toBeDefined();
        expect(item!.lowLevelCode, `${id} low-level code`).toBe(exp.lowLevelCode);
        for (const row of ROWS) {
          expect(item!.records.map((r) => r[row]), `${id} ${row}`).toEqual(exp[row]);
        }
        expect(item!.records.map((r) => r.period)).toEqual(exp.grossRequirements.map((_, k) => k + 1));
      }
    });

    it(`${fx.id}: the CLI prints the same records`, () => {
      const io = memoryIO({ "model.json": JSON.stringify(fx.model) });
      expect(runCli(["plan", "model.json", "--format", "json"], io)).toBe(0);
      const out = JSON.parse(io.out()) as { items: { id: string; records: Record<string, number>[] }[] };
      for (const [id, exp] of Object.entries(fx.expected.items)) {
        const recs = out.items.find((i) => i.id === id)!.records;
        for (const row of ROWS) expect(recs.map((r) => r[row]), `${id} ${row}`).toEqual(exp[row]);
      }
    });
  }

  it("items come sorted by low-level code, then id", () => {
    const fx = fixtures.find((f) => f.id === "chase_style_20A_week10")!;
    const json = planToJson(plan(defineModel(fx.model)));
    expect(json.items.map((i) => `${i.lowLevelCode}:${i.id}`)).toEqual(["0:A", "1:C", "2:B", "3:D", "3:F", "4:E"]);
  });
});
