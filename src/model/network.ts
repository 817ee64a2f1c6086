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
import { compareStrings, groupSort } from "../internal/sort.js";
import { LazyIndex } from "../internal/lazyIndex.js";
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
  /** The nodes by name, built when first read. */
  readonly index: ReadonlyMap<string, number>;
  /** The number of BOM lines between nodes. */
  readonly lineCount: number;
  /**
   * BOM line `l` between nodes, for its quantities, scrap, offset, operation and dates: the
   * document's own line for a BOM line, one shared line for every transfer. Its nodes are in
   * `lineParent` and `lineChild`, not in its `parent` and `child`.
   */
  readonly lineAt: (l: number) => BomLine;
  /** The parent node of each line. */
  readonly lineParent: Int32Array;
  /** The child node of each line. */
  readonly lineChild: Int32Array;
  /** Which orders of its parent each line applies to (`ANY_ORDER`, `MAKE_ORDER` or a place among the parent's sources). */
  readonly lineSource: Int32Array;
  /** Where a line comes from in the document: a BOM line, or a transfer source's `shipFrom`. */
  readonly linePath: (line: number) => JsonPath;
  /** The document's BOM lines in canonical order: by their JSON text ({@link linesInJsonOrder}). */
  readonly bom: BomLine[];
  /** The model's item-locations in canonical order: by item id, then location id (node order). */
  readonly itemLocations: ItemLocation[];
  /** The model's sources in canonical order: by id. */
  readonly sourcesById: Source[];
  /** The routing of each node (none for a node that makes nothing), its operations by seq. */
  readonly routings: (Routing | undefined)[];
  /** The node of a demand, open order or firm planned order. */
  readonly nodeOf: (r: Order | Demand) => number;
  readonly network: CompiledNetwork;
}

/** Pair numbers, one per place: 32-bit while every pair number fits. */
type PairColumn = Int32Array | Float64Array;

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
  /** Calls `f` with each pair set. */
  forEachSet(f: (k: number) => void): void {
    if (this.dense === undefined) {
      for (const k of this.sparse!.keys()) f(k);
      return;
    }
    const d = this.dense;
    for (let k = 0; k < d.length; k++) if (d[k]! >= 0) f(k);
  }
  /**
   * Renumbers the pairs set by ascending pair number (each pair's number becomes its place in
   * that order), calling `f` with each place and pair.
   */
  renumber(f: (x: number, k: number) => void): void {
    if (this.dense === undefined) {
      const keys = [...this.sparse!.keys()].sort((a, b) => a - b);
      keys.forEach((k, x) => {
        f(x, k);
        this.sparse!.set(k, x);
      });
      return;
    }
    const d = this.dense;
    let n = 0;
    for (let k = 0; k < d.length; k++) {
      if (d[k]! >= 0) {
        f(n, k);
        d[k] = n++;
      }
    }
  }
}

// a character JSON.stringify writes escaped (or a surrogate, escaped when alone)
// eslint-disable-next-line no-control-regex -- control characters are among what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * Compares two ids as they compare inside JSON texts where each is followed by its closing quote:
 * by code units, except that when one is a prefix of the other, the quote closing the shorter
 * compares with the longer's next character. For ids JSON writes as they are.
 */
function compareQuoted(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  if (a.length === n ? b.startsWith(a) : a.startsWith(b)) return a.length === n ? 0x22 - b.charCodeAt(n) : a.charCodeAt(n) - 0x22;
  return a < b ? -1 : 1;
}

