/**
 * What assembly scrap grows (the item's `assemblyScrapMode`): with `"components"` only the
 * components an order needs; with `"order"` the order itself, which is started for more than it
 * yields, so its routing runs, loads and costs the started quantity.
 */
import { cleanQty } from "../internal/quantity.js";
import type { Item } from "./schema.js";

/**
 * The factor from an order's good quantity to the quantity its routing runs: `1 + assemblyScrap`
 * for an item whose `assemblyScrapMode` is `"order"`, else 1.
 */
export function routingFactor(item: Item): number {
  return item.assemblyScrapMode === "order" ? 1 + item.assemblyScrap : 1;
}

/**
 * The quantity an order of an `"order"`-mode item with assembly scrap is started for, to yield
 * `quantity` good units: `quantity × (1 + assemblyScrap)`, not rounded (the figure its components
 * are exploded from); undefined for any other item, whose orders start what they yield.
 */
export function startQuantityOf(item: Item, quantity: number): number | undefined {
  return item.assemblyScrapMode === "order" && item.assemblyScrap > 0 ? cleanQty(quantity * (1 + item.assemblyScrap)) : undefined;
}
