/**
 * The supply network of a model with locations: its checks, and its compilation to planning nodes.
 * Each (item, location) planned becomes one node, an item of the compiled model with id
 * `ITEM@LOCATION` and the item's fields as overridden there; a make order's components are the
 * nodes of its location, a transfer order's one component is the item at its ship-from location.
 * The engine then plans nodes exactly as it plans items, so low-level codes, cycles, netting and
 * pegging run over the network with no second code path (docs/supply-network.md).
 *
 * Complexity: O(N log N + L + S log S) for N nodes, L node BOM lines and S sources.
 */
import type { Issue, JsonPath } from "../errors/Issue.js";
import { modelMessages as M } from "../errors/modelMessages.js";
import { compareStrings } from "../internal/sort.js";
import { checkDate, receiptTick, type Calendar } from "./calendar.js";
import { ANY_ORDER, MAKE_ORDER, SourceKind, Sourcing, type CompiledNetwork } from "./Model.js";
import type { BomLine, Demand, Item, ItemLocation, Location, ModelData, Order, Routing, Source, WorkCenter } from "./schema.js";

const NEG = -0x80000000;
const POS = 0x7fffffff;

/**
 * The line of every transfer: one of the item per unit shipped, at the ship date. Its nodes are in
 * {@link NetworkNodes.lineParent} and {@link NetworkNodes.lineChild}.
 */
const TRANSFER_LINE: BomLine = Object.freeze({ parent: "", child: "", quantity: 1, scrap: 0, fixed: false, offset: 0, operation: null, from: null, to: null });

/** The name of an item at a location, wherever an item id is asked for. */
export function nodeKey(item: string, location: string): string {
  return `${item}@${location}`;
}

/** Whether a model uses any part of the network format. */
export function usesNetwork(data: ModelData): boolean {
  if (data.locations.length > 0 || data.itemLocations.length > 0 || data.sources.length > 0) return true;
  const located = (r: { location?: string | undefined }) => r.location !== undefined;
  return data.bom.some(located) || data.routings.some(located) || data.workCenters.some(located) ||
    data.demands.some(located) || data.scheduledReceipts.some((r) => r.location !== undefined || r.shipFrom !== undefined) ||
    data.firmPlannedOrders.some((r) => r.location !== undefined || r.shipFrom !== undefined);
}

/** The routings of a model by item: the one without a location, and those of each location. */
export interface RoutingsByItem {
  readonly general: ReadonlyMap<string, { routing: Routing; at: number }>;
  readonly located: ReadonlyMap<string, { routing: Routing; at: number }>;
}

/** The key of a located routing in {@link RoutingsByItem.located}. */
export function routingKey(item: string, location: string): string {
  return `${item}\u0000${location}`;
}

/** What the compilation of a network hands to the model's compilation. */
export interface NetworkNodes {
  /** The nodes as items (id `ITEM@LOCATION`), sorted by item, then location. */
  readonly items: Item[];
  readonly index: Map<string, number>;
  /**
   * The BOM lines between nodes, for their quantities, scrap, offsets, operations and dates: the
   * document's own line for a BOM line, one shared line for every transfer. Their nodes are in
   * `lineParent` and `lineChild`, not in their `parent` and `child`.
   */
  readonly lines: BomLine[];
  /** The parent node of each line. */
  readonly lineParent: Int32Array;
  /** The child node of each line. */
  readonly lineChild: Int32Array;
  /** Which orders of its parent each line applies to (`ANY_ORDER`, `MAKE_ORDER` or a place among the parent's sources). */
  readonly lineSource: Int32Array;
  /** Where a line comes from in the document: a BOM line, or a transfer source's `shipFrom`. */
  readonly linePath: (line: number) => JsonPath;
  /** The model's item-locations in canonical order: by item id, then location id (node order). */
  readonly itemLocations: ItemLocation[];
  /** The routing of each node (none for a node that makes nothing). */
  readonly routings: (Routing | undefined)[];
  /** The node of a demand, open order or firm planned order. */
  readonly nodeOf: (r: Order | Demand) => number;
  readonly network: CompiledNetwork;
}