// a character that sorts an id differently inside JSON text than alone: one JSON escapes, or one
// below the quote (after a prefix, the quote closing the shorter id compares with it)
// eslint-disable-next-line no-control-regex -- control characters are among what JSON escapes
const QUOTE_SENSITIVE = /["\\\u0000-\u0022\ud800-\udfff]/;

/**
 * Whether ids in code-unit order are also in the order of their JSON texts: true when none has a
 * character JSON escapes or one below the quote.
 */
export function idsSortAsJson(ids: readonly { id: string }[]): boolean {
  // code run once is not optimised, and for-of there makes an object per element
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- see above
  for (let k = 0; k < ids.length; k++) if (QUOTE_SENSITIVE.test(ids[k]!.id)) return false;
  return true;
}

/**
 * The parent and child of each line as ranks: the places of their ids in the order of the ids'
 * JSON texts (see {@link idsSortAsJson}), below `ranks`.
 */
export interface LineRanks {
  readonly parent: Int32Array;
  readonly child: Int32Array;
  readonly ranks: number;
}

/**
 * BOM lines in the total order of their JSON texts as the schema outputs them (parent, then child,
 * first). While JSON writes the ids as they are, the texts are decided by the parent, then the
 * child, so only lines of the same parent and child are written out to compare; a document with
 * ids JSON escapes is ordered by its texts. Lines with the same text keep their order. With the
 * ranks of the lines' ids, lines are grouped by parent in one pass, and only each parent's lines
 * are compared.
 */
export function linesInJsonOrder(lines: readonly BomLine[], ranked?: LineRanks): BomLine[] {
  const texts = new Map<BomLine, string>();
  const text = (l: BomLine): string => {
    let t = texts.get(l);
    if (t === undefined) texts.set(l, (t = JSON.stringify(l)));
    return t;
  };
  if (ranked !== undefined) {
    const { parent, child } = ranked;
    const order = groupSort(parent, ranked.ranks, (a, b) => child[a]! - child[b]! || compareStrings(text(lines[a]!), text(lines[b]!)) || a - b);
    const out = new Array<BomLine>(order.length);
    for (let k = 0; k < order.length; k++) out[k] = lines[order[k]!]!;
    return out;
  }
  const plain = lines.every((l) => !ESCAPED.test(l.parent) && !ESCAPED.test(l.child));
  const cmp = plain
    ? (a: BomLine, b: BomLine) => compareQuoted(a.parent, b.parent) || compareQuoted(a.child, b.child) || compareStrings(text(a), text(b))
    : (a: BomLine, b: BomLine) => compareStrings(text(a), text(b));
  for (let i = 1; i < lines.length; i++) if (cmp(lines[i - 1]!, lines[i]!) > 0) return [...lines].sort(cmp);
  return [...lines];
}

/**
 * Reading the node BOM lines: each line as data, and its place in the document, from `origin` (a
 * BOM line's place, or -1 - the place of a transfer source). Closures of their own, so that what
 * keeps them keeps only what they read.
 */
function linesOf(bom: readonly BomLine[], origin: Int32Array): Pick<NetworkNodes, "lineAt" | "linePath"> {
  return {
    lineAt: (l) => {
      const o = origin[l]!;
      return o >= 0 ? bom[o]! : TRANSFER_LINE;
    },
    linePath: (l) => {
      const o = origin[l]!;
      return o >= 0 ? ["bom", o] : ["sources", -1 - o, "shipFrom"];
    },
  };
}

/** The node of a record, by its item and location, from the table of pairs to nodes. */
function nodeFinder(nodeOfPair: PairTable, itemIndex: ReadonlyMap<string, number>, locIndex: ReadonlyMap<string, number>, L: number): NetworkNodes["nodeOf"] {
  return (r) => nodeOfPair.get(itemIndex.get(r.item)! * L + locIndex.get(r.location!)!);
}

/**
 * Checks the network parts of a schema-valid model (every problem into `issues`) and, when the
 * network is sound, compiles its nodes. `checkItem` checks the fields of an item (the model's own
 * item checks); its issues for a node are reported at the node's `itemLocations` entry.
 *
 * The records are read once, by the checks, into columns of item and location indexes; finding
 * the nodes, their sources and their lines then works over those numbers, with no look-up by id
 * and no object per pair (a network of 100,000 pairs has as many records again).
 */
export function compileNetwork(
  data: ModelData,
  items: readonly Item[],
  itemIndex: ReadonlyMap<string, number>,
  routings: RoutingsByItem,
  workCenters: ReadonlyMap<string, WorkCenter>,
  calendar: Calendar | undefined,
  issues: Issue[],
  checkItem: (it: Item, issues: Issue[]) => void,
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
  // an item's locations and sources are usually written together: the last look-up answers most
  let lastId: string | undefined;
  let lastAt = -1;
  const itemAt = (id: string): number => {
    if (id !== lastId) {
      lastId = id;
      lastAt = itemIndex.get(id) ?? -1;
    }
    return lastAt;
  };
  const item = (id: string, section: string, j: number): number => {
    const i = itemAt(id);
    if (i < 0) issues.push({ path: [section, j, "item"], code: "unknown_reference", message: M.unknownItem(id) });
    return i;
  };
  /** An (item, location) pair as one number. */
  const pairKey = (i: number, l: number) => i * L + l;
  const pairItem = (k: number) => Math.floor(k / L);
  const pairLoc = (k: number) => k % L;
  const pairs = items.length * L;
  const pairColumn = (length: number): PairColumn => (pairs <= 0x7fffffff ? new Int32Array(length) : new Float64Array(length));

  // Items at locations.
  const entries = data.itemLocations;
  const entryAt = new PairTable(pairs);
  for (let j = 0; j < entries.length; j++) {
    const e = entries[j]!;
    const i = item(e.item, "itemLocations", j);
    const l = loc(e.location, "itemLocations", j, "location", false);
    if (i < 0 || l < 0) continue;
    const k = pairKey(i, l);
    const prev = entryAt.get(k);
    if (prev >= 0) issues.push({ path: ["itemLocations", j, "location"], code: "duplicate_id", message: M.duplicateItemLocation(e.item, e.location, prev) });
    else entryAt.set(k, j);
  }

  // Sources.
  const all = data.sources;
  const S0 = all.length;
  // the pair of each source (-1 where its item or location is unknown)
  const srcPair = pairColumn(S0);
  const srcShip = new Int32Array(S0).fill(-1);
  const srcKind = new Uint8Array(S0);
  // ids in strictly ascending order are distinct: the map of ids is only needed otherwise
  let ascending = true;
  for (let j = 1; j < S0 && ascending; j++) ascending = all[j - 1]!.id < all[j]!.id;
  const sourceIds = ascending ? undefined : new Map<string, number>();
  // the sources of each pair, a list linked through srcNext from the pair's last one
  const srcHead = new PairTable(pairs);
  const srcNext = new Int32Array(S0).fill(-1);
  const sourcesAt = (k: number): number[] => {
    const out: number[] = [];
    for (let j = srcHead.get(k); j >= 0; j = srcNext[j]!) out.push(j);
    return out.reverse();
  };
  const validSource = new Uint8Array(S0);
  for (let j = 0; j < S0; j++) {
    const s = all[j]!;
    if (sourceIds !== undefined) {
      const prev = sourceIds.get(s.id);
      if (prev !== undefined) issues.push({ path: ["sources", j, "id"], code: "duplicate_id", message: M.duplicateSourceId(s.id, prev) });
      else sourceIds.set(s.id, j);
    }
    const i = item(s.item, "sources", j);
    const l = loc(s.location, "sources", j, "location", false);
    srcPair[j] = i >= 0 && l >= 0 ? pairKey(i, l) : -1;
    let valid = i >= 0 && l >= 0;
    if (s.kind === "transfer") {
      srcKind[j] = SourceKind.Transfer;
      if (s.shipFrom === undefined) {
        issues.push({ path: ["sources", j, "shipFrom"], code: "missing_location", message: M.transferNeedsShipFrom });
        valid = false;
      } else if ((srcShip[j] = loc(s.shipFrom, "sources", j, "shipFrom", false)) < 0) valid = false;
      else if (s.shipFrom === s.location) {
        issues.push({ path: ["sources", j, "shipFrom"], code: "invalid_value", message: M.transferToItself(s.location) });
        valid = false;
      }
    } else {
      srcKind[j] = s.kind === "make" ? SourceKind.Make : SourceKind.Buy;
      if (s.shipFrom !== undefined) issues.push({ path: ["sources", j, "shipFrom"], code: "invalid_value", message: M.shipFromNotTransfer(s.kind) });
    }
    if (s.from !== null || s.to !== null) {
      const fromOk = s.from !== null && checkDate(unit, s.from, ["sources", j, "from"], issues);
      const toOk = s.to !== null && checkDate(unit, s.to, ["sources", j, "to"], issues);
      if (fromOk && toOk && (unit === "period" ? (s.from as number) >= (s.to as number) : (s.from as string) >= (s.to as string))) {
        issues.push({ path: ["sources", j, "to"], code: "invalid_value", message: M.emptyEffectivity(s.from, s.to) });
      }
    }
    validSource[j] = valid ? 1 : 0;
    if (i >= 0 && l >= 0) {
      const k = srcPair[j]!;
      const h = srcHead.get(k);
      srcNext[j] = h;
      srcHead.set(k, j);
    }
  }
  const stocks = (i: number, l: number) => entryAt.get(pairKey(i, l)) >= 0 || srcHead.get(pairKey(i, l)) >= 0;
  for (let j = 0; j < S0; j++) {
    if (validSource[j] === 1 && srcKind[j] === SourceKind.Transfer && !stocks(pairItem(srcPair[j]!), srcShip[j]!)) {
      const s = all[j]!;
      issues.push({ path: ["sources", j, "shipFrom"], code: "not_stocked", message: M.notStocked(s.item, s.shipFrom!) });
      validSource[j] = 0;
    }
  }
  // Shares and priorities by the sourcing of each location.
  const sourcingOf = (k: number): ItemLocation["sourcing"] => {
    const e = entryAt.get(k);
    return e < 0 ? "priority" : entries[e]!.sourcing;
  };
  const tickOf = (v: string | number | null, d: number): number => (v === null || calendar === undefined ? d : receiptTick(calendar, v));
  for (let j0 = 0; j0 < S0; j0++) {
    // each pair with sources once: at its last source, the head of its list
    const k = srcPair[j0]!;
    if (k < 0 || srcHead.get(k) !== j0) continue;
    // one source under priority: nothing to compare
    if (srcNext[srcHead.get(k)]! < 0 && sourcingOf(k) === "priority") continue;
    const sourcing = sourcingOf(k);
    const list = sourcesAt(k);
    if (sourcing !== "priority") {
      for (const j of list) {
        const sh = all[j]!.share;
        if (!(sh !== undefined && sh > 0)) issues.push({ path: ["sources", j, "share"], code: "invalid_value", message: M.shareRequired(sourcing) });
      }
    } else if (calendar !== undefined) {
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          const x = all[list[a]!]!;
          const y = all[list[b]!]!;
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

  // The BOM of each item: its lines without a location (by parent, in document order), and those
  // of each location. Lines of unknown items are left out (their problems are reported already).
  const bom = data.bom;
  const bomParent = new Int32Array(bom.length);
  const bomChild = new Int32Array(bom.length);
  let bomKnown = true;
  const generalStart = new Int32Array(items.length + 1);
  let located: Map<number, number[]> | undefined;
  for (let b = 0; b < bom.length; b++) {
    const l = bom[b]!;
    const p = itemAt(l.parent);
    const c = itemIndex.get(l.child) ?? -1;
    bomParent[b] = p;
    bomChild[b] = c;
    if (p < 0 || c < 0) {
      bomKnown = false;
      continue;
    }
    if (l.location === undefined) generalStart[p + 1]!++;
    else {
      located ??= new Map();
      const key = pairKey(p, locIndex.get(l.location)!);
      const list = located.get(key);
      if (list === undefined) located.set(key, [b]);
      else list.push(b);
    }
  }
  for (let i = 0; i < items.length; i++) generalStart[i + 1]! += generalStart[i]!;
  const generalLines = new Int32Array(generalStart[items.length]!);
  {
    const fill = generalStart.slice(0, items.length);
    for (let b = 0; b < bom.length; b++) {
      const l = bom[b]!;
      if (l.location !== undefined || bomChild[b]! < 0) continue;
      const p = itemAt(l.parent);
      if (p >= 0) generalLines[fill[p]!++] = b;
    }
  }
  /** The located lines of a pair: its BOM when it has any, else the item's lines without a location. */
  const locatedAt = (i: number, l: number): number[] | undefined => (located === undefined ? undefined : located.get(pairKey(i, l)));
  const makes = (k: number): number => {
    const h = srcHead.get(k);
    if (h < 0) return 1;
    for (let j = h; j >= 0; j = srcNext[j]!) if (srcKind[j] === SourceKind.Make) return 1;
    return 0;
  };
  // The nodes: every pair named, then the components of pairs that make, to a fixed point.
  // nodeOfPair marks the pairs found (then numbers them, below); those that make wait in `makers`
  // for their components to be added.
  const nodeOfPair = new PairTable(pairs);
  let room = 1024;
  let makers = pairColumn(room);
  let queued = 0;
  let count = 0;
  const add = (k: number) => {
    if (nodeOfPair.get(k) >= 0) return;
    nodeOfPair.set(k, 0);
    count++;
    if (makes(k) === 0) return;
    if (queued === room) {
      room *= 2;
      const more = pairColumn(room);
      more.set(makers);
      makers = more;
    }
    makers[queued++] = k;
  };
  entryAt.forEachSet(add);
  for (let j = 0; j < S0; j++) {
    const k = srcPair[j]!;
    add(k);
    if (srcKind[j] === SourceKind.Transfer) add(pairKey(pairItem(k), srcShip[j]!));
  }
  for (const r of [data.demands, data.scheduledReceipts, data.firmPlannedOrders]) {
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- run once, unoptimised: for-of would make an object per record
    for (let k = 0; k < r.length; k++) {
      const x = r[k]!;
      // a record of an unknown item is reported already, and plans nothing
      const i = itemAt(x.item);
      if (i >= 0) add(pairKey(i, locIndex.get(x.location!)!));
    }
  }
  for (let q = 0; q < queued; q++) {
    const k = makers[q]!;
    const i = pairItem(k);
    const l = pairLoc(k);
    const own = locatedAt(i, l);
    if (own !== undefined) for (const b of own) add(pairKey(bomChild[b]!, l));
    else for (let g = generalStart[i]!; g < generalStart[i + 1]!; g++) add(pairKey(bomChild[generalLines[g]!]!, l));
  }
  // by item, then location: by pair number; from here on nodeOfPair maps a pair to its node
  const n = count;
  const nodeItem = new Int32Array(n);
  const nodeLocation = new Int32Array(n);
  nodeOfPair.renumber((x, k) => {
    nodeItem[x] = pairItem(k);
    nodeLocation[x] = pairLoc(k);
  });
  const at = sortedIds.map((id) => `@${id}`);

  // Sources by node, by priority then id.
  const sourceStart = new Int32Array(n + 1);
  const order = new Int32Array(S0);
  let S = 0;
  for (let x = 0; x < n; x++) {
    const k = pairKey(nodeItem[x]!, nodeLocation[x]!);
    const h = srcHead.get(k);
    if (h >= 0 && srcNext[h]! < 0) order[S++] = h;
    else if (h >= 0) {
      const list = sourcesAt(k);
      list.sort((a, b) => all[a]!.priority - all[b]!.priority || compareStrings(all[a]!.id, all[b]!.id));
      for (const j of list) order[S++] = j;
    }
    sourceStart[x + 1] = S;
  }
  // the document's list when its sources are in node order already
  let inOrder = S === S0;
  for (let s = 0; s < S && inOrder; s++) inOrder = order[s] === s;
  const sources = inOrder ? all : Array.from(order.subarray(0, S), (j) => all[j]!);

  // The routing of a node that makes: its location's, else its item's.
  let generalRouting: ({ routing: Routing; at: number } | undefined)[] | undefined;
  if (routings.general.size > 0) {
    generalRouting = new Array(items.length).fill(undefined);
    for (const [id, r] of routings.general) {
      const i = itemIndex.get(id);
      if (i !== undefined) generalRouting[i] = r;
    }
  }
  let locatedRouting: Map<number, { routing: Routing; at: number }> | undefined;
  if (routings.located.size > 0) {
    locatedRouting = new Map();
    for (const r of routings.located.values()) {
      const i = itemIndex.get(r.routing.item);
      const l = locIndex.get(r.routing.location!);
      if (i !== undefined && l !== undefined) locatedRouting.set(pairKey(i, l), r);
    }
  }

  // Node items: the item's fields, overridden at the location.
  const nodeItems = new Array<Item>(n);
  const sourcing = new Uint8Array(n);
  const single = new Int32Array(n).fill(-1);
  const sourceKind = new Uint8Array(S);
  const sourceLead = new Int32Array(S);
  const sourceFrom = new Int32Array(S);
  const sourceTo = new Int32Array(S);
  const sourceShipFrom = new Int32Array(S).fill(-1);
  // a network without routings has an empty list of them
  const nodeRoutings: (Routing | undefined)[] = generalRouting === undefined && locatedRouting === undefined ? [] : new Array<Routing | undefined>(n);
  // whether each node makes (has a make source, or no source)
  const canMake = new Uint8Array(n);
  // the problems of one node's fields, emptied after each node that has any
  const merged: Issue[] = [];
  for (let x = 0; x < n; x++) {
    const k = pairKey(nodeItem[x]!, nodeLocation[x]!);
    const i = nodeItem[x]!;
    const l = nodeLocation[x]!;
    const base = items[i]!;
    const e = entryAt.get(k);
    // its name, as nodeKey makes it
    const name = base.id + at[l]!;
    // one copy of the item per node, written in place (overrides, then the single source's fields)
    const it: { -readonly [K in keyof Item]: Item[K] } = { ...base, id: name };
    if (e >= 0) {
      const entry = entries[e]!;
      const over = it as Record<string, unknown>;
      let overrides = false;
      for (const f in entry) {
        const v = (entry as Record<string, unknown>)[f];
        if (v !== undefined && f !== "item" && f !== "location" && f !== "sourcing") {
          over[f] = v;
          overrides = true;
        }
      }
      sourcing[x] = entry.sourcing === "quota" ? Sourcing.Quota : entry.sourcing === "split" ? Sourcing.Split : Sourcing.Priority;
      // problems of the fields as overridden there, beyond those of the item itself (none without overrides)
      if (overrides) checkItem(it, merged);
      if (merged.length > 0) {
        const own: Issue[] = [];
        checkItem(base, own);
        const seen = new Set(own.map((i) => `${JSON.stringify(i.path)} ${i.message}`));
        for (const i of merged) if (!seen.has(`${JSON.stringify(i.path)} ${i.message}`)) issues.push({ ...i, path: ["itemLocations", e, ...i.path] });
        merged.length = 0;
      }
      if (calendar !== undefined && it.planningTimeFence > 0 && it.planningTimeFence >= calendar.horizon && entry.planningTimeFence !== undefined) {
        issues.push({ path: ["itemLocations", e, "planningTimeFence"], code: "too_big", message: M.fenceBeyondHorizon(it.planningTimeFence, calendar.horizon) });
      }
    }
    const made = makes(k) === 1;
    canMake[x] = made ? 1 : 0;
    const routing = !made ? undefined : (locatedRouting === undefined ? undefined : locatedRouting.get(k)) ?? generalRouting?.[i];
    if (routing !== undefined) {
      const location = sortedIds[l]!;
      routing.routing.operations.forEach((op, j) => {
        const w = op.workCenter === null ? undefined : workCenters.get(op.workCenter);
        if (w?.location !== undefined && w.location !== location) {
          issues.push({ path: ["routings", routing.at, "operations", j, "workCenter"], code: "invalid_value", message: M.workCenterElsewhere(w.id, w.location, location) });
        }
      });
    }
    if (made && it.leadTimeFrom === "routing" && routing === undefined) {
      issues.push({ path: e < 0 ? ["items", i, "leadTimeFrom"] : ["itemLocations", e, "leadTimeFrom"], code: "missing_routing", message: M.missingRouting(name) });
    }
    if (routing !== undefined) nodeRoutings[x] = { ...routing.routing, item: name, operations: [...routing.routing.operations].sort((a, b) => a.seq - b.seq) };
    for (let s = sourceStart[x]!; s < sourceStart[x + 1]!; s++) {
      const j = order[s]!;
      const src = all[j]!;
      const kind = srcKind[j]!;
      sourceKind[s] = kind;
      sourceLead[s] = src.leadTime ?? (kind === SourceKind.Transfer ? 0 : it.leadTime);
      sourceFrom[s] = tickOf(src.from, NEG);
      sourceTo[s] = tickOf(src.to, POS);
      if (kind === SourceKind.Transfer) sourceShipFrom[s] = nodeOfPair.get(pairKey(i, srcShip[j]!));
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
      it.orderModifiers = sources[s0]!.orderModifiers ?? it.orderModifiers;
    }
    nodeItems[x] = it;
  }
  if (issues.length > before) return undefined;

  // Node BOM lines: the location's BOM of the nodes that make, a line per transfer source; counted,
  // then written.
  let lineCount = 0;
  for (let x = 0; x < n; x++) {
    if (canMake[x] === 1) {
      const i = nodeItem[x]!;
      const own = locatedAt(i, nodeLocation[x]!);
      lineCount += own !== undefined ? own.length : generalStart[i + 1]! - generalStart[i]!;
    }
    for (let s = sourceStart[x]!; s < sourceStart[x + 1]!; s++) if (sourceKind[s] === SourceKind.Transfer) lineCount++;
  }
  const lineSource = new Int32Array(lineCount);
  const lineOrigin = new Int32Array(lineCount);
  const lineParent = new Int32Array(lineCount);
  const lineChild = new Int32Array(lineCount);
  let m = 0;
  for (let x = 0; x < n; x++) {
    const one = sourceStart[x + 1]! - sourceStart[x]! <= 1;
    if (canMake[x] === 1) {
      const i = nodeItem[x]!;
      const l = nodeLocation[x]!;
      const own = locatedAt(i, l);
      const end = own !== undefined ? own.length : generalStart[i + 1]!;
      for (let g = own !== undefined ? 0 : generalStart[i]!; g < end; g++) {
        const b = own !== undefined ? own[g]! : generalLines[g]!;
        // the document's line (lineOrigin): its quantities are the node line's, its nodes are in lineParent/lineChild
        lineParent[m] = x;
        lineChild[m] = nodeOfPair.get(pairKey(bomChild[b]!, l));
        lineSource[m] = one ? ANY_ORDER : MAKE_ORDER;
        lineOrigin[m] = b;
        m++;
      }
    }
    for (let s = sourceStart[x]!; s < sourceStart[x + 1]!; s++) {
      if (sourceKind[s] !== SourceKind.Transfer) continue;
      lineParent[m] = x;
      lineChild[m] = sourceShipFrom[s]!;
      lineSource[m] = one ? ANY_ORDER : s - sourceStart[x]!;
      lineOrigin[m] = -1 - order[s]!;
      m++;
    }
  }

  // every entry is a node's (the checks passed): they come out in node order, as the document's
  // list when they are in that order already
  let entriesInOrder = true;
  for (let x = 0, m = 0; x < n && entriesInOrder; x++) {
    const e = entryAt.get(pairKey(nodeItem[x]!, nodeLocation[x]!));
    if (e >= 0) entriesInOrder = e === m++;
  }
  let itemLocations = entries;
  if (!entriesInOrder) {
    itemLocations = new Array<ItemLocation>(entries.length);
    for (let x = 0, m = 0; x < n; x++) {
      const e = entryAt.get(pairKey(nodeItem[x]!, nodeLocation[x]!));
      if (e >= 0) itemLocations[m++] = entries[e]!;
    }
  }
  return {
    items: nodeItems,
    // items are in code-unit order: their places rank them as JSON texts when no id is quote-sensitive
    bom: linesInJsonOrder(bom, bomKnown && idsSortAsJson(items) ? { parent: bomParent, child: bomChild, ranks: items.length } : undefined),
    itemLocations,
    sourcesById: ascending ? all : [...all].sort((a, b) => compareStrings(a.id, b.id)),
    index: new LazyIndex(nodeItems),
    lineCount,
    ...linesOf(bom, lineOrigin),
    lineSource,
    lineParent,
    lineChild,
    routings: nodeRoutings,
    nodeOf: nodeFinder(nodeOfPair, itemIndex, locIndex, L),
    network: {
      locations: sortedIds.map((id) => locations.get(id)!),
      items,
      nodeItem,
      nodeLocation,
      sourcing,
      sources,
      sourceStart,
      sourceKind,
      sourceLead,
      sourceFrom,
      sourceTo,
      sourceShipFrom,
      single,
    },
  };
}
