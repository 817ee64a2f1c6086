import { cleanQty } from "../internal/quantity.js";
import type { ExceptionKind, PlanResult } from "./PlanResult.js";
import { OrderKind } from "./columns.js";
import { batchOf, stateOf } from "./planState.js";

/**
 * Statistics of a plan run (what `mrpkit plan --format summary` prints).
 *
 * @category Planning
 */
export interface PlanSummary {
  /** Number of items planned. */
  readonly items: number;
  /** Number of new planned orders. */
  readonly plannedOrders: number;
  /** Sum of all planned order quantities. */
  readonly plannedQuantity: number;
  /** Number of action messages per kind (only kinds that occur, sorted by kind). */
  readonly exceptions: Readonly<Partial<Record<ExceptionKind, number>>>;
}

/**
 * Counts a plan: items, planned orders, planned quantity and action messages per kind. Reads the
 * columns only, so it never builds the planned-order objects.
 *
 * @param result - a plan
 * @returns the statistics
 * @example
 * ```ts
 * summarizePlan(plan(model)) //=> { items: 4, plannedOrders: 3, plannedQuantity: 150, exceptions: { "late-release": 1 } }
 * ```
 *
 * @category Planning
 */
export function summarizePlan(result: PlanResult): PlanSummary {
  const c = result.columns;
  let count = 0;
  let qty = 0;
  const order = result.model.planningOrder;
  // run once, unoptimised: for-of there would make an object per item
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- see above
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) {
      if (c.orderKind[o] === OrderKind.Planned) {
        count++;
        qty += c.orderQty[o]!;
      }
    }
  }
  const counts = new Map<ExceptionKind, number>();
  // count from the raised messages, without writing their text
  const perItem = stateOf(result).itemExceptions;
  for (let i = 0; i < perItem.index.length; i++) {
    const batch = batchOf(perItem, i);
    if (batch === undefined) continue;
    for (const r of batch.raw) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
    if (batch.late1 > batch.late0) counts.set("late-release", (counts.get("late-release") ?? 0) + batch.late1 - batch.late0);
  }
  const exceptions: Partial<Record<ExceptionKind, number>> = {};
  for (const k of [...counts.keys()].sort()) exceptions[k] = counts.get(k)!;
  return { items: result.model.itemCount, plannedOrders: count, plannedQuantity: cleanQty(qty), exceptions };
}

/**
 * The former name of {@link summarizePlan}.
 *
 * @deprecated Use {@link summarizePlan}; this name goes away in 2.0.
 * @category Planning
 */
export const planSummary = summarizePlan;