interface Pair {
  readonly item: number;
  /** The location's index among the locations sorted by id. */
  readonly location: number;
  /** The pair as one number: item index times the number of locations, plus the location's. */
  readonly key: number;
  /** The order in which the pair was found. */
  readonly slot: number;
}

/**
 * Numbers >= 0 by (item, location) pair number: a dense table when there are few enough pairs
 * (it is read for every record, source and BOM line of the network), else a map.
 */
class PairTable {
  private readonly dense: Int32Array | undefined;
  private readonly sparse: Map<number, number> | undefined;
  constructor(pairs: number) {
    if (pairs <= 1 << 22) this.dense = new Int32Array(pairs).fill(-1);
    else this.sparse = new Map();
  }
  /** The number of a pair, or -1. */
  get(k: number): number {
    return this.dense === undefined ? (this.sparse!.get(k) ?? -1) : this.dense[k]!;
  }
  set(k: number, v: number): void {
    if (this.dense === undefined) this.sparse!.set(k, v);
    else this.dense[k] = v;
  }
  /** The `count` pair numbers set, ascending. */
  keysInOrder(count: number): number[] {
    if (this.dense === undefined) return [...this.sparse!.keys()].sort((a, b) => a - b);
    const out = new Array<number>(count);
    let n = 0;
    const d = this.dense;
    for (let k = 0; k < d.length; k++) if (d[k]! >= 0) out[n++] = k;
    return out;
  }
}

/**
 * Checks the network parts of a schema-valid model (every problem into `issues`) and, when the
 * network is sound, compiles its nodes. `checkItem` checks the fields of an item (the model's own
 * item checks); its issues for a node are reported at the node's `itemLocations` entry.
 */
