/** The names of planning nodes. */

/**
 * An item as plans and models name it: `ITEM@LOCATION` at a location of a supply network, the
 * item id itself outside one (a location id never contains `@`).
 */
export function nodeKey(item: string, location: string | undefined): string {
  return location === undefined ? item : `${item}@${location}`;
}
