/**
 * Where-used (docs/concepts.md): the parents that use an item, single-level, or multi-level
 * (implosion) up to the end items.
 *
 * Complexity: single-level O(U) for U lines using the item; multi-level O(P) for P paths from the
 * item up to its end items (a shared sub-assembly multiplies them). No recursion: an explicit
 * stack, so the bottom of a 100,000-level chain implodes.
 *
 * Reference: APICS/ASCM CPIM dictionary, "where-used list", "implosion", "indented where-used".
 */
import { itemIndexOf } from "./bomArgs.js";
import { definePath } from "../internal/lazyPath.js";
import type { Model } from "../model/Model.js";

/**
 * Options of {@link whereUsed}.
 *
 * @category BOM
 */
export interface WhereUsedOptions {
  /** `true` for the multi-level implosion up to the end items. Default `false` (direct parents). */
  readonly multiLevel?: boolean;
}

/**
 * One parent in a where-used list.
 *
 * @category BOM
 */
export interface WhereUsedLine {
  /** Levels above the item: its direct parents are level 1. */
  readonly level: number;
  /**
   * Item ids from the asked item up to this parent (both included). Built on first read, so
   * imploding a deep chain does not hold every path in memory.
   */
  readonly path: readonly string[];
  /** The parent. */
  readonly item: string;
  /** The BOM line's quantity of the item one step down the path per unit of this parent. */
  readonly quantityPer: number;
  /** `true` when nothing uses this parent: an end item. */
  readonly endItem: boolean;
}

/**
 * A where-used list.
 *
 * @category BOM
 */
export interface WhereUsedResult {
  /** The item asked about. */
  readonly item: string;
  /**
   * One entry per BOM line (single-level) or per path (multi-level), depth first: parents of an
   * item in id order, then in BOM line order.
   */
  readonly parents: readonly WhereUsedLine[];
}

/**
 * Lists the parents of an item: the BOM lines that use it directly, or, with `multiLevel`, every
 * path from it up to an end item (an item reached through several paths appears once per path).
 * Every BOM line counts whatever its effectivity dates.
 *
 * @param model - the compiled model
 * @param item - id of the item
 * @param options - multiLevel (default false)
 * @returns the item and its parents, depth first
 * @throws {@link UnknownItemError} (`unknown_item`) when the model has no such item
 * @example
 * ```ts
 * const model = defineModel({
 *   calendar: { periods: 4 },
 *   items: [{ id: "A", source: "make" }, { id: "B", source: "make" }, { id: "C", source: "buy" }],
 *   bom: [{ parent: "A", child: "B", quantity: 2 }, { parent: "B", child: "C", quantity: 3 }],
 * });
 * whereUsed(model, "C", { multiLevel: true }).parents
 * //=> [{ level: 1, path: ["C", "B"], item: "B", quantityPer: 3, endItem: false },
 * //    { level: 2, path: ["C", "B", "A"], item: "A", quantityPer: 2, endItem: true }]
 * ```
 *
 * @category BOM
 */
export function whereUsed(model: Model, item: string, options: WhereUsedOptions = {}): WhereUsedResult {
  const start = itemIndexOf(model, item);
  const { bom, items } = model;
  const multi = options.multiLevel === true;
  const root = items[start]!.id;
  const stLine: number[] = [];
  const stUp: number[] = [];
  const stLevel: number[] = [];
  const push = (c: number, up: number, level: number) => {
    for (let k = bom.parentStart[c + 1]! - 1; k >= bom.parentStart[c]!; k--) {
      stLine.push(bom.parentLines[k]!);
      stUp.push(up);
      stLevel.push(level);
    }
  };
  const ids: string[] = [];
  const up: number[] = [];
  const links = { ids, up, root };
  const parents: WhereUsedLine[] = [];
  push(start, -1, 1);
  while (stLine.length > 0) {
    const l = stLine.pop()!;
    const upLine = stUp.pop()!;
    const level = stLevel.pop()!;
    const p = bom.parent[l]!;
    const k = parents.length;
    ids.push(items[p]!.id);
    up.push(upLine);
    const line = {
      level,
      path: undefined as unknown as readonly string[],
      item: items[p]!.id,
      quantityPer: bom.qty[l]!,
      endItem: bom.parentStart[p] === bom.parentStart[p + 1],
    };
    definePath(line, links, k);
    parents.push(line);
    if (multi) push(p, k, level + 1);
  }
  return { item: root, parents };
}
