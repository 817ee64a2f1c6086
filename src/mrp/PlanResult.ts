import type { Model } from "../model/Model.js";
import type { Attributes } from "../model/attributes.js";
import type { Demand, Order } from "../model/schema.js";

/**
 * Kinds of action message (exception) a plan raises.
 *
 * @category Planning
 */
export type ExceptionKind =
  | "reschedule-in"
  | "reschedule-out"
  | "cancel"
  | "late-release"
  | "time-fence"
  | "below-safety-stock"
  | "past-due-demand"
  | "past-due-receipt"
  | "beyond-horizon";

/**
 * A date in results: a period number in period mode, an ISO date in day mode.
 *
 * @category Planning
 */
export type PlanDate = number | string;

/**
 * An action message: what the planner should look at, as data.
 *
 * - `reschedule-in` / `reschedule-out`: `ref` is the open order, `date` its due date, `newDate`
 *   the date it is needed.
 * - `cancel`: `ref` is the open order, not needed in the horizon.
 * - `late-release`: `ref` is the planned (or firm planned) order, `date` the release it should
 *   have had, `newDate` the first tick it is released at, `ticksLate` how many ticks late.
 * - `time-fence`: `ref` is the planned order, `date` the need date of the shortage, `newDate` the
 *   first date after the planning time fence at which the order is received.
 * - `below-safety-stock`: `date` .. `newDate` is the stretch below safety stock, `quantity` the
 *   largest shortfall.
 * - `past-due-demand`: `ref` is the demand, `date` its due date, `newDate` the first tick.
 * - `past-due-receipt`: `ref` is the open order, due (`date`) before the planning start; it is
 *   counted as received at the first tick (`newDate`): expedite it or correct its date.
 * - `beyond-horizon`: `ref` is the demand or order, `date` its date; it is ignored.
 *
 * @category Planning
 */
export interface PlanException {
  /** The kind of message. */
  readonly kind: ExceptionKind;
  /** The item. */
  readonly item: string;
  /** In a model with locations: the location of the item concerned. */
  readonly location?: string;
  /** The order or demand id concerned, or null. */
  readonly ref: string | null;
  /** The date concerned. */
  readonly date: PlanDate;
  /** The suggested or resulting date, where there is one. */
  readonly newDate?: PlanDate;
  /** The quantity concerned. */
  readonly quantity: number;
  /** For `late-release`: ticks late. */
  readonly ticksLate?: number;
  /** Readable message. */
  readonly message: string;
}

/**
 * One requirement an order covers.
 *
 * @category Planning
 */
export interface Peg {
  /** A demand id, a parent order id, or `"safety-stock"`. */
  readonly source: string;
  /** The date of that requirement. */
  readonly date: PlanDate;
  /** How much of it this order covers. */
  readonly quantity: number;
  /** The `attributes` of the demand it covers (customer, priority ...), when it has any. */
  readonly attributes?: Attributes;
}

/**
 * One source a lot could go to, as it stood when the lot was given (see {@link SourceChoice}).
 *
 * @category Planning
 */
export interface SourceCandidate {
  /** The source id. */
  readonly source: string;
  /** Its priority. */
  readonly priority: number;
  /** Its share (`"quota"` and `"split"` sourcing). */
  readonly share?: number;
  /** `"quota"` sourcing: its quota rating before the lot, (quantity given so far + base) / share; the lowest gets the lot. */
  readonly rating?: number;
}

/**
 * Why a planned order went to its source: the location's sourcing rule and the sources effective
 * on the lot's need date (none: no source was effective, and the lot was planned with the item's
 * own source and lead time).
 *
 * @example
 * ```ts
 * // a BULB lot at a 70/30 quota, after 100 went to S-A: S-B's rating is lowest, it gets the lot
 * order.why
 * //=> { rule: "quota", candidates: [{ source: "S-A", priority: 1, share: 70, rating: 1.4285714285714286 },
 * //                                 { source: "S-B", priority: 1, share: 30, rating: 0 }] }
 * ```
 *
 * @category Planning
 */
export interface SourceChoice {
  /** The location's sourcing rule. */
  readonly rule: "priority" | "quota" | "split";
  /** The sources effective on the need date, by priority then id. */
  readonly candidates: readonly SourceCandidate[];
}

/**
 * A planned order (or a firm planned order, with `firm: true`).
 *
 * @category Planning
 */
export interface PlannedOrder {
  /**
   * Id: `ITEM#n` for planned orders (n counts the item's orders from 1), `ITEM@LOCATION#n` in a
   * model with locations; the input id for firm ones.
   */
  readonly id: string;
  /** The item. */
  readonly item: string;
  /** In a model with locations: where the order is received. */
  readonly location?: string;
  /** In a model with locations: how the order is supplied. */
  readonly kind?: "make" | "buy" | "transfer";
  /** In a model with locations: the id of the source it was given to, when the location has sources. */
  readonly source?: string;
  /** A purchase from a source that names its supplier. */
  readonly supplier?: string;
  /** A transfer: the location that ships it. */
  readonly shipFrom?: string;
  /** Why the order went to its source, when the location has sources. */
  readonly why?: SourceChoice;
  /** Order quantity: what the order yields, received at `due` and pegged. */
  readonly quantity: number;
  /**
   * For an item whose `assemblyScrapMode` is `"order"` and whose `assemblyScrap` is above 0: the
   * quantity the order is started for, `quantity × (1 + assemblyScrap)`, on which its routing
   * load and labour cost are computed (and its components exploded, as in either mode).
   */
  readonly startQuantity?: number;
  /** Release (start) date. */
  readonly release: PlanDate;
  /** Due (receipt) date. */
  readonly due: PlanDate;
  /** Present and true for firm planned orders. */
  readonly firm?: true;
  /** A firm planned order's own `attributes`, when it has any. */
  readonly attributes?: Attributes;
  /** The requirements it covers, first due first covered. */
  readonly pegging: readonly Peg[];
}

