/** The names of planning nodes. */
import type { CompiledNetwork } from "./Model.js";

/**
 * An item as plans and models name it: `ITEM@LOCATION` at a location of a supply network, the
 * item id itself outside one (a location id never contains `@`).
 */
export function nodeKey(item: string, location: string | undefined): string {
  return location === undefined ? item : `${item}@${location}`;
}

/** The item id of node `n` of a supply network. */
export function nodeItemId(net: CompiledNetwork, n: number): string {
  return net.items[net.nodeItem[n]!]!.id;
}

/** The location id of node `n` of a supply network. */
export function nodeLocationId(net: CompiledNetwork, n: number): string {
  return net.locations[net.nodeLocation[n]!]!.id;
}