export function compileNetwork(
  data: ModelData,
  items: readonly Item[],
  itemIndex: ReadonlyMap<string, number>,
  routings: RoutingsByItem,
  workCenters: ReadonlyMap<string, WorkCenter>,
  calendar: Calendar | undefined,
  issues: Issue[],
  checkItem: (it: Item, path: JsonPath, issues: Issue[]) => void,
): NetworkNodes | undefined {
  const before = issues.length;
  const unit = data.calendar.unit === "day" ? "day" : "period";
  // Locations.
  const locations = new Map<string, Location>();
  data.locations.forEach((l, i) => {
    if (locations.has(l.id)) issues.push({ path: ["locations", i, "id"], code: "duplicate_id", message: M.duplicateLocationId(l.id) });
    else locations.set(l.id, l);
    if (l.id.includes("@")) issues.push({ path: ["locations", i, "id"], code: "invalid_value", message: M.locationIdAt(l.id) });
  });
  const none = data.locations.length === 0;
  // the location's index (locations by id), or -1 with an issue at `section[i].field`
  const sortedIds = [...locations.keys()].sort(compareStrings);
  const locIndex = new Map<string, number>(sortedIds.map((id, k) => [id, k]));
  const L = Math.max(1, sortedIds.length);
  const loc = (id: string | undefined, section: string, i: number, field: string, required: boolean): number => {
    if (id === undefined) {
      if (required && !none) issues.push({ path: [section, i, field], code: "missing_location", message: M.locationRequired });
      return -1;
    }
    const k = locIndex.get(id);
    if (k !== undefined) return k;
    issues.push({ path: [section, i, field], code: "unknown_reference", message: none ? M.noLocations : M.unknownLocation(id) });
    return -1;
  };
  const item = (id: string, section: string, j: number): number => {
    const i = itemIndex.get(id);
    if (i === undefined) {
      issues.push({ path: [section, j, "item"], code: "unknown_reference", message: M.unknownItem(id) });
      return -1;
    }
    return i;
  };
  /** An (item, location) pair as one number. */
  const pairKey = (i: number, l: number) => i * L + l;

  // Items at locations.
  const entryAt = new PairTable(items.length * L);
  data.itemLocations.forEach((e, j) => {
    const i = item(e.item, "itemLocations", j);
    const l = loc(e.location, "itemLocations", j, "location", false);
    if (i < 0 || l < 0) return;
    const k = pairKey(i, l);
    const prev = entryAt.get(k);
    if (prev >= 0) issues.push({ path: ["itemLocations", j, "location"], code: "duplicate_id", message: M.duplicateItemLocation(e.item, e.location, prev) });
    else entryAt.set(k, j);
  });

  // Sources.
  const sourceIds = new Map<string, number>();
  // the sources of each pair, a list linked through srcNext from the pair's last one
  const srcHead = new PairTable(items.length * L);
  const srcNext = new Int32Array(data.sources.length).fill(-1);
  const pairsWithSources: number[] = [];
  const sourcesAt = (k: number): number[] => {
    const out: number[] = [];
    for (let j = srcHead.get(k); j >= 0; j = srcNext[j]!) out.push(j);
    return out.reverse();
  };
  const validSource: boolean[] = [];
  data.sources.forEach((s, j) => {
    const prev = sourceIds.get(s.id);
    if (prev !== undefined) issues.push({ path: ["sources", j, "id"], code: "duplicate_id", message: M.duplicateSourceId(s.id, prev) });
    else sourceIds.set(s.id, j);
    const i = item(s.item, "sources", j);
    const l = loc(s.location, "sources", j, "location", false);
    let valid = i >= 0 && l >= 0;
    if (s.kind === "transfer") {
      if (s.shipFrom === undefined) {
        issues.push({ path: ["sources", j, "shipFrom"], code: "missing_location", message: M.transferNeedsShipFrom });
        valid = false;
      } else if (loc(s.shipFrom, "sources", j, "shipFrom", false) < 0) valid = false;
      else if (s.shipFrom === s.location) {
        issues.push({ path: ["sources", j, "shipFrom"], code: "invalid_value", message: M.transferToItself(s.location) });
        valid = false;
      }
    } else if (s.shipFrom !== undefined) {
      issues.push({ path: ["sources", j, "shipFrom"], code: "invalid_value", message: M.shipFromNotTransfer(s.kind) });
    }
    const fromOk = s.from !== null && checkDate(unit, s.from, ["sources", j, "from"], issues);
    const toOk = s.to !== null && checkDate(unit, s.to, ["sources", j, "to"], issues);
    if (fromOk && toOk && (unit === "period" ? (s.from as number) >= (s.to as number) : (s.from as string) >= (s.to as string))) {
      issues.push({ path: ["sources", j, "to"], code: "invalid_value", message: M.emptyEffectivity(s.from, s.to) });
    }
    validSource.push(valid);
    if (i >= 0 && l >= 0) {
      const k = pairKey(i, l);
      const h = srcHead.get(k);
      if (h < 0) pairsWithSources.push(k);
      srcNext[j] = h;
      srcHead.set(k, j);
    }
  });
  const stocks = (i: number, l: number) => entryAt.get(pairKey(i, l)) >= 0 || srcHead.get(pairKey(i, l)) >= 0;
  data.sources.forEach((s, j) => {
    const i = itemIndex.get(s.item);
    if (validSource[j] && s.kind === "transfer" && i !== undefined && !stocks(i, locIndex.get(s.shipFrom!)!)) {
      issues.push({ path: ["sources", j, "shipFrom"], code: "not_stocked", message: M.notStocked(s.item, s.shipFrom!) });
      validSource[j] = false;
    }
  });
  // Shares and priorities by the sourcing of each location.
  const sourcingOf = (k: number): ItemLocation["sourcing"] => {
    const e = entryAt.get(k);
    return e < 0 ? "priority" : data.itemLocations[e]!.sourcing;
  };
  const tickOf = (v: string | number | null, d: number): number => (v === null || calendar === undefined ? d : receiptTick(calendar, v));
  for (const k of pairsWithSources) {
    const sourcing = sourcingOf(k);
    // one source under priority: nothing to compare
    if (sourcing === "priority" && srcNext[srcHead.get(k)]! < 0) continue;
    const list = sourcesAt(k);
    if (sourcing !== "priority") {
      for (const j of list) {
        const sh = data.sources[j]!.share;
        if (!(sh !== undefined && sh > 0)) issues.push({ path: ["sources", j, "share"], code: "invalid_value", message: M.shareRequired(sourcing) });
      }
    } else if (calendar !== undefined) {
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          const x = data.sources[list[a]!]!;
          const y = data.sources[list[b]!]!;
          if (x.priority !== y.priority) continue;
          const overlap = tickOf(x.from, NEG) < tickOf(y.to, POS) && tickOf(y.from, NEG) < tickOf(x.to, POS);
          if (overlap) issues.push({ path: ["sources", list[b]!, "priority"], code: "ambiguous_source", message: M.samePriority(x.id, x.priority) });
        }
      }
    }
  }

  // Locations of the other sections.
  data.bom.forEach((l, i) => loc(l.location, "bom", i, "location", false));
  data.routings.forEach((r, i) => loc(r.location, "routings", i, "location", false));
  data.workCenters.forEach((w, i) => loc(w.location, "workCenters", i, "location", false));
  data.demands.forEach((d, i) => loc(d.location, "demands", i, "location", true));
  data.scheduledReceipts.forEach((r, i) => {
    loc(r.location, "scheduledReceipts", i, "location", true);
    if (r.shipFrom !== undefined) loc(r.shipFrom, "scheduledReceipts", i, "shipFrom", false);
  });
  data.firmPlannedOrders.forEach((r, i) => {
    loc(r.location, "firmPlannedOrders", i, "location", true);
    if (r.shipFrom !== undefined) issues.push({ path: ["firmPlannedOrders", i, "shipFrom"], code: "invalid_value", message: M.shipFromOnFirmOrder });
  });
  if (issues.length > before || none) return undefined;

  // The BOM of each item: its lines without a location, and those of each location.
  const general = new Map<number, number[]>();
  const located = new Map<number, number[]>();
  data.bom.forEach((l, k) => {
    const p = itemIndex.get(l.parent);
    if (p === undefined || !itemIndex.has(l.child)) return;
    const map = l.location === undefined ? general : located;
    const key = l.location === undefined ? p : pairKey(p, locIndex.get(l.location)!);
    const list = map.get(key);
    if (list === undefined) map.set(key, [k]);
    else list.push(k);
  });
  const bomAt = (p: Pair): readonly number[] => (located.size === 0 ? undefined : located.get(p.key)) ?? general.get(p.item) ?? [];
  const makes = (k: number): boolean => {
    const h = srcHead.get(k);
    if (h < 0) return true;
    for (let j = h; j >= 0; j = srcNext[j]!) if (data.sources[j]!.kind === "make") return true;
    return false;
  };
  // The nodes: every pair named, then the components of pairs that make, to a fixed point.
  const slotOf = new PairTable(items.length * L);
  const queue: Pair[] = [];
  const canMake: boolean[] = [];
  const add = (i: number, l: number) => {
    const k = pairKey(i, l);
    if (slotOf.get(k) >= 0) return;
    slotOf.set(k, queue.length);
    canMake.push(makes(k));
    queue.push({ item: i, location: l, key: k, slot: queue.length });
  };
  for (const e of data.itemLocations) add(itemIndex.get(e.item)!, locIndex.get(e.location)!);
  for (const s of data.sources) {
    add(itemIndex.get(s.item)!, locIndex.get(s.location)!);
    if (s.kind === "transfer") add(itemIndex.get(s.item)!, locIndex.get(s.shipFrom!)!);
  }
  for (const r of [data.demands, data.scheduledReceipts, data.firmPlannedOrders]) for (const x of r) add(itemIndex.get(x.item)!, locIndex.get(x.location!)!);
  // the queue grows as components are found; an array's iterator reads its length at every step
  for (const p of queue) {
    if (!canMake[p.slot]) continue;
    for (const k of bomAt(p)) add(itemIndex.get(data.bom[k]!.child)!, p.location);
  }
  // by item, then location: by pair number
  const nodes = slotOf.keysInOrder(queue.length).map((k) => queue[slotOf.get(k)]!);
  const n = nodes.length;
  const keys = nodes.map((p) => nodeKey(items[p.item]!.id, sortedIds[p.location]!));
  const index = new Map<string, number>();
  keys.forEach((k, x) => index.set(k, x));
  const nodeOfPair = new PairTable(items.length * L);
  nodes.forEach((p, x) => { nodeOfPair.set(p.key, x); });

  // Sources by node, by priority then id.
  const sourceStart = new Int32Array(n + 1);
  const order: number[] = [];
  nodes.forEach((p, x) => {
    const h = srcHead.get(p.key);
    const list = h < 0 ? [] : srcNext[h]! < 0 ? [h] : sourcesAt(p.key);
    if (list.length > 1) list.sort((a, b) => data.sources[a]!.priority - data.sources[b]!.priority || compareStrings(data.sources[a]!.id, data.sources[b]!.id));
    order.push(...list);
    sourceStart[x + 1] = order.length;
  });
  const S = order.length;
  const sources: Source[] = order.map((j) => data.sources[j]!);

  // Node items: the item's fields, overridden at the location.
  const nodeItems: Item[] = [];
  const sourcing = new Uint8Array(n);
  const single = new Int32Array(n).fill(-1);
  const sourceKind = new Uint8Array(S);
  const sourceLead = new Int32Array(S);
  const sourceFrom = new Int32Array(S);
  const sourceTo = new Int32Array(S);
  const sourceShipFrom = new Int32Array(S).fill(-1);
  const sourceModifiers: Item["orderModifiers"][] = [];
  const nodeRoutings: (Routing | undefined)[] = [];
  const routingAt = (p: Pair) => (routings.located.size === 0 ? undefined : routings.located.get(routingKey(items[p.item]!.id, sortedIds[p.location]!))) ?? routings.general.get(items[p.item]!.id);
  for (let x = 0; x < n; x++) {
    const p = nodes[x]!;
    const base = items[p.item]!;
    const k = p.key;
    const e = entryAt.get(k);
    const name = keys[x]!;
    const location = sortedIds[p.location]!;
    // one copy of the item per node, written in place (overrides, then the single source's fields)
    const it: { -readonly [K in keyof Item]: Item[K] } = { ...base, id: name };
    if (e >= 0) {
      const entry = data.itemLocations[e]!;
      const over = it as Record<string, unknown>;
      for (const f in entry) {
        const v = (entry as Record<string, unknown>)[f];
        if (v !== undefined && f !== "item" && f !== "location" && f !== "sourcing") over[f] = v;
      }
      sourcing[x] = entry.sourcing === "quota" ? Sourcing.Quota : entry.sourcing === "split" ? Sourcing.Split : Sourcing.Priority;
      // problems of the fields as overridden there, beyond those of the item itself
      const merged: Issue[] = [];
      checkItem(it, [], merged);
      if (merged.length > 0) {
        const own: Issue[] = [];
        checkItem(base, [], own);
        const seen = new Set(own.map((i) => `${JSON.stringify(i.path)} ${i.message}`));
        for (const i of merged) if (!seen.has(`${JSON.stringify(i.path)} ${i.message}`)) issues.push({ ...i, path: ["itemLocations", e, ...i.path] });
      }
      if (calendar !== undefined && it.planningTimeFence > 0 && it.planningTimeFence >= calendar.horizon && entry.planningTimeFence !== undefined) {
        issues.push({ path: ["itemLocations", e, "planningTimeFence"], code: "too_big", message: M.fenceBeyondHorizon(it.planningTimeFence, calendar.horizon) });
      }
    }
    const made = canMake[p.slot]!;
    const routing = made ? routingAt(p) : undefined;
    if (routing !== undefined) {
      routing.routing.operations.forEach((op, j) => {
        const w = op.workCenter === null ? undefined : workCenters.get(op.workCenter);
        if (w?.location !== undefined && w.location !== location) {
          issues.push({ path: ["routings", routing.at, "operations", j, "workCenter"], code: "invalid_value", message: M.workCenterElsewhere(w.id, w.location, location) });
        }
      });
    }
    if (made && it.leadTimeFrom === "routing" && routing === undefined) {
      issues.push({ path: e < 0 ? ["items", p.item, "leadTimeFrom"] : ["itemLocations", e, "leadTimeFrom"], code: "missing_routing", message: M.missingRouting(name) });
    }
    nodeRoutings.push(routing === undefined ? undefined : { ...routing.routing, item: name });
    for (let s = sourceStart[x]!; s < sourceStart[x + 1]!; s++) {
      const src = sources[s]!;
      sourceKind[s] = src.kind === "make" ? SourceKind.Make : src.kind === "buy" ? SourceKind.Buy : SourceKind.Transfer;
      sourceLead[s] = src.leadTime ?? (src.kind === "transfer" ? 0 : it.leadTime);
      sourceFrom[s] = tickOf(src.from, NEG);
      sourceTo[s] = tickOf(src.to, POS);
      sourceModifiers.push(src.orderModifiers ?? it.orderModifiers);
      if (src.kind === "transfer") sourceShipFrom[s] = nodeOfPair.get(pairKey(p.item, locIndex.get(src.shipFrom!)!))!;
    }
    // one source, always effective: the node is that source (no choice per lot)
    const s0 = sourceStart[x]!;
    if (sourceStart[x + 1]! - s0 === 1 && sourceFrom[s0] === NEG && sourceTo[s0] === POS) {
      single[x] = s0;
      const kind = sourceKind[s0]!;
      it.source = kind === SourceKind.Make ? (it.source === "phantom" ? "phantom" : "make") : "buy";
      if (kind !== SourceKind.Make || it.leadTimeFrom !== "routing") it.leadTime = sourceLead[s0]!;
      if (kind !== SourceKind.Make) {
        it.leadTimeFrom = "item";
        // a transfer or a purchase assembles nothing
        it.assemblyScrap = 0;
      }
      it.orderModifiers = sourceModifiers[s0]!;
    }
    nodeItems.push(it);
  }
  if (issues.length > before) return undefined;

  // Node BOM lines: the location's BOM of the nodes that make, a line per transfer source.
  const lines: BomLine[] = [];
  const lineSource: number[] = [];
  const lineOrigin: number[] = [];
  const lineParent: number[] = [];
  const lineChild: number[] = [];
  for (let x = 0; x < n; x++) {
    const p = nodes[x]!;
    const one = sourceStart[x + 1]! - sourceStart[x]! <= 1;
    if (canMake[p.slot]) {
      for (const b of bomAt(p)) {
        const l = data.bom[b]!;
        const c = nodeOfPair.get(pairKey(itemIndex.get(l.child)!, p.location));
        // the document's line: its quantities are the node line's, its nodes are in lineParent/lineChild
        lines.push(l);
        lineParent.push(x);
        lineChild.push(c);
        lineSource.push(one ? ANY_ORDER : MAKE_ORDER);
        lineOrigin.push(b);
      }
    }
    for (let s = sourceStart[x]!; s < sourceStart[x + 1]!; s++) {
      if (sourceKind[s] !== SourceKind.Transfer) continue;
      lines.push(TRANSFER_LINE);
      lineParent.push(x);
      lineChild.push(sourceShipFrom[s]!);
      lineSource.push(one ? ANY_ORDER : s - sourceStart[x]!);
      lineOrigin.push(-1 - order[s]!);
    }
  }

  const itemLocations: ItemLocation[] = [];
  for (const p of nodes) {
    const e = entryAt.get(p.key);
    if (e >= 0) itemLocations.push(data.itemLocations[e]!);
  }
  return {
    items: nodeItems,
    itemLocations,
    index,
    lines,
    lineSource: Int32Array.from(lineSource),
    lineParent: Int32Array.from(lineParent),
    lineChild: Int32Array.from(lineChild),
    linePath: (l) => {
      const o = lineOrigin[l]!;
      return o >= 0 ? ["bom", o] : ["sources", -1 - o, "shipFrom"];
    },
    routings: nodeRoutings,
    nodeOf: (r) => nodeOfPair.get(pairKey(itemIndex.get(r.item)!, locIndex.get(r.location!)!)),
    network: {
      locations: [...locations.values()].sort((a, b) => compareStrings(a.id, b.id)),
      nodeItem: nodes.map((p) => items[p.item]!.id),
      nodeLocation: nodes.map((p) => sortedIds[p.location]!),
      sourcing,
      sources,
      sourceStart,
      sourceKind,
      sourceLead,
      sourceFrom,
      sourceTo,
      sourceModifiers,
      sourceShipFrom,
      single,
    },
  };
}
