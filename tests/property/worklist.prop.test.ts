/**
 * Properties of the worklists over random acyclic models, fixed seed: every demand a late or
 * fenced order's pegging reaches is listed with that cause, the list's order holds, and the
 * release list through the horizon's end is every order, bought apart from made.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineModel } from "../../src/model/defineModel.ts";
import { pegToDemands } from "../../src/mrp/pegToDemands.ts";
import { plan } from "../../src/mrp/plan.ts";
import { demandsAtRisk } from "../../src/worklist/demandsAtRisk.ts";
import { releaseList } from "../../src/worklist/releaseList.ts";
import { H, modelArb } from "../helpers/modelArb.js";

const RUNS = { seed: 1313, numRuns: 150 } as const;

describe("demandsAtRisk over random models", () => {
  it("lists every demand a late-release or time-fence order serves, with that cause, in the documented order", () => {
    fc.assert(
      fc.property(modelArb(), (json) => {
        const result = plan(defineModel(json));
        const r = demandsAtRisk(result);
        const byId = new Map(r.demands.map((d) => [d.demand, d]));
        const demandIds = new Set(json.demands.map((d) => d.id));
        for (const e of result.exceptions) {
          if ((e.kind !== "late-release" && e.kind !== "time-fence") || e.ref === null) continue;
          for (const p of pegToDemands(result, e.ref)) {
            if (!demandIds.has(p.demand)) continue;
            const listed = byId.get(p.demand);
            expect(listed, `${p.demand} via ${e.ref}`).toBeDefined();
            expect(listed!.causes.some((c) => c.kind === e.kind && c.ref === e.ref && c.path.at(-1) === e.ref && c.path[0] === p.path.at(-1))).toBe(true);
          }
        }
        for (const e of result.exceptions) {
          if (e.kind === "past-due-demand") expect(byId.get(e.ref!)?.causes.some((c) => c.kind === "past-due-demand")).toBe(true);
        }
        const due = (d: (typeof r.demands)[number]) => (d.due as number) - 1;
        for (let k = 0; k < r.demands.length; k++) {
          const d = r.demands[k]!;
          expect(d.causes.length).toBeGreaterThan(0);
          expect(d.ticksLate).toBeGreaterThanOrEqual(Math.max(...d.causes.map((c) => c.ticksLate)) > 0 ? 1 : 0);
          expect((d.expected as number) - (d.due as number)).toBe(d.ticksLate);
          for (let j = 1; j < d.causes.length; j++) expect(d.causes[j - 1]!.ticksLate).toBeGreaterThanOrEqual(d.causes[j]!.ticksLate);
          if (k > 0) {
            const a = r.demands[k - 1]!;
            expect(a.ticksLate > d.ticksLate || (a.ticksLate === d.ticksLate && (due(a) < due(d) || (due(a) === due(d) && a.demand < d.demand)))).toBe(true);
          }
        }
        expect(demandsAtRisk(plan(defineModel(json)))).toEqual(r);
      }),
      RUNS,
    );
  });
});

describe("releaseList over random models", () => {
  it("through the last period lists every planned and firm order once, by source; the first bucket only those released there", () => {
    fc.assert(
      fc.property(modelArb(), (json) => {
        const result = plan(defineModel(json));
        const source = new Map(json.items.map((i) => [i.id, i.source]));
        const all = releaseList(result, { through: H });
        const ids = (lines: readonly { id: string }[]) => lines.map((l) => l.id).sort();
        expect(ids([...all.buy, ...all.make])).toEqual(ids([...result.plannedOrders, ...result.firmPlannedOrders]));
        for (const l of all.buy) expect(source.get(l.item)).toBe("buy");
        for (const l of all.make) expect(source.get(l.item)).toBe("make");
        const today = releaseList(result);
        expect(ids([...today.buy, ...today.make])).toEqual(ids([...result.plannedOrders, ...result.firmPlannedOrders].filter((o) => o.release === 1)));
        for (const lines of [all.buy, all.make]) {
          for (let k = 1; k < lines.length; k++) expect((lines[k - 1]!.release as number) <= (lines[k]!.release as number)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
