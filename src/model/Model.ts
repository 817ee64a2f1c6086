import type { Calendar } from "./calendar.js";
import type { BomLine, Demand, Item, Location, ModelData, Order, Routing, Source, WorkCenter } from "./schema.js";

/**
 * The BOM compiled to flat arrays. Line `l` says: `qty[l]` of item `child[l]` per unit of
 * `parent[l]`. Lines are sorted by parent, then child; `childStart[p] .. childStart[p + 1]` are
 * the lines of parent `p` (CSR form), and `parentLines[parentStart[c] .. parentStart[c + 1]]` are
 * the lines in which `c` is the child.
 */
export interface CompiledBom {
  /**
   * The lines as data, in the compiled order; absent in a model with locations, whose lines are
   * between nodes (the model's own lines are in `data.bom`).
   */
  readonly lines?: readonly BomLine[];
  /** Parent item index per line. */
  readonly parent: Int32Array;
  /** Child item index per line. */
  readonly child: Int32Array;
  /** Quantity per parent unit (or per order for fixed lines). */
  readonly qty: Float64Array;
  /** Component scrap fraction. */
  readonly scrap: Float64Array;
  /** 1 when the quantity is per order. */
  readonly fixed: Uint8Array;
  /** Ticks after the parent's release at which the child is needed. */
  readonly offset: Int32Array;
  /** First release tick at which the line is effective (inclusive). */
  readonly fromTick: Int32Array;
  /** Release tick from which the line is no longer effective (exclusive). */
  readonly toTick: Int32Array;
  /** Routing operation seq at whose start the child is needed, or `NO_OPERATION`. */
  readonly operation: Float64Array;
  /**
   * In a model with locations: which orders of the parent a line applies to. `ANY_ORDER` (every
   * order), `MAKE_ORDER` (orders made at the location) or a source index (the transfer orders of
   * that source). Absent without locations: every line applies to every order.
   */
  readonly source?: Int32Array;
  /** CSR offsets of each parent's lines (length: items + 1). */
  readonly childStart: Int32Array;
  /** CSR offsets into `parentLines` per child (length: items + 1). */
  readonly parentStart: Int32Array;
  /** Line indexes grouped by child, sorted by parent within a child. */
  readonly parentLines: Int32Array;
}

/** {@link CompiledBom.source}: the line applies to every order of its parent. */
export const ANY_ORDER = -2;
/** {@link CompiledBom.source}: the line applies to the orders its parent makes (its BOM at the location). */
export const MAKE_ORDER = -1;

/** How an order is supplied: {@link CompiledNetwork.sourceKind}. */
export const SourceKind = { Make: 0, Buy: 1, Transfer: 2 } as const;
/** How a location chooses among an item's sources: {@link CompiledNetwork.sourcing}. */
export const Sourcing = { Priority: 0, Quota: 1, Split: 2 } as const;

/**
 * The supply network of a model with locations, compiled. The model's items are its nodes: one per
 * (item, location) planned, id `ITEM@LOCATION`, sorted by item id, then location id.
 * `sources[sourceStart[n] .. sourceStart[n + 1]]` are the sources of node `n`, by priority, then id.
 */
export interface CompiledNetwork {
  /** The locations, by id. */
  readonly locations: readonly Location[];
  /** The model's items by id (`data.items`): the items the nodes are of. */
  readonly items: readonly Item[];
  /** The item of each node: its place in {@link CompiledNetwork.items}. */
  readonly nodeItem: Int32Array;
  /** The location of each node: its place in {@link CompiledNetwork.locations}. */
  readonly nodeLocation: Int32Array;
  /** How each node chooses among its sources. */
  readonly sourcing: Uint8Array;
  /** The sources, grouped by node. A source's orders take its `orderModifiers`, else its node item's. */
  readonly sources: readonly Source[];
  /** CSR offsets of each node's sources (length: nodes + 1). */
  readonly sourceStart: Int32Array;
  /** Kind of each source. */
  readonly sourceKind: Uint8Array;
  /** Lead time of each source's orders (resolved: the source's, else the node's, 0 for a transfer). */
  readonly sourceLead: Int32Array;
  /** First need tick at which the source is effective (inclusive). */
  readonly sourceFrom: Int32Array;
  /** Need tick from which the source is no longer effective (exclusive). */
  readonly sourceTo: Int32Array;
  /** The node a transfer source ships from, or -1. */
  readonly sourceShipFrom: Int32Array;
  /** The one source of a node whose every lot it supplies (one source, always effective), else -1. */
  readonly single: Int32Array;
}

/**
 * Value of {@link CompiledBom.operation} for lines without an operation.
 */
export const NO_OPERATION = Number.NaN;

/**
 * Dated records (demands, scheduled receipts, firm planned orders) grouped per item:
 * `order[start[i] .. start[i + 1]]` are the indexes into `records` of item `i`, sorted by tick,
 * then id.
 */
export interface ItemEvents<T> {
  /** The records in canonical order (by item id, tick, id). */
  readonly records: readonly T[];
  /** Tick of each record (requirement tick for demands, receipt tick for orders). */
  readonly tick: Int32Array;
  /** Item index of each record. */
  readonly item: Int32Array;
  /** CSR offsets per item (length: items + 1); records are already grouped by item. */
  readonly start: Int32Array;
}

/**
 * A validated, compiled, immutable model: what {@link defineModel} returns and every planning
 * function takes. `data` is the input with defaults filled in and arrays in canonical order;
 * `items` and `itemIndex` list the items by id order, `calendar` is the compiled calendar.
 * In a model with locations, `items` are the items as planned at each location, with ids
 * `ITEM@LOCATION` (docs/supply-network.md).
 * The compiled forms the planning functions read are not part of the public types.
 *
 * @category Model
 */
export interface Model {
  /** The model as data: defaults filled in, arrays sorted canonically. */
  readonly data: ModelData;
  /** The compiled calendar. */
  readonly calendar: Calendar;
  /** Number of items. */
  readonly itemCount: number;
  /** Items by index (sorted by id, code-unit order). */
  readonly items: readonly Item[];
  /** Item index by id. */
  readonly itemIndex: ReadonlyMap<string, number>;
  /**
   * Low-level code per item index.
   * @internal
   */
  readonly lowLevelCode: Int32Array;
  /**
   * Item indexes in planning order: low-level code, then id.
   * @internal
   */
  readonly planningOrder: Int32Array;
  /**
   * The BOM.
   * @internal
   */
  readonly bom: CompiledBom;
  /**
   * Independent demands per item.
   * @internal
   */
  readonly demands: ItemEvents<Demand>;
  /**
   * Scheduled receipts (open orders) per item.
   * @internal
   */
  readonly scheduledReceipts: ItemEvents<Order>;
  /**
   * Firm planned orders per item.
   * @internal
   */
  readonly firmPlannedOrders: ItemEvents<Order>;
  /** Work centers by id. */
  readonly workCenters: ReadonlyMap<string, WorkCenter>;
  /**
   * Routing per item index: undefined when the item has none, as for every index of the empty
   * list a network without routings has.
   * @internal
   */
  readonly routings: readonly (Routing | undefined)[];
  /**
   * The supply network, in a model with locations; then `items` are its (item, location) nodes.
   * @internal
   */
  readonly network?: CompiledNetwork;
}
