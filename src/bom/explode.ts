/**
 * BOM explosion (docs/concepts.md): the components needed for a quantity of a parent at a date,
 * indented (one line per BOM path, depth first) or summarized (one total per component).
 *
 * Complexity: indented O(P) for P lines in the indented BOM (the number of paths below the item,
 * which a shared sub-assembly multiplies); summarized O(I + L) over the I items and L lines of
 * the sub-BOM, whatever the number of paths. No recursion: an explicit stack, then a
 * topological pass, so a 100,000-level chain explodes.
 *
 * Reference: APICS/ASCM CPIM dictionary, "indented bill of material" and "summarized bill of
 * material"; extended quantities as MRP's dependent demand (docs/concepts.md).
 */
import { asOfTick, checkQuantity, itemIndexOf } from "./bomArgs.js";
import { definePath } from "../internal/lazyPath.js";
import { cleanQty } from "../internal/quantity.js";
import type { Model } from "../model/Model.js";

/**
 * Options of {@link explode}.
 *
 * @category BOM
 */
export interface ExplodeOptions {
  /** Quantity of the top item to explode. Default `1`. */
  readonly quantity?: number;
  /**
   * Date at which BOM effectivity is evaluated (`from <= date < to`), for every level: a period
   * number in period mode, an ISO `YYYY-MM-DD` date in day mode. Default: the first tick
   * (period 1, or the calendar's first working day).
   */
  readonly date?: number | string;
  /** `true` for the summarized explosion (one total per component). Default `false`. */
  readonly summarized?: boolean;
}

/**
 * One line of an indented explosion.
 *
 * @category BOM
 */
export interface ExplodeLine {
  /** Depth below the exploded item: its direct components are level 1. */
  readonly level: number;
  /**
   * Item ids from the exploded item down to this line's item (both included). Built on first
   * read, so exploding a deep chain does not hold every path in memory.
   */
  readonly path: readonly string[];
  /** The component. */
  readonly item: string;
  /** The BOM line's quantity per parent unit (per parent order for fixed lines). */
  readonly quantityPer: number;
  /** Extended quantity: what this path needs for the exploded quantity, scrap included. */
  readonly quantity: number;
  /** `true` when the component is a phantom: shown, and its components follow below it. */
  readonly phantom: boolean;
}

/**
 * An indented explosion: every BOM path below the item, depth first.
 *
 * @category BOM
 */
export interface IndentedExplosion {
  /** The exploded item. */
  readonly item: string;
  /** The exploded quantity. */
  readonly quantity: number;
  /** The lines in depth-first order; children of a parent in id order, then in BOM line order. */
  readonly lines: readonly ExplodeLine[];
}

/**
 * One component of a summarized explosion.
 *
 * @category BOM
 */
export interface ExplodeComponent {
  /** The component. */
  readonly item: string;
  /** Total extended quantity over every path, scrap included. */
  readonly quantity: number;
}

/**
 * A summarized explosion: the total of each component that must be provided.
 *
 * @category BOM
 */
export interface SummarizedExplosion {
  /** The exploded item. */
  readonly item: string;
  /** The exploded quantity. */
  readonly quantity: number;
  /** One entry per component, sorted by item id; phantoms are left out (their components count). */
  readonly components: readonly ExplodeComponent[];
}

/**
 * Explodes the BOM of an item for a quantity at a date.
 *
 * Each line's extended quantity is `parentQuantity * (1 + parent.assemblyScrap) * quantityPer *
 * (1 + scrap)`, or `quantityPer * (1 + scrap)` once per occurrence of the parent for a fixed
 * line (docs/concepts.md). Only lines effective at `date` are followed. Phantoms are shown
 * (`phantom: true`) and passed through. The summarized explosion adds the indented lines per
 * component, phantoms excluded. Quantities are cleaned of binary noise (9 decimals) once, at the
 * end, so `10 * 1.05 * 2 * 1.1` gives `23.1`.
 *
 * @param model - the compiled model
 * @param item - id of the item to explode
 * @param options - quantity (default 1), date (default: first tick), summarized (default false)
 * @returns the indented explosion, or the summarized one with `summarized: true`
 * @throws {@link UnknownItemError} (`unknown_item`) when the model has no such item
 * @throws {@link InvalidOptionError} (`invalid_quantity`, `invalid_date`) for an option value
 *   that is not a quantity >= 0 or not a date of the model's calendar
 * @example
 * ```ts
 * const model = defineModel({
 *   calendar: { periods: 4 },
 *   items: [{ id: "A", source: "make" }, { id: "B", source: "buy" }],
 *   bom: [{ parent: "A", child: "B", quantity: 2, scrap: 0.1 }],
 * });
 * explode(model, "A", { quantity: 10 }).lines
 * //=> [{ level: 1, path: ["A", "B"], item: "B", quantityPer: 2, quantity: 22, phantom: false }]
 * explode(model, "A", { quantity: 10, summarized: true }).components
 * //=> [{ item: "B", quantity: 22 }]
 * ```
 *
 * @category BOM
 */