/**
 * An item of the plan, in planning order (low-level code, then id).
 *
 * @category Planning
 */
export interface ItemPlan {
  /** Item id; in a model with locations, the item at its location, `ITEM@LOCATION`. */
  readonly id: string;
  /** In a model with locations: the item's own id. */
  readonly item?: string;
  /** In a model with locations: the location. */
  readonly location?: string;
  /** Low-level code. */
  readonly lowLevelCode: number;
}

/**
 * The plan in columns (struct of arrays), indexed by order, requirement or event number. The
 * public arrays of {@link PlanResult} are built from it on first access.
 *
 * The orders of item `i` are `itemOrderStart[i] .. itemOrderEnd[i]` and its events
 * `itemEventStart[i] .. itemEventEnd[i]`. After a net change ({@link replan}) the columns may
 * also hold ranges no item points at any more: always go through the item ranges.
 *
 * The requirement, event and peg columns (and `demandRefs`) are worked out from the orders when
 * one of them is first read, in one pass over the items; until then a plan keeps only its orders.
 *
 * Not part of the public API: `src/index.ts` does not export it and {@link PlanResult} hides its
 * `columns` member from the declarations. It is left untagged so that the engine files that
 * import it keep their declarations whole.
 */
export interface PlanColumns {
  /** Order columns (planned, firm planned and phantom pass-through records). */
  readonly orderItem: Int32Array;
  /** 0 planned, 1 firm planned, 2 phantom pass-through. */
  readonly orderKind: Uint8Array;
  /** Per-item sequence number (planned orders), or index into `firmRefs` (firm planned orders). */
  readonly orderSeq: Int32Array;
  /** Quantity. */
  readonly orderQty: Float64Array;
  /** Receipt tick. */
  readonly orderDue: Int32Array;
  /** Release tick (never below 0). */
  readonly orderRelease: Int32Array;
  /** The order's source, as its place among its item's sources in the model's network, or -1 (no source); empty when the model has no network. */
  readonly orderSource: Int32Array;
  /** Why the orders of locations with several sources went to theirs, by order index. */
  readonly orderChoices: ReadonlyMap<number, SourceChoice>;
  /** Pegs of order o: `pegStart[o] .. pegEnd[o]`. */
  readonly pegStart: Int32Array;
  /** End of the pegs of an order. */
  readonly pegEnd: Int32Array;
  /** Requirement covered by each peg, or -1 (the stock level the item keeps: safety stock or the min-max trigger) or -2 (stock allocated beyond on hand). */
  readonly pegReq: Int32Array;
  /** Quantity of each peg. */
  readonly pegQty: Float64Array;
  /** Requirement columns: tick. */
  readonly reqTick: Int32Array;
  /** Requirement quantity. */
  readonly reqQty: Float64Array;
  /** Requirement source kind: 0 demand, 1 order. */
  readonly reqKind: Int32Array;
  /** Index into `demandRefs` (kind 0) or order index (kind 1). */
  readonly reqSrc: Int32Array;
  /** The BOM line a requirement of kind 1 comes through (-1 for kind 0). */
  readonly reqLine: Int32Array;
  /** The demands that requirements of kind 0 come from. */
  readonly demandRefs: readonly Demand[];
  /** The firm planned orders that orders of kind 1 are. */
  readonly firmRefs: readonly Order[];
  /** Per item (by index): first and end order index. */
  readonly itemOrderStart: Int32Array;
  /** End of an item's orders. */
  readonly itemOrderEnd: Int32Array;
  /** Per item: first and end event index. */
  readonly itemEventStart: Int32Array;
  /** End of an item's events. */
  readonly itemEventEnd: Int32Array;
  /** Event ticks (ascending per item). */
  readonly eventTick: Int32Array;
  /** Gross requirement at the event tick. */
  readonly eventGross: Float64Array;
  /** Scheduled receipts at the event tick (after reschedule-in). */
  readonly eventReceipts: Float64Array;
}

/**
 * The result of {@link plan}: planned orders with pegging, action messages, and per-item
 * records (through {@link itemRecords}). Deterministic: the same model gives the same result.
 *
 * @category Planning
 */
export interface PlanResult {
  /** The model planned. */
  readonly model: Model;
  /** Items in planning order (low-level code, then id). */
  readonly items: readonly ItemPlan[];
  /** New planned orders, by item in planning order, then release, then id. */
  readonly plannedOrders: readonly PlannedOrder[];
  /** Firm planned orders of the input, with their pegging. */
  readonly firmPlannedOrders: readonly PlannedOrder[];
  /** Action messages by item in planning order, then date, kind and ref. */
  readonly exceptions: readonly PlanException[];
  /**
   * The plan in columns, for fast consumers (capacity, reports, net change).
   * @internal
   */
  readonly columns: PlanColumns;
}
