import { bucketsOf, recordsOfIndex, type MrpRecord } from "./itemRecords.js";
import type { PlanException, PlannedOrder, PlanResult } from "./PlanResult.js";

/**
 * Options of {@link planToJson}.
 *
 * @category Planning
 */
export interface PlanToJsonOptions {
  /** Day calendars only: record buckets per working day (`"day"`, default) or ISO week. */
  readonly bucket?: "day" | "week";
}

/**
 * The plan as one JSON-ready object (what `mrpkit plan --format json` prints).
 *
 * @category Planning
 */
export interface PlanJson {
  /** Items sorted by low-level code, then id, each with its records over the whole horizon. */
  readonly items: readonly {
    /** The item's id. */
    readonly id: string;
    /** The item's low-level code (0 for end items). */
    readonly lowLevelCode: number;
    /** One MRP record per report bucket of the horizon. */
    readonly records: readonly MrpRecord[];
  }[];
  /** New planned orders with pegging. */
  readonly plannedOrders: readonly PlannedOrder[];
  /** Firm planned orders of the input, with pegging. */
  readonly firmPlannedOrders: readonly PlannedOrder[];
  /** Action messages. */
  readonly exceptions: readonly PlanException[];
}

/**
 * The whole plan as plain data: items with their MRP records, planned orders, firm planned orders
 * and action messages. `JSON.stringify` of it is byte-identical for the same model.
 *
 * @param result - a plan
 * @param options - bucket size for day calendars
 * @returns the plan as plain data
 * @example
 * ```ts
 * JSON.stringify(planToJson(plan(model)))
 * ```
 *
 * @category Planning
 */
export function planToJson(result: PlanResult, options: PlanToJsonOptions = {}): PlanJson {
  const buckets = bucketsOf(result, options.bucket ?? "day");
  const items = Array.from(result.model.planningOrder, (i) => ({
    id: result.model.items[i]!.id,
    lowLevelCode: result.model.lowLevelCode[i]!,
    records: recordsOfIndex(result, i, buckets),
  }));
  return { items, plannedOrders: result.plannedOrders, firmPlannedOrders: result.firmPlannedOrders, exceptions: result.exceptions };
}
