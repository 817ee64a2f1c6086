/**
 * The release list (docs/worklist.md): the planned and firm planned orders to release now, or
 * through a date, purchases and production apart, with what a buyer or a foreman needs to
 * place them. The planner's daily to-do.
 *
 * Complexity: O(N log N) for N orders released by the date.
 */
import { InvalidOptionError } from "../errors/InvalidOptionError.js";
import { bomMessages } from "../errors/bomMessages.js";
import { parseIsoDate } from "../internal/dates.js";
import { compareStrings } from "../internal/sort.js";
import type { Attributes } from "../model/attributes.js";
import type { PlanDate, PlanResult } from "../mrp/PlanResult.js";
import { stateOf } from "../mrp/planState.js";
import { tickLabel } from "../model/calendar.js";
import { tickOfDate } from "./planDates.js";
import { nodeKey } from "../model/nodeKey.js";

/**
 * Options of {@link releaseList}.
 *
 * @category Planning
 */
export interface ReleaseListOptions {
  /**
   * The last release date to list: a period number (period calendars) or an ISO date (day
   * calendars; a non-working day counts as the working day before it). Default: the first
   * tick, the orders to release today. Orders whose release was due before the start are
   * released at the first tick, so they are always listed.
   */
  readonly through?: PlanDate;
}

/**
 * An order to release.
 *
 * @category Planning
 */
export interface ReleaseLine {
  /** The order id: `ITEM#n` for a planned order, the input id for a firm planned order. */
  readonly id: string;
  /** The item. */
  readonly item: string;
  /** In a model with locations: where the order is received. */
  readonly location?: string;
  /** In a model with locations: how the order is supplied (`make`, `buy` or `transfer`). */
  readonly kind?: "make" | "buy" | "transfer";
  /** A purchase from a source that names its supplier. */
  readonly supplier?: string;
  /** A transfer: the location that ships it. */
  readonly shipFrom?: string;
  /** The item's name, when it has one. */
  readonly name?: string;
  /** Quantity to order, in `uom`. */
  readonly quantity: number;
  /** The item's unit of measure. */
  readonly uom: string;
  /** Release (order placement or production start) date. */
  readonly release: PlanDate;
  /** Due (receipt) date. */
  readonly due: PlanDate;
  /** Present and true for a firm planned order. */
  readonly firm?: true;
  /**
   * The item's `attributes` (supplier, buyer, planner ... as the model carries them) merged with
   * a firm planned order's own, the order's winning; absent when neither has any. Keys sorted.
   */
  readonly attributes?: Attributes;
}

/**
 * The result of {@link releaseList}.
 *
 * @category Planning
 */
export interface ReleaseList {
  /** The last release date listed. */
  readonly through: PlanDate;
  /** Orders of bought items (purchase requisitions), by release, item, due date and id. */
  readonly buy: readonly ReleaseLine[];
  /** Orders of made items (production orders), in the same order. */
  readonly make: readonly ReleaseLine[];
  /**
   * In a model with locations: the transfers to ship (the order's `shipFrom` ships it on its
   * release date), in the same order. A location's purchases are in `buy`, what it makes in `make`.
   */
  readonly transfer?: readonly ReleaseLine[];
}

/**
 * The orders to release: every planned and firm planned order whose release falls at or before
 * `through` (default the first tick), bought items apart from made ones. A firm planned order
 * is listed too: it is firm in the plan, but it still has to be placed or started. In a model
 * with locations each line names its location, kind and supplier or ship-from location, and the
 * transfers to ship come in a third list, `transfer`; purchases and production go by the order's
 * own kind (a location may buy an item another makes).
 *
 * @param result - a plan from {@link plan} or {@link replan}
 * @param options - the last release date to list
 * @returns the purchase and production orders to release
 * @throws {@link InvalidOptionError} (`invalid_date`) for a `through` that is not a date of the
 *   model's calendar; {@link MrpError} (`not_a_plan_result`) for a value that is not a plan result
 * @example
 * ```ts
 * // examples/workshop.json, orders released in period 1
 * releaseList(plan(workshop))
 * //=> { through: 1, buy: [{ id: "TUBE#1", item: "TUBE", name: "Steel tube 1 m", quantity: 32, uom: "EA", release: 1, due: 1 },
 * //     { id: "WHEEL#1", ... }], make: [{ id: "FPO-1", ..., firm: true }, { id: "FRAME#1", ... }] }
 * ```
 *
 * @category Planning
 */
export function releaseList(result: PlanResult, options: ReleaseListOptions = {}): ReleaseList {
  const { model } = result;
  const cal = model.calendar;
  stateOf(result);
  const through = options.through;
  let last = 0;
  if (through !== undefined) {
    if (cal.unit === "period" ? typeof through !== "number" || !Number.isSafeInteger(through) : typeof through !== "string" || parseIsoDate(through) === undefined) {
      throw new InvalidOptionError("invalid_date", "through", through, cal.unit === "period" ? bomMessages.periodDate(through) : bomMessages.dayDate(through));
    }
    last = tickOfDate(cal, through);
  }
  const buy: Dated[] = [];
  const make: Dated[] = [];
  const transfer: Dated[] = [];
  for (const o of [...result.plannedOrders, ...result.firmPlannedOrders]) {
    const tick = tickOfDate(cal, o.release);
    if (tick > last) continue;
    // in a network the order names its item and location; the node's key finds the node
    const it = model.items[model.itemIndex.get(nodeKey(o.item, o.location))!]!;
    const attributes = it.attributes === undefined && o.attributes === undefined ? undefined : sortedKeys({ ...it.attributes, ...o.attributes });
    const line = {
      id: o.id,
      item: o.item,
      ...(o.location === undefined ? {} : { location: o.location, kind: o.kind! }),
      ...(o.supplier === undefined ? {} : { supplier: o.supplier }),
      ...(o.shipFrom === undefined ? {} : { shipFrom: o.shipFrom }),
      ...(it.name === undefined ? {} : { name: it.name }),
      quantity: o.quantity,
      uom: it.uom,
      release: o.release,
      due: o.due,
      ...(o.firm === true ? { firm: true as const } : {}),
      ...(attributes === undefined ? {} : { attributes }),
    };
    const kind = o.kind ?? (it.source === "buy" ? "buy" : "make");
    (kind === "buy" ? buy : kind === "make" ? make : transfer).push({ tick, due: tickOfDate(cal, o.due), line });
  }
  const out = { through: through ?? tickLabel(cal, 0), buy: finish(buy), make: finish(make) };
  return model.network === undefined ? out : { ...out, transfer: finish(transfer) };
}

/** A line with its release and due ticks, for sorting. */
interface Dated {
  readonly tick: number;
  readonly due: number;
  readonly line: ReleaseLine;
}

function finish(lines: Dated[]): ReleaseLine[] {
  lines.sort(
    (a, b) =>
      a.tick - b.tick ||
      compareStrings(a.line.item, b.line.item) ||
      compareStrings(a.line.location ?? "", b.line.location ?? "") ||
      a.due - b.due ||
      compareStrings(a.line.id, b.line.id),
  );
  return lines.map((d) => d.line);
}

function sortedKeys(a: Attributes): Attributes {
  return Object.fromEntries(Object.entries(a).sort(([x], [y]) => compareStrings(x, y)));
}
