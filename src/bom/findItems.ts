/**
 * Item search (docs/concepts.md) by part-number or name pattern: `*` matches any run of characters
 * (also none), `?` exactly one, every other character itself; the pattern must match the whole
 * id or name.
 *
 * Complexity: O(I * (m + n)) for I items, in the common case; at worst O(I * m * n) for a pattern
 * of length m and texts of length n (the greedy wildcard match with one backtrack point, never
 * exponential). No regular expressions, so no character of the pattern is special but `*` and
 * `?`.
 *
 * Reference: the classic wildcard matching of shells and SAP's F4 search help (`*`, `+`
 * there; `?` here, as in file globbing).
 */
import type { Model } from "../model/Model.js";
import type { Item } from "../model/schema.js";

/**
 * Options of {@link findItems}.
 *
 * @category BOM
 */
export interface FindItemsOptions {
  /** Which text the pattern is matched against: `"id"`, `"name"` or `"both"`. Default `"both"`. */
  readonly field?: "id" | "name" | "both";
  /**
   * `true` to tell upper from lower case. Default `false`: characters are compared after
   * `toLowerCase()` (locale-independent).
   */
  readonly caseSensitive?: boolean;
}

/**
 * Finds the items whose id or name matches a wildcard pattern (`*` any run, `?` one character;
 * a character is a Unicode code point). Items without a name never match by name.
 *
 * @param model - the compiled model
 * @param pattern - the pattern, matched against the whole id or name
 * @param options - field (default "both"), caseSensitive (default false)
 * @returns the matching items, sorted by id
 * @example
 * ```ts
 * const model = defineModel({
 *   calendar: { periods: 1 },
 *   items: [{ id: "BOLT-M8", name: "Hex bolt", source: "buy" },
 *           { id: "NUT-M8", name: "Hex nut", source: "buy" }],
 * });
 * findItems(model, "*-m?").map((i) => i.id) //=> ["BOLT-M8", "NUT-M8"]
 * findItems(model, "hex b*", { field: "name" }).map((i) => i.id) //=> ["BOLT-M8"]
 * ```
 *
 * @category BOM
 */
export function findItems(model: Model, pattern: string, options: FindItemsOptions = {}): Item[] {
  const field = options.field ?? "both";
  const fold = options.caseSensitive !== true;
  const pat = chars(pattern, fold);
  const out: Item[] = [];
  // model.items is sorted by id already.
  for (const it of model.items) {
    const byId = field !== "name" && matches(pat, chars(it.id, fold));
    const byName = !byId && field !== "id" && it.name !== undefined && matches(pat, chars(it.name, fold));
    if (byId || byName) out.push(it);
  }
  return out;
}

function chars(s: string, fold: boolean): string[] {
  const cps = Array.from(s);
  return fold ? cps.map((c) => c.toLowerCase()) : cps;
}

/** Greedy wildcard match: on a mismatch, retry from the last `*`, letting it take one more character. */
function matches(p: readonly string[], t: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < t.length) {
    const c = p[i];
    if (c === "*") {
      star = i++;
      mark = j;
    } else if (c !== undefined && (c === "?" || c === t[j])) {
      i++;
      j++;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (p[i] === "*") i++;
  return i === p.length;
}
