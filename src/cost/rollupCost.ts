/**
 * Cost roll-up (docs/concepts.md): the standard unit cost of every item, from the bottom of the BOM
 * up. Each item's own cost per unit is
 *
 * - material: its `cost.material`;
 * - setup: `(cost.setup + Σ operation setup hours / efficiency × rate) / costingLotSize`;
 * - labour: `Σ operation run hours / efficiency × rate` (one work-center rate covers labour and
 *   overhead together);
 * - outsourced: `Σ outsourced operation cost`;
 *
 * labour and outsourced times `1 + assemblyScrap` for an item whose `assemblyScrapMode` is
 * `"order"` (each good unit takes that many started units through the routing);
 *
 * and its unit cost is its own cost plus, per component, the component's unit cost times the
 * extended quantity per unit: `quantity × (1 + line scrap) × (1 + assemblyScrap)`, or for a fixed
 * line `quantity × (1 + line scrap) / costingLotSize`. Lines effective at the as-of date count.
 *
 * In a model with locations each item at a location is costed by its source of first priority
 * effective at the as-of date (docs/supply-network.md): made, by the location's BOM and routing
 * as above; bought, its material and setup only; transferred, the unit cost of the item at the
 * location that ships it. A location with no source effective then is costed as the item is.
 *
 * Complexity: O(I + L + R) for I items, L BOM lines and R operations: items are costed in reverse
 * low-level-code order, so each is computed once from its components' memoized costs (no
 * recursion; a 100,000-level chain and shared sub-assemblies cost nothing extra). The cost by
 * level of one item takes O(Σ frontier × lines) over its levels.
 *
 * Reference: APICS/ASCM CPIM dictionary, "cost roll-up", "standard cost"; SAP CO-PC product
 * costing (CK11N: material, setup, labour, overhead, external processing).
 */
import { asOfTick, itemIndexOf } from "../bom/bomArgs.js";
import { cleanQty } from "../internal/quantity.js";
import { SourceKind, type Model } from "../model/Model.js";
import { routingFactor } from "../model/assemblyScrap.js";
import { prioritySource } from "../mrp/sources.js";

/**
 * Options of {@link rollupCost}.
 *
 * @category Cost
 */
export interface RollupCostOptions {
  /** An item id: roll up this item only, with its cost by level. Default: every item, in id order. */
  readonly item?: string;
  /** Effectivity date of the BOM lines: a period number or an ISO date; default the planning start. */
  readonly date?: number | string;
}

/**
 * Cost by category: what one level of the structure adds per unit of the item.
 *
 * @category Cost
 */
export interface CostLevel {
  /** 0: the item itself, 1: its components, 2: theirs, and so on. */
  readonly level: number;
  /** Material cost. */
  readonly material: number;
  /** Setup cost spread over each costing lot size. */
  readonly setup: number;
  /** Labour and overhead: run hours times work-center rates. */
  readonly labour: number;
  /** Outsourced operation cost. */
  readonly outsourced: number;
  /** Sum of the four. */
  readonly total: number;
}

/**
 * A direct component's share of an item's unit cost.
 *
 * @category Cost
 */
export interface CostComponent {
  /** Component item id. */
  readonly item: string;
  /** Extended quantity per unit of the parent, scrap included (summed over the parent's lines to it). */
  readonly quantity: number;
  /** The component's unit cost. */
  readonly unitCost: number;
  /** `quantity × unitCost`. */
  readonly contribution: number;
}

/**
 * The cost roll-up of one item.
 *
 * @category Cost
 */
export interface CostRollup {
  /** Item id. */
  readonly id: string;
  /** Standard cost per unit: `material + setup + labour + outsourced`. */
  readonly unitCost: number;
  /** Material over the whole structure. */
  readonly material: number;
  /** Setup over the whole structure. */
  readonly setup: number;
  /** Labour and overhead over the whole structure. */
  readonly labour: number;
  /** Outsourced cost over the whole structure. */
  readonly outsourced: number;
  /** Cost by BOM level (only when one item is asked for). */
  readonly levels?: readonly CostLevel[];
  /** Direct components, by id. */
  readonly components: readonly CostComponent[];
}

const MATERIAL = 0;
const SETUP = 1;
const LABOUR = 2;
const OUTSOURCED = 3;

/**
 * The former call form of {@link rollupCost}, with the item as a positional argument.
 *
 * @param model - the compiled model
 * @param item - an item id
 * @param options - effectivity date of the BOM lines
 * @returns one roll-up that also has the cost by level
 * @deprecated Pass the item in the options: `rollupCost(model, { item })`; this form goes away in 2.0.
 * @category Cost
 */
