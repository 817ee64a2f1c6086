/** What a plan keeps in its columns, and how they grow through a chain of net changes. */
import { describe, expect, it } from "vitest";
import { applyChanges, defineModel, plan, replan, summarizePlan, type PlanResult } from "../../../src/index.js";
import { stateOf } from "../../../src/mrp/planState.js";
import { replanPaths } from "../../../src/mrp/replan.js";

/**
 * A two-level model: end item A with 300 orders a period apart, component B (2 per A); end item D
 * with 5,000 orders of one unit that no edit touches; ten items nothing needs (so that a change to A is a net
 * change, not a regenerative plan).
 */
function model() {
  return defineModel({
    calendar: { periods: 400 },
    items: [
      { id: "A", source: "make", leadTime: 1 },
      { id: "B", source: "buy", leadTime: 2 },
      { id: "D", source: "buy", lotSizing: { rule: "fixed", quantity: 1 } },
      ...Array.from({ length: 10 }, (_, k) => ({ id: `C${k}`, source: "buy" })),
    ],
    bom: [{ parent: "A", child: "B", quantity: 2 }],
    demands: [
      ...Array.from({ length: 300 }, (_, k) => ({ id: `SO-${k + 1}`, item: "A", due: k + 5, quantity: 10 })),
      ...Array.from({ length: 5000 }, (_, k) => ({ id: `D-${k + 1}`, item: "D", due: 1 + (k % 400), quantity: 1 })),
    ],
  });
}

describe("plan columns", () => {
  it("grows a net change's order columns by what it appends, not to twice the plan", () => {
    let m = model();
    let result: PlanResult = plan(m);
    const first = stateOf(result).arena.oItem;
    expect(first.length).toBe(600 + 5000);
    // each replan derives from the last and appends its 600 orders to the same columns
    const netChanges = replanPaths.netChange;
    for (let k = 0; k < 12; k++) {
      const edit = applyChanges(m, (d) => void (d.demands[k]!.quantity += 1));
      result = replan(result, edit.model, { patches: edit.patches });
      m = edit.model;
      // growing to twice what they hold would add 6,000 orders' room for 600 appended
      const col = stateOf(result).arena.oItem;
      expect(col.data.length).toBeLessThan(col.length + 3000);
    }
    expect(replanPaths.netChange - netChanges).toBe(12);
    const col = stateOf(result).arena.oItem;
    expect(col.length).toBe(5000 + 600 * 13);
    expect(summarizePlan(result)).toEqual(summarizePlan(plan(m)));
    expect(result.plannedOrders).toEqual(plan(m).plannedOrders);
  });

  it("works out the requirement, event and peg columns only when one of them is read", () => {
    const result = plan(model());
    const st = stateOf(result);
    // the run's requirement and event columns are scratch, empty once the plan is made
    expect(st.arena.reqTick.length).toBe(0);
    expect(st.arena.evTick.length).toBe(0);
    const c = result.columns;
    // 300 demands on A and 5,000 on D, one requirement of B per order of A; one peg per order
    expect(c.reqTick.length).toBe(5600);
    expect(c.pegReq.length).toBe(5600);
    expect(c.itemEventEnd[result.model.itemIndex.get("B")!]! - c.itemEventStart[result.model.itemIndex.get("B")!]!).toBe(300);
  });
});