export function explode(model: Model, item: string, options?: ExplodeOptions & { readonly summarized?: false }): IndentedExplosion;
export function explode(model: Model, item: string, options: ExplodeOptions & { readonly summarized: true }): SummarizedExplosion;
export function explode(model: Model, item: string, options?: ExplodeOptions): IndentedExplosion | SummarizedExplosion;
export function explode(model: Model, item: string, options: ExplodeOptions = {}): IndentedExplosion | SummarizedExplosion {
  const top = itemIndexOf(model, item);
  const quantity = checkQuantity(options.quantity ?? 1);
  const tick = asOfTick(model, options.date);
  return options.summarized === true ? summarized(model, top, quantity, tick) : indented(model, top, quantity, tick);
}

/** Per-line factor on the parent's quantity, or the fixed quantity, of line `l`. */
function lineQuantity(model: Model, l: number, parentQty: number, parentScrap: number): number {
  const b = model.bom;
  const per = b.qty[l]! * (1 + b.scrap[l]!);
  return b.fixed[l] === 1 ? per : parentQty * (1 + parentScrap) * per;
}

function effective(model: Model, l: number, tick: number): boolean {
  return model.bom.fromTick[l]! <= tick && tick < model.bom.toTick[l]!;
}

function indented(model: Model, top: number, quantity: number, tick: number): IndentedExplosion {
  const { bom, items } = model;
  const root = items[top]!.id;
  // Stack of pending lines: BOM line, raw quantity of its parent occurrence, index of the
  // output line it hangs from (-1: the top item), its level.
  const stLine: number[] = [];
  const stQty: number[] = [];
  const stUp: number[] = [];
  const stLevel: number[] = [];
  const push = (p: number, qty: number, up: number, level: number) => {
    // Reverse order, so the first line of the parent is popped first.
    for (let l = bom.childStart[p + 1]! - 1; l >= bom.childStart[p]!; l--) {
      if (!effective(model, l, tick)) continue;
      stLine.push(l);
      stQty.push(qty);
      stUp.push(up);
      stLevel.push(level);
    }
  };
  const ids: string[] = [];
  const up: number[] = [];
  const links = { ids, up, root };
  const lines: ExplodeLine[] = [];
  push(top, quantity, -1, 1);
  while (stLine.length > 0) {
    const l = stLine.pop()!;
    const parentQty = stQty.pop()!;
    const upLine = stUp.pop()!;
    const level = stLevel.pop()!;
    const parent = bom.parent[l]!;
    const child = bom.child[l]!;
    const it = items[child]!;
    const raw = lineQuantity(model, l, parentQty, items[parent]!.assemblyScrap);
    const k = lines.length;
    ids.push(it.id);
    up.push(upLine);
    const line = {
      level,
      path: undefined as unknown as readonly string[],
      item: it.id,
      quantityPer: bom.qty[l]!,
      quantity: cleanQty(raw),
      phantom: it.source === "phantom",
    };
    definePath(line, links, k);
    lines.push(line);
    push(child, raw, k, level + 1);
  }
  return { item: root, quantity, lines };
}

function summarized(model: Model, top: number, quantity: number, tick: number): SummarizedExplosion {
  const { bom, items } = model;
  // Items of the sub-BOM in topological order (parents before children): a depth-first
  // post-order over effective lines, reversed.
  const state = new Uint8Array(model.itemCount); // 0 unseen, 1 open, 2 done
  const post: number[] = [];
  const stack: number[] = [top];
  const next: number[] = [bom.childStart[top]!];
  state[top] = 1;
  while (stack.length > 0) {
    const v = stack[stack.length - 1]!;
    const l = next[next.length - 1]!;
    if (l < bom.childStart[v + 1]!) {
      next[next.length - 1] = l + 1;
      if (!effective(model, l, tick)) continue;
      const c = bom.child[l]!;
      if (state[c] === 0) {
        state[c] = 1;
        stack.push(c);
        next.push(bom.childStart[c]!);
      }
    } else {
      state[v] = 2;
      post.push(v);
      stack.pop();
      next.pop();
    }
  }
  // total[i]: raw quantity of item i over all paths; occurrences[i]: number of paths reaching it
  // (a fixed line counts once per occurrence of its parent, as in the indented explosion).
  const total = new Float64Array(model.itemCount);
  const occurrences = new Float64Array(model.itemCount);
  total[top] = quantity;
  occurrences[top] = 1;
  for (let k = post.length - 1; k >= 0; k--) {
    const p = post[k]!;
    const scrap = items[p]!.assemblyScrap;
    for (let l = bom.childStart[p]!; l < bom.childStart[p + 1]!; l++) {
      if (!effective(model, l, tick)) continue;
      const c = bom.child[l]!;
      occurrences[c]! += occurrences[p]!;
      total[c]! += bom.fixed[l] === 1 ? occurrences[p]! * lineQuantity(model, l, 0, 0) : lineQuantity(model, l, total[p]!, scrap);
    }
  }
  const components: ExplodeComponent[] = [];
  // Item indexes follow id order, so ascending indexes give components sorted by id.
  const reached = post.filter((i) => i !== top && items[i]!.source !== "phantom").sort((a, b) => a - b);
  for (const i of reached) components.push({ item: items[i]!.id, quantity: cleanQty(total[i]!) });
  return { item: items[top]!.id, quantity, components };
}