export function rollupCost(model: Model, item: string, options?: RollupCostOptions): CostRollup[];
/**
 * Rolls up the standard cost of one item, or of every item. In a model with locations an item is
 * named at its location (`LAMP@DC-EAST`) and costed by the source it is supplied by there at the
 * as-of date: its BOM and routing there when made, its material and setup when bought, the
 * cost at the shipping location when transferred.
 *
 * @param model - the compiled model
 * @param options - the item (default every item, in id order) and the effectivity date of the BOM lines
 * @returns one roll-up per item; with `item`, one roll-up that also has the cost by level
 * @throws {@link UnknownItemError} (`unknown_item`) when the model has no such item;
 *   {@link InvalidOptionError} (`invalid_date`) for a date that is not one
 * @example
 * ```ts
 * // A: 2 B per unit, scrap 0.1; B bought at 5; A's operation: run 0.5 h at a 40/h work center
 * rollupCost(model, { item: "A" })[0]
 * //=> { id: "A", unitCost: 31, material: 11, setup: 0, labour: 20, outsourced: 0,
 * //     levels: [{ level: 0, material: 0, setup: 0, labour: 20, outsourced: 0, total: 20 },
 * //              { level: 1, material: 11, setup: 0, labour: 0, outsourced: 0, total: 11 }],
 * //     components: [{ item: "B", quantity: 2.2, unitCost: 5, contribution: 11 }] }
 * ```
 *
 * @category Cost
 */
export function rollupCost(model: Model, options?: RollupCostOptions): CostRollup[];
export function rollupCost(model: Model, itemOrOptions?: string | RollupCostOptions, legacy: RollupCostOptions = {}): CostRollup[] {
  const options: RollupCostOptions = typeof itemOrOptions === "string" ? { ...legacy, item: itemOrOptions } : (itemOrOptions ?? {});
  const item = options.item;
  const only = item === undefined ? -1 : itemIndexOf(model, item);
  const tick = asOfTick(model, options.date);
  const n = model.itemCount;
  const { items } = model;
  const supply = supplyAt(model, tick);
  const own = ownCosts(model, supply);
  const lines = costLines(model, supply, tick);
  // Rolled-up cost per category, 4 per item.
  const rolled = new Float64Array(4 * n);
  // NOTE: costing every item, even for one, keeps a single O(I + L) pass with no reachability walk.
  for (let k = n - 1; k >= 0; k--) {
    const p = model.planningOrder[k]!;
    for (let c = 0; c < 4; c++) rolled[4 * p + c] = own[4 * p + c]!;
    for (let l = lines.start[p]!; l < lines.start[p + 1]!; l++) {
      const q = lines.qty[l]!;
      const ch = lines.child[l]!;
      for (let c = 0; c < 4; c++) rolled[4 * p + c]! += q * rolled[4 * ch + c]!;
    }
  }
  const rollupOf = (i: number): CostRollup => {
    const byChild = new Map<number, number>();
    for (let l = lines.start[i]!; l < lines.start[i + 1]!; l++) {
      const ch = lines.child[l]!;
      byChild.set(ch, (byChild.get(ch) ?? 0) + lines.qty[l]!);
    }
    // Lines are sorted by parent, then child (items sorted by id), so the map is in id order.
    const components = [...byChild].map(([ch, q]) => {
      const unit = total(rolled, ch);
      return { item: items[ch]!.id, quantity: cleanQty(q), unitCost: cleanQty(unit), contribution: cleanQty(q * unit) };
    });
    const base = {
      id: items[i]!.id,
      unitCost: cleanQty(total(rolled, i)),
      material: cleanQty(rolled[4 * i + MATERIAL]!),
      setup: cleanQty(rolled[4 * i + SETUP]!),
      labour: cleanQty(rolled[4 * i + LABOUR]!),
      outsourced: cleanQty(rolled[4 * i + OUTSOURCED]!),
    };
    return only === i ? { ...base, levels: levelsOf(model, own, lines, i), components } : { ...base, components };
  };
  if (only >= 0) return [rollupOf(only)];
  return Array.from({ length: n }, (_, i) => rollupOf(i));
}

function total(a: Float64Array, i: number): number {
  return a[4 * i]! + a[4 * i + 1]! + a[4 * i + 2]! + a[4 * i + 3]!;
}

/**
 * How each item is costed: its source in a network (the lowest priority effective at the as-of
 * tick; -1 when it has none effective, or without locations: costed as the item is on one site).
 */
function supplyAt(model: Model, tick: number): Int32Array {
  const out = new Int32Array(model.itemCount).fill(-1);
  const net = model.network;
  if (net !== undefined) for (let i = 0; i < model.itemCount; i++) out[i] = prioritySource(net, i, tick);
  return out;
}

