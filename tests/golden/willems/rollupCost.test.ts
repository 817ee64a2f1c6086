import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rollupCost } from "../../../src/cost/rollupCost.js";
import { defineModel } from "../../../src/model/defineModel.js";

const dir = dirname(fileURLToPath(import.meta.url));
const rows = (file: string) =>
  readFileSync(join(dir, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(","));

/** Table 6 of the paper: average cost of goods sold per unit, by chain number. */
function publishedCogs(): Map<number, number> {
  const lines = readFileSync(join(dir, "Summary_Tables.csv"), "utf8").split(/\r?\n/);
  const at = lines.findIndex((l) => l.includes("Average Cost of Goods Sold Per Unit"));
  const out = new Map<number, number>();
  for (const l of lines.slice(at + 1, at + 39)) {
    const f = l.split(",");
    out.set(Number(f[1]), Number(f[14]));
  }
  return out;
}

function chainModel(chain: string) {
  const stages = rows(`${chain}_SD.csv`);
  const arcs = rows(`${chain}_LL.csv`);
  const upstream = new Set(arcs.map((a) => a[1]!));
  return {
    demand: stages.filter((s) => s[4] !== "").map((s) => ({ id: s[0]!, avgDemand: Number(s[4]) })),
    model: defineModel({
      calendar: { periods: 1 },
      items: stages.map((s) => ({ id: s[0]!, source: upstream.has(s[0]!) ? ("make" as const) : ("buy" as const), cost: { material: Number(s[1]) } })),
      bom: arcs.map((a) => ({ parent: a[1]!, child: a[0]!, quantity: 1 })),
    }),
  };
}

describe("cost roll-up against Willems (2008), Table 6 average COGS per unit", () => {
  const published = publishedCogs();
  it.each(["01", "04", "05", "06", "08", "09", "12", "13"])("chain %s matches to the cent", (chain) => {
    const { model, demand } = chainModel(chain);
    const unit = new Map(rollupCost(model).map((r) => [r.id, r.unitCost]));
    let weighted = 0;
    let total = 0;
    for (const d of demand) {
      weighted += d.avgDemand * unit.get(d.id)!;
      total += d.avgDemand;
    }
    const cogs = Math.round((weighted / total) * 100) / 100;
    expect(cogs).toBe(published.get(Number(chain)));
  });

  it("chain 01 by hand: Retail_0002 = Manuf_0001 + Manuf_0002 = (39 + 12 + 5 + 9) + (36 + 12 + 5 + 9)", () => {
    const [r] = rollupCost(chainModel("01").model, { item: "Retail_0002" });
    expect(r!.unitCost).toBe(127);
    expect(r!.components).toEqual([
      { item: "Manuf_0001", quantity: 1, unitCost: 65, contribution: 65 },
      { item: "Manuf_0002", quantity: 1, unitCost: 62, contribution: 62 },
    ]);
    expect(r!.levels).toEqual([
      { level: 0, material: 0, setup: 0, labour: 0, outsourced: 0, total: 0 },
      { level: 1, material: 75, setup: 0, labour: 0, outsourced: 0, total: 75 },
      { level: 2, material: 52, setup: 0, labour: 0, outsourced: 0, total: 52 },
    ]);
  });
});
