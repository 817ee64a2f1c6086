/**
 * The BOM below an item as a graph for diagram exports: one node per item (a shared
 * sub-assembly once, with several incoming edges), one edge per effective BOM line. Breadth
 * first from the item, children in BOM line order (by child id), so node numbers are stable.
 * Iterative; O(I + L) over the I items and L lines of the sub-BOM. Never exported from the
 * package.
 */
import { asOfTick, itemIndexOf } from "../bom/bomArgs.js";
import { cleanQty } from "../internal/quantity.js";
import type { Model } from "../model/Model.js";

/** A node of the BOM graph. */
export interface BomGraphNode {
  /** Item id. */
  readonly id: string;
  /** Item name, if any. */
  readonly name: string | undefined;
  /** Whether the item is a phantom. */
  readonly phantom: boolean;
}

/** An edge parent → child of the BOM graph. */
export interface BomGraphEdge {
  /** Node number of the parent. */
  readonly from: number;
  /** Node number of the child. */
  readonly to: number;
  /** Edge text: quantity per, `per order` for fixed lines, and scrap, e.g. `"3 +5% scrap"`. */
  readonly label: string;
}

/**
 * The graph of the BOM below an item, with the lines effective at a date.
 *
 * @param model - the compiled model
 * @param item - the top item's id
 * @param date - effectivity date (period number or ISO date); default the first tick
 * @returns nodes (the top item is node 0) and edges, breadth first
 * @throws {@link UnknownItemError} for an unknown item, {@link InvalidOptionError} for a bad date
 * @example
 * ```ts
 * bomGraph(model, "CART").edges[0] //=> { from: 0, to: 1, label: "1" }
 * ```
 */
export function bomGraph(model: Model, item: string, date?: number | string): { nodes: BomGraphNode[]; edges: BomGraphEdge[] } {
  const top = itemIndexOf(model, item);
  const tick = asOfTick(model, date);
  const b = model.bom;
  const nodeOf = new Int32Array(model.itemCount).fill(-1);
  const queue: number[] = [top];
  const nodes: BomGraphNode[] = [];
  const edges: BomGraphEdge[] = [];
  const add = (i: number): number => {
    const it = model.items[i]!;
    nodeOf[i] = nodes.length;
    nodes.push({ id: it.id, name: it.name, phantom: it.source === "phantom" });
    return nodeOf[i];
  };
  add(top);
  // The queue grows while it is read: a breadth-first walk.
  for (const p of queue) {
    for (let l = b.childStart[p]!; l < b.childStart[p + 1]!; l++) {
      if (!(b.fromTick[l]! <= tick && tick < b.toTick[l]!)) continue;
      const c = b.child[l]!;
      if (nodeOf[c] === -1) {
        add(c);
        queue.push(c);
      }
      const scrap = b.scrap[l]!;
      const label =
        String(b.qty[l]!) + (b.fixed[l] === 1 ? " per order" : "") + (scrap > 0 ? ` +${cleanQty(scrap * 100)}% scrap` : "");
      edges.push({ from: nodeOf[p]!, to: nodeOf[c]!, label });
    }
  }
  return { nodes, edges };
}