/** The kind of source `s` (-1: none, costed as made, as on one site). */
function kindOf(model: Model, s: number): number {
  return s < 0 ? SourceKind.Make : model.network!.sourceKind[s]!;
}

/** Per item, the components its unit cost takes and their extended quantities per unit (CSR). */
interface CostLines {
  readonly start: Int32Array;
  readonly child: number[];
  readonly qty: number[];
}

/**
 * The cost lines of every item: a made item's BOM lines effective at the as-of tick (in a network
 * its location's, without the transfer lines), nothing for a purchase, one unit of the item at
 * the shipping location for a transfer.
 */
function costLines(model: Model, supply: Int32Array, tick: number): CostLines {
  const { bom } = model;
  const net = model.network;
  const start = new Int32Array(model.itemCount + 1);
  const child: number[] = [];
  const qty: number[] = [];
  for (let p = 0; p < model.itemCount; p++) {
    const s = supply[p]!;
    const kind = kindOf(model, s);
    if (kind === SourceKind.Transfer) {
      child.push(net!.sourceShipFrom[s]!);
      qty.push(1);
    } else if (kind === SourceKind.Make) {
      for (let l = bom.childStart[p]!; l < bom.childStart[p + 1]!; l++) {
        if (!(bom.fromTick[l]! <= tick && tick < bom.toTick[l]!)) continue;
        // a location's BOM: its own lines, not the lines its transfers demand at the shipping location
        if (net !== undefined && (bom.source![l]! >= 0 || net.nodeItem[bom.child[l]!] === net.nodeItem[p])) continue;
        child.push(bom.child[l]!);
        qty.push(extended(model, l));
      }
    }
    start[p + 1] = child.length;
  }
  return { start, child, qty };
}

/** Extended quantity of line `l` per unit of its parent, scrap included. */
function extended(model: Model, l: number): number {
  const b = model.bom;
  const parent = model.items[b.parent[l]!]!;
  const per = b.qty[l]! * (1 + b.scrap[l]!);
  return b.fixed[l] === 1 ? per / parent.costingLotSize : per * (1 + parent.assemblyScrap);
}

/**
 * Own cost per unit of every item, 4 categories per item: a made item's material, setup, labour
 * and outsourced cost; a purchase's material and setup (its `cost.setup` over the costing lot);
 * nothing of its own for a transfer.
 */
function ownCosts(model: Model, supply: Int32Array): Float64Array {
  const out = new Float64Array(4 * model.itemCount);
  for (let i = 0; i < model.itemCount; i++) {
    const it = model.items[i]!;
    const kind = kindOf(model, supply[i]!);
    if (kind === SourceKind.Transfer) continue;
    let setupCost = it.cost.setup;
    let labour = 0;
    let outsourced = 0;
    for (const op of kind === SourceKind.Make ? (model.routings[i]?.operations ?? []) : []) {
      if (op.outsourced !== null) {
        outsourced += op.outsourced.cost;
        continue;
      }
      const wc = model.workCenters.get(op.workCenter!)!;
      setupCost += (op.setup / wc.efficiency) * wc.rate;
      labour += (op.run / wc.efficiency) * wc.rate;
    }
    out[4 * i + MATERIAL] = it.cost.material;
    out[4 * i + SETUP] = setupCost / it.costingLotSize;
    const g = routingFactor(it);
    out[4 * i + LABOUR] = labour * g;
    out[4 * i + OUTSOURCED] = outsourced * g;
  }
  return out;
}

/** Cost by level below item `top`: a level-by-level walk summing quantities per item. */
function levelsOf(model: Model, own: Float64Array, lines: CostLines, top: number): CostLevel[] {
  const qty = new Float64Array(model.itemCount);
  let frontier: number[] = [top];
  qty[top] = 1;
  const out: CostLevel[] = [];
  for (let level = 0; frontier.length > 0; level++) {
    const sums = [0, 0, 0, 0];
    for (const i of frontier) for (let c = 0; c < 4; c++) sums[c]! += qty[i]! * own[4 * i + c]!;
    const [material, setup, labour, outsourced] = sums.map(cleanQty) as [number, number, number, number];
    out.push({ level, material, setup, labour, outsourced, total: cleanQty(sums[0]! + sums[1]! + sums[2]! + sums[3]!) });
    // Next level: quantities per item summed over every path of this length.
    const next = new Map<number, number>();
    for (const i of frontier) {
      for (let l = lines.start[i]!; l < lines.start[i + 1]!; l++) {
        const ch = lines.child[l]!;
        next.set(ch, (next.get(ch) ?? 0) + qty[i]! * lines.qty[l]!);
      }
    }
    for (const i of frontier) qty[i] = 0;
    frontier = [...next.keys()].sort((a, b) => a - b);
    for (const [ch, q] of next) qty[ch] = q;
  }
  return out;
}
