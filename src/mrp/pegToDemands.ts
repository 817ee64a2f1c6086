/**
 * Full pegging: from an order up through its parents' orders to the independent demands it
 * ultimately serves. A component order covering part of a parent's requirement serves that share
 * of the parent order, and so of the parent's own pegs. Iterative (explicit stack), so deep BOMs
 * are safe. O(pegs reached), after an index of the plan's orders by id built once per plan.
 */
import { UnknownOrderError } from "../errors/UnknownOrderError.js";
import { cleanQty } from "../internal/quantity.js";
import { compareStrings } from "../internal/sort.js";
import { orderId, requirementSource } from "./buildResult.js";
import type { Attributes } from "../model/attributes.js";
import type { PlanResult } from "./PlanResult.js";
import { RequirementKind } from "./columns.js";

/**
 * An independent demand (or a safety stock) an order serves, with the share of the order.
 *
 * @category Planning
 */
export interface DemandPeg {
  /** The demand id, or `"safety-stock"`, `"min-max"` or `"allocated"` for stock the item keeps. */
  readonly demand: string;
  /** The item of the demand (or whose safety stock it is). */
  readonly item: string;
  /**
   * How much of the demand this order serves, in the demand's item's units: the share of the
   * order that reaches the demand, carried up through each parent order.
   */
  readonly quantity: number;
  /** Order ids from the given order up to the one that covers the demand directly. */
  readonly path: readonly string[];
  /** The demand's `attributes` (customer, priority ...), when it has any; keys sorted. */
  readonly attributes?: Attributes;
}

/**
 * Walks an order's pegging up to the independent demands.
 *
 * @param result - a plan
 * @param orderIdToPeg - a planned order id (`ITEM#n`), a firm planned order id, or a phantom pass-through id
 * @returns the demands served, one entry per path, sorted by demand id then path; a demand with
 *   `attributes` has them on its entries
 * @throws {@link UnknownOrderError} (`unknown_order`) when no order has that id
 * @example
 * ```ts
 * // examples/bicycle.json: 276 spokes, mostly for the wheels of SO-2's bicycles
 * pegToDemands(result, "spokes#1")
 * //=> [{ demand: "SO-2", item: "bicycle", quantity: 3.745098039, path: ["spokes#1", "wheel#2", "bicycle#2"] },
 * //    { demand: "SO-3", item: "bicycle", quantity: 0.013071895, path: ["spokes#1", "wheel#3", "bicycle#3"] }]
 * ```
 *
 * @category Planning
 */
export function pegToDemands(result: PlanResult, orderIdToPeg: string): DemandPeg[] {
  const { model, columns: c } = result;
  const start = findOrder(result, orderIdToPeg);
  const out: DemandPeg[] = [];
  // stack of (order, quantity of that order that we trace, the way up as a linked list)
  interface Step {
    readonly id: string;
    readonly up: Step | null;
  }
  const pathOf = (s: Step): string[] => {
    const out: string[] = [];
    for (let x: Step | null = s; x !== null; x = x.up) out.push(x.id);
    return out.reverse();
  };
  const stack: { o: number; q: number; step: Step }[] = [{ o: start, q: c.orderQty[start]!, step: { id: orderIdToPeg, up: null } }];
  while (stack.length > 0) {
    const { o, q, step } = stack.pop()!;
    const total = c.orderQty[o]!;
    const share = total > 0 ? q / total : 0;
    const item = model.items[c.orderItem[o]!]!.id;
    for (let p = c.pegStart[o]!; p < c.pegEnd[o]!; p++) {
      const r = c.pegReq[p]!;
      const pq = c.pegQty[p]! * share;
      if (r < 0) {
        out.push({ demand: requirementSource(model, c, r, c.orderItem[o]), item, quantity: cleanQty(pq), path: pathOf(step) });
      } else if (c.reqKind[r] === RequirementKind.Demand) {
        const d = c.demandRefs[c.reqSrc[r]!]!;
        const peg: DemandPeg = { demand: d.id, item: d.item, quantity: cleanQty(pq), path: pathOf(step) };
        out.push(d.attributes === undefined ? peg : { ...peg, attributes: d.attributes });
      } else {
        // the requirement came from a parent order: trace the share of the parent it supports
        const parent = c.reqSrc[r]!;
        const reqQty = requirementQuantity(result, r);
        const parentShare = reqQty > 0 ? (pq / reqQty) * c.orderQty[parent]! : 0;
        stack.push({ o: parent, q: parentShare, step: { id: orderId(model, c, parent), up: step } });
      }
    }
  }
  return out.sort((a, b) => compareStrings(a.demand, b.demand) || compareStrings(a.path.join("\u0000"), b.path.join("\u0000")));
}

function requirementQuantity(result: PlanResult, r: number): number {
  return result.columns.reqQty[r]!;
}

const orderIndexes = new WeakMap<PlanResult, Map<string, number>>();

/** The item id an order id names (`ITEM#n`, `ITEM~n`), or undefined. */
function namedItem(id: string): string | undefined {
  const cut = Math.max(id.lastIndexOf("#"), id.lastIndexOf("~"));
  return cut > 0 ? id.slice(0, cut) : undefined;
}

/**
 * Order index by id, built once per plan in O(orders): a report pegs every order, and a scan per
 * lookup would make it quadratic. Where two orders share an id (a firm order named like another
 * item's planned order), the order of the item the id names wins.
 */
function orderIndex(result: PlanResult): Map<string, number> {
  let index = orderIndexes.get(result);
  if (index !== undefined) return index;
  const { model, columns: c } = result;
  index = new Map();
  for (const i of model.planningOrder) {
    const itemId = model.items[i]!.id;
    for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) {
      const id = orderId(model, c, o);
      const prev = index.get(id);
      if (prev === undefined) index.set(id, o);
      else if (namedItem(id) === itemId && model.items[c.orderItem[prev]!]!.id !== itemId) index.set(id, o);
    }
  }
  orderIndexes.set(result, index);
  return index;
}

function findOrder(result: PlanResult, id: string): number {
  const o = orderIndex(result).get(id);
  if (o !== undefined) return o;
  throw new UnknownOrderError(id);
}
