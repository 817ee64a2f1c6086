/**
 * Low-level codes (docs/concepts.md): end items 0, every other item the deepest level at which it
 * occurs in any BOM, so MRP plans an item only after all its parents.
 *
 * Complexity: O(I) over the codes the model computed when it was compiled (Kahn's algorithm,
 * longest path from a root).
 *
 * Reference: APICS/ASCM CPIM dictionary, "low-level code".
 */
import type { Model } from "../model/Model.js";

/**
 * The low-level code of every item, by id.
 *
 * @param model - the compiled model
 * @returns a map from item id to low-level code, in id order (code-unit order)
 * @example
 * ```ts
 * const model = defineModel({
 *   calendar: { periods: 4 },
 *   items: [{ id: "A", source: "make" }, { id: "B", source: "make" }, { id: "C", source: "buy" }],
 *   bom: [{ parent: "A", child: "B", quantity: 1 }, { parent: "B", child: "C", quantity: 1 },
 *         { parent: "A", child: "C", quantity: 1 }],
 * });
 * computeLowLevelCodes(model) //=> Map { "A" => 0, "B" => 1, "C" => 2 }
 * ```
 *
 * @category BOM
 */
export function computeLowLevelCodes(model: Model): Map<string, number> {
  const out = new Map<string, number>();
  model.items.forEach((it, i) => out.set(it.id, model.lowLevelCode[i]!));
  return out;
}

/**
 * The former name of {@link computeLowLevelCodes}.
 *
 * @deprecated Use {@link computeLowLevelCodes}; this name goes away in 2.0.
 *
 * @category BOM
 */
export const lowLevelCodes = computeLowLevelCodes;
