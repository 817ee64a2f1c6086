/**
 * Cumulative lead time (docs/concepts.md): the longest lead-time path from an item down through its
 * BOM, with the path itself (the critical path of the product structure).
 *
 * Complexity: O(I + L) over the I items and L lines below the item: a depth-first post-order
 * with an explicit stack gives a reverse topological order, in which each item's longest path is
 * its lead time plus the longest of its children's. No recursion, so a 100,000-level chain works.
 *
 * Reference: APICS/ASCM CPIM dictionary, "cumulative lead time" (also "critical path lead time",
 * "stacked lead time").
 */
import { itemIndexOf } from "./bomArgs.js";
import type { Model } from "../model/Model.js";

/**
 * The longest lead-time path below an item.
 *
 * @category BOM
 */
export interface CumulativeLeadTime {
  /** The item asked about. */
  readonly item: string;
  /** Sum of the lead times along `path`, the item's own included (phantoms count 0). */
  readonly leadTime: number;
  /** Item ids from the item down to the last component of the longest path (a part without components). */
  readonly path: readonly string[];
}

/**
 * Finds the longest lead-time path from an item down to the parts without components (purchased
 * parts, normally). The lead time of a path is the sum of its items' `leadTime`, phantoms adding
 * 0; siblings are not added up. Ties go to the child with the smallest id at each step. Every
 * BOM line counts whatever its effectivity dates, and `leadTime` is taken as written (also for
 * items whose lead time comes from their routing).
 *
 * @param model - the compiled model
 * @param item - id of the item
 * @returns the cumulative lead time and its path
 * @throws {@link UnknownItemError} (`unknown_item`) when the model has no such item
 * @example
 * ```ts
 * const model = defineModel({
 *   calendar: { periods: 8 },
 *   items: [{ id: "A", source: "make", leadTime: 1 }, { id: "B", source: "buy", leadTime: 2 },
 *           { id: "C", source: "buy", leadTime: 5 }],
 *   bom: [{ parent: "A", child: "B", quantity: 1 }, { parent: "A", child: "C", quantity: 1 }],
 * });
 * computeCumulativeLeadTime(model, "A") //=> { item: "A", leadTime: 6, path: ["A", "C"] }
 * ```
 *
 * @category BOM
 */
export function computeCumulativeLeadTime(model: Model, item: string): CumulativeLeadTime {
  const start = itemIndexOf(model, item);
  const { bom, items } = model;
  const n = model.itemCount;
  const best = new Float64Array(n);
  const next = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const stack: number[] = [start];
  const cursor: number[] = [bom.childStart[start]!];
  seen[start] = 1;
  while (stack.length > 0) {
    const v = stack[stack.length - 1]!;
    const l = cursor[cursor.length - 1]!;
    if (l < bom.childStart[v + 1]!) {
      cursor[cursor.length - 1] = l + 1;
      const c = bom.child[l]!;
      if (seen[c] === 0) {
        seen[c] = 1;
        stack.push(c);
        cursor.push(bom.childStart[c]!);
      }
      continue;
    }
    // Every child of v is final: lines are in child id order, so a strict > keeps the smallest id on ties.
    let longest = 0;
    let via = -1;
    for (let k = bom.childStart[v]!; k < bom.childStart[v + 1]!; k++) {
      const c = bom.child[k]!;
      if (via === -1 || best[c]! > longest) {
        longest = best[c]!;
        via = c;
      }
    }
    const it = items[v]!;
    best[v] = (it.source === "phantom" ? 0 : it.leadTime) + longest;
    next[v] = via;
    stack.pop();
    cursor.pop();
  }
  const path: string[] = [];
  for (let v = start; v !== -1; v = next[v]!) path.push(items[v]!.id);
  return { item: items[start]!.id, leadTime: best[start]!, path };
}

/**
 * The former name of {@link computeCumulativeLeadTime}.
 *
 * @deprecated Use {@link computeCumulativeLeadTime}; this name goes away in 2.0.
 *
 * @category BOM
 */
export const cumulativeLeadTime = computeCumulativeLeadTime;
